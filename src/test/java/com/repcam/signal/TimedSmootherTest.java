package com.repcam.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimedSmootherTest {

    @Test
    void aStepIsFollowedByTimeNotBySampleCount() {
        for (int fps : new int[] {10, 30, 60}) {
            TimedSmoother s = new TimedSmoother(0.5);
            s.apply(0, 0);
            double v = 0;
            for (int i = 1; i <= fps / 2; i++) {
                v = s.apply(i * 1_000_000L / fps, 1);
            }
            // after one time constant: 1 - 1/e of the step, whatever the frame rate
            assertEquals(1 - Math.exp(-1), v, 1e-9, fps + " fps");
        }
    }

    @Test
    void theFirstSampleAndASampleAfterAResetAreTakenAsTheyAre() {
        TimedSmoother s = new TimedSmoother(2);
        assertEquals(5, s.apply(0, 5), 0);
        s.apply(100_000, 9);
        s.reset();
        assertEquals(-3, s.apply(200_000, -3), 0);
        assertEquals(7, new TimedSmoother(0).apply(0, 7), 0);
    }
}
