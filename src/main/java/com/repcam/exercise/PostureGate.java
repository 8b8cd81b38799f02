package com.repcam.exercise;

import java.util.ArrayDeque;

/**
 * Decides when counting may start: the person has been in the exercise's set-up position for the settle time and
 * held still there, the counting signal moving less over that time than it takes to start a rep (or than the
 * exercise's {@code posture.still_within}). Getting down into
 * the position (kneeling, putting the elbows on the chair) passes through the set-up range while still moving,
 * often the way a rep goes; the start position is where that movement ends, not where the posture was first
 * recognised. Frames in time order.
 */
final class PostureGate {

    /**
     * Longest time out of the set-up position, while waiting to count, that is taken for a landmark wavering rather
     * than the person leaving it: neither the time in the position nor the stillness starts again. Filmed obliquely
     * the leg landmarks that tell kneeling from other positions waver across their ranges for a frame or a few at a
     * time, and counting never started on set4_12's mirrored, grainy copy (varied set out/set4; 0 of 3 reps, 3 of 3
     * with this). Replay over out/set4 and the tuning pool: 0.3, 0.5 and 1.0 s count the same on out/set4; 0.5 and
     * 1.0 one pool clip more exactly than 0.3.
     */
    static final double WAVER_SECONDS = 0.5;

    private final PostureSpec posture;
    private long postureSince = -1;
    private long lastInPosture = -1;
    /** Counting-signal samples (time, value) while in the set-up position and waiting to start. */
    private final ArrayDeque<double[]> settling = new ArrayDeque<>();

    PostureGate(PostureSpec posture) {
        this.posture = posture;
    }

    /**
     * Whether the person is in the set-up position on this frame (called on every frame with a person).
     *
     * @return whether the position holds: in it on this frame, or out of it for no longer than
     *         {@link #WAVER_SECONDS} since the last frame in it
     */
    boolean position(long t, boolean inPosture) {
        if (inPosture) {
            postureSince = postureSince < 0 ? t : postureSince;
            lastInPosture = t;
        } else if (postureSince >= 0 && (t - lastInPosture) / 1e6 > WAVER_SECONDS) {
            postureSince = -1;
        }
        return postureSince >= 0;
    }

    /** Nobody in view: the position is left. */
    void lost() {
        postureSince = -1;
    }

    /**
     * While waiting to count: whether counting starts on this frame.
     *
     * @param ready          the view suits counting, the position holds ({@link #position}) and the counting signal
     *                       is trusted
     * @param value          the counting signal now
     * @param startThreshold the smallest movement that starts a rep
     */
    boolean settles(long t, boolean ready, double value, double startThreshold) {
        if (!ready) {
            settling.clear();
            return false;
        }
        boolean settled = still(t, value, startThreshold)
                && (t - postureSince) / 1e6 >= posture.settleSeconds();
        if (settled) {
            settling.clear();
        }
        return settled;
    }

    private boolean still(long t, double value, double startThreshold) {
        double settle = posture.settleSeconds();
        settling.addLast(new double[] {t, value});
        while (settling.size() > 1 && (t - settling.peekFirst()[0]) / 1e6 > settle) {
            settling.removeFirst();
        }
        if ((t - settling.peekFirst()[0]) / 1e6 < settle * 0.9) {
            return false; // not yet seen for long enough (frames may be dropped: 90% of the time will do)
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] s : settling) {
            lo = Math.min(lo, s[1]);
            hi = Math.max(hi, s[1]);
        }
        return hi - lo < posture.stillWithin(startThreshold);
    }
}
