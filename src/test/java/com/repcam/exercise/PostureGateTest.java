package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostureGateTest {

    private static final PostureSpec POSTURE = new PostureSpec("incline", -10, 10, 1.0, List.of());
    private static final double START = 2.0;

    /** The first time (s) at which counting may start, sampling at 30 fps, or -1. */
    private static double settlesAt(PostureGate gate, java.util.function.DoubleUnaryOperator value, double until) {
        for (int i = 0; i <= until * 30; i++) {
            long t = i * 1_000_000L / 30;
            gate.position(t, true);
            if (gate.settles(t, true, value.applyAsDouble(i / 30.0), START)) {
                return i / 30.0;
            }
        }
        return -1;
    }

    @Test
    void countingStartsOnceThePositionIsHeldStillForTheSettleTime() {
        double at = settlesAt(new PostureGate(POSTURE), t -> 0.1 * Math.sin(7 * t), 3);
        assertEquals(1.0, at, 0.04); // in position for the settle time, and still over it
    }

    @Test
    void movingIntoThePositionDelaysTheStartUntilTheMovementEnds() {
        // sinking 3 units a second for 2 s, then still: the last second moves less than the start threshold (2)
        // from 2 + 1 - 2/3 s on
        double at = settlesAt(new PostureGate(POSTURE), t -> -3 * Math.min(t, 2.0), 5);
        assertEquals(2 + 1 - 2 / 3.0, at, 0.04);
    }

    @Test
    void aSignalThatWaversMoreThanARepStartNeverSettlesUnlessTheExerciseAllowsIt() {
        // wavering 3 units from highest to lowest (a landmark estimate seen obliquely) against a start threshold of 2
        java.util.function.DoubleUnaryOperator wavering = t -> 1.5 * Math.sin(7 * t);
        assertEquals(-1, settlesAt(new PostureGate(POSTURE), wavering, 10), 0);
        PostureSpec allowing = new PostureSpec("incline", -10, 10, 1.0, List.of(), List.of(), 3.5);
        assertEquals(1.0, settlesAt(new PostureGate(allowing), wavering, 10), 0.04);
        // still_within does not let a movement into the position through: sinking 5 units a second settles once
        // the last second moves less than 3.5, from 2 + 1 - 3.5/5 s on
        assertEquals(2 + 1 - 3.5 / 5, settlesAt(new PostureGate(allowing), t -> -5 * Math.min(t, 2.0), 5), 0.04);
    }

    /**
     * The first time (s) at which counting may start, at 30 fps, the signal steady, the person out of the position
     * from {@code outFrom} to {@code outTo} s and the view unsuitable on the frame at {@code viewLostAt} s; or -1.
     */
    private static double settlesAt(double outFrom, double outTo, double viewLostAt) {
        PostureGate gate = new PostureGate(POSTURE);
        for (int i = 0; i < 120; i++) {
            long t = i * 1_000_000L / 30;
            double s = i / 30.0;
            boolean holds = gate.position(t, s < outFrom || s >= outTo);
            boolean viewSuits = Math.abs(s - viewLostAt) > 0.01;
            if (gate.settles(t, holds && viewSuits, 0, START)) {
                return s;
            }
        }
        return -1;
    }

    @Test
    void leavingThePositionOrTheViewStartsTheWaitAgain() {
        // out of the position from 0.5 to 1.1 s (longer than a waver): the settle time counts from 1.1 s
        assertEquals(1.1 + 1.0, settlesAt(0.5, 1.1, -1), 0.04);
        // the view unsuitable for a frame at 0.8 s: the stillness is looked for again from the next frame on
        assertEquals(0.8 + 1 / 30.0 + 0.9, settlesAt(-1, -1, 0.8), 0.04);
    }

    @Test
    void aWaverOutOfThePositionNeitherStartsTheWaitAgainNorDelaysIt() {
        // out of the position from 0.5 to 0.9 s, less than PostureGate.WAVER_SECONDS
        assertEquals(1.0, settlesAt(0.5, 0.9, -1), 0.04);
    }
}
