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

    @Test
    void leavingThePositionOrTheViewStartsTheWaitAgain() {
        PostureGate gate = new PostureGate(POSTURE);
        for (int i = 0; i < 24; i++) {
            long t = i * 1_000_000L / 30;
            gate.position(t, true);
            gate.settles(t, true, 0, START);
        }
        gate.position(800_000, false);
        gate.settles(800_000, false, 0, START);
        double at = -1;
        for (int i = 25; i < 120 && at < 0; i++) {
            long t = i * 1_000_000L / 30;
            gate.position(t, true);
            at = gate.settles(t, true, 0, START) ? i / 30.0 : -1;
        }
        assertEquals(25 / 30.0 + 1.0, at, 0.1);
    }
}
