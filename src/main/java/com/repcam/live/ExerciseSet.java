package com.repcam.live;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.capture.VideoFrame;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.output.OutputException;
import java.util.List;

/** One set of one exercise within a live session (see {@link LiveSet}; tests use their own). */
interface ExerciseSet {

    /** Starts a set of an exercise. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param freshTracking the pose tracker forgets the person (a set started by hand); false: it carries on
         *                      following them (a programme's next set, opened while the person is in view)
         */
        ExerciseSet start(ExerciseDefinition exercise, boolean freshTracking) throws OutputException;
    }

    ExerciseDefinition definition();

    /** Pose and exercise for one frame; the frame stays the caller's. */
    AnalyzedFrame analyze(VideoFrame frame);

    /** Writes an analysed frame to the session files; takes the frame (closes it when done, may draw on it). */
    void record(AnalyzedFrame frame) throws OutputException;

    int count();

    /**
     * Whether the last analysed frame showed the person in the exercise's position, as the set counts it: the set-up
     * position until counting starts, then the position's own signal.
     */
    com.repcam.exercise.PostureSpec.Verdict posture();

    long frames();

    /** A full or partial rep was counted. */
    boolean countedAnything();

    /** The set is a set of a programme run (session.json says so). */
    void placeIn(com.repcam.analysis.ProgrammePlace place);

    /** Saves the set as {@code analyze} saves a session; idempotent. */
    LiveSet.Saved save(List<String> warnings) throws OutputException;

    /** Throws the set away with its folder. */
    void discard();
}
