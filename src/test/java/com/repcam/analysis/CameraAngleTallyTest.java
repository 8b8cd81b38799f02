package com.repcam.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CameraAngleTallyTest {

    @Test
    void emptyTallyGivesNoMedian() {
        assertTrue(new CameraAngleTally(30).medianWhenBeyondLimit().isEmpty());
    }

    @Test
    void mostlyNearSideOnGivesNoMedian() {
        CameraAngleTally tally = new CameraAngleTally(30);
        for (double a : new double[] {10, 12, 45, 50, 11}) {
            tally.add(a);
        }
        assertTrue(tally.medianWhenBeyondLimit().isEmpty());
    }

    @Test
    void upperMedianJustBeyondTheLimitCounts() {
        CameraAngleTally tally = new CameraAngleTally(30);
        for (double a : new double[] {10, 30.02, 30.04, 60}) {
            tally.add(a);
        }
        // sorted 10, 30.02, 30.04, 60: the upper median 30.04 is beyond 30 although it rounds to 30.0
        OptionalDouble median = tally.medianWhenBeyondLimit();
        assertTrue(median.isPresent());
        assertEquals(30.0, median.getAsDouble(), 1e-9);
    }

    @Test
    void agreesWithTheSortedUpperMedianOnRandomSets() {
        Random random = new Random(11);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(400);
            double centre = 90 * random.nextDouble();
            double[] angles = new double[n];
            CameraAngleTally tally = new CameraAngleTally(30);
            for (int i = 0; i < n; i++) {
                angles[i] = Math.max(0, Math.min(90, centre + 8 * random.nextGaussian()));
                tally.add(angles[i]);
            }
            Arrays.sort(angles);
            double exact = angles[n / 2];
            OptionalDouble median = tally.medianWhenBeyondLimit();
            assertEquals(exact > 30, median.isPresent(), "trial " + trial);
            if (median.isPresent()) {
                assertEquals(exact, median.getAsDouble(), 0.05 + 1e-9, "trial " + trial);
            }
        }
    }

    @Test
    void anglesOutsideTheRangeCountAtTheNearerEnd() {
        CameraAngleTally tally = new CameraAngleTally(30);
        tally.add(95);
        tally.add(Double.NaN);
        assertEquals(90.0, tally.medianWhenBeyondLimit().getAsDouble(), 1e-9);
        tally.add(-3);
        tally.add(-3);
        assertFalse(tally.medianWhenBeyondLimit().isPresent());
    }
}
