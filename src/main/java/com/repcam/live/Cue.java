package com.repcam.live;

/**
 * One thing to be heard.
 *
 * @param kind       what it is for
 * @param text       what to say (the count, or the form cue); empty for a plain rep tone
 * @param timeMicros source time of the frame that caused it
 */
record Cue(Kind kind, String text, long timeMicros) {

    enum Kind {
        /** A short tone: one full rep done. */
        REP_TONE,
        /** The count spoken (every few reps, and at the target). */
        COUNT,
        /** A form cue spoken (rate-limited). */
        FORM,
        /** What comes next in a programme, or how to set up the camera: spoken as it is. */
        GUIDE
    }
}
