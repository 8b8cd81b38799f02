package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OneEuroFilterTest {

    @Test
    void aSteadyValueStaysPut() {
        OneEuroFilter f = new OneEuroFilter(0.05, 80, 1);
        for (int i = 0; i < 30; i++) {
            assertEquals(5.0, f.apply(i * 33_333L, 1.0, 5.0), 1e-12);
        }
    }

    @Test
    void jitterIsDampedButAFastMoveIsFollowed() {
        OneEuroFilter still = new OneEuroFilter(0.05, 80, 1);
        double maxDeviation = 0;
        for (int i = 0; i < 60; i++) {
            double noisy = 100 + ((i % 2 == 0) ? 1 : -1);
            maxDeviation = Math.max(maxDeviation, Math.abs(still.apply(i * 33_333L, 0.01, noisy) - 100));
        }
        assertTrue(maxDeviation <= 1.0, "filtered jitter " + maxDeviation);
        OneEuroFilter moving = new OneEuroFilter(0.05, 80, 1);
        double out = 0;
        for (int i = 0; i < 10; i++) {
            out = moving.apply(i * 33_333L, 0.01, i * 30.0);
        }
        assertTrue(out > 0.8 * 270, "a fast move lags too much: " + out);
    }

    @Test
    void aRepeatedTimestampPassesTheSampleThroughUnchanged() {
        OneEuroFilter f = new OneEuroFilter(0.05, 80, 1);
        f.apply(1000, 1, 0);
        f.apply(2000, 1, 0);
        assertEquals(50.0, f.apply(2000, 1, 50.0), 0);
    }

    @Test
    void smoothingDependsOnTimestampsNotCallCount() {
        OneEuroFilter fast = new OneEuroFilter(1, 0, 1);
        OneEuroFilter slow = new OneEuroFilter(1, 0, 1);
        fast.apply(0, 1, 0);
        slow.apply(0, 1, 0);
        double afterShortGap = fast.apply(10_000, 1, 10);
        double afterLongGap = slow.apply(1_000_000, 1, 10);
        assertTrue(afterLongGap > afterShortGap, afterLongGap + " vs " + afterShortGap);
    }
}
