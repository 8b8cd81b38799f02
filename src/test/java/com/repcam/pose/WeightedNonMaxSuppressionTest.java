package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedNonMaxSuppressionTest {

    private static Detection box(double score, double x0, double y0, double x1, double y1, double kx) {
        return new Detection(score, x0, y0, x1, y1, new double[] {kx, 0, 0, 0, 0, 0, 0, 0});
    }

    @Test
    void overlappingDetectionsMergeIntoTheirScoreWeightedMeanKeepingTheBestScore() {
        Detection a = box(0.9, 0.0, 0.0, 1.0, 1.0, 0.3);
        Detection b = box(0.6, 0.1, 0.0, 1.1, 1.0, 0.6);
        List<Detection> merged = new WeightedNonMaxSuppression(0.3).apply(List.of(b, a));
        assertEquals(1, merged.size());
        Detection m = merged.get(0);
        assertEquals(0.9, m.score(), 1e-12);
        assertEquals((0.9 * 0.0 + 0.6 * 0.1) / 1.5, m.xMin(), 1e-12);
        assertEquals((0.9 * 1.0 + 0.6 * 1.1) / 1.5, m.xMax(), 1e-12);
        assertEquals((0.9 * 0.3 + 0.6 * 0.6) / 1.5, m.keypointX(0), 1e-12);
    }

    @Test
    void separatePeopleStaySeparateBestFirst() {
        Detection left = box(0.7, 0.0, 0.0, 0.4, 1.0, 0.2);
        Detection right = box(0.95, 0.6, 0.0, 1.0, 1.0, 0.8);
        List<Detection> merged = new WeightedNonMaxSuppression(0.3).apply(List.of(left, right));
        assertEquals(2, merged.size());
        assertEquals(0.95, merged.get(0).score(), 1e-12);
        assertEquals(0.7, merged.get(1).score(), 1e-12);
    }
}
