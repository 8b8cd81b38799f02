package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeatmapRefinerTest {

    @Test
    void movesAPointToTheConfidenceWeightedCentreOfItsWindow() {
        int size = 64;
        int points = 2;
        float[] heatmap = new float[size * size * points];
        java.util.Arrays.fill(heatmap, -20f); // sigmoid ~ 0
        // point 0: a confident blob at column 12, row 30
        heatmap[(30 * size + 12) * points] = 20f;
        // point 1: nothing confident; it must stay put
        double[] xy = {11.0 / size, 31.0 / size, 40.2 / size, 40.2 / size};
        HeatmapRefiner.refine(xy, heatmap, size, points);
        // window sums are dominated by the blob, but 48 near-zero cells still pull slightly
        assertEquals(12.0 / size, xy[0], 1e-4);
        assertEquals(30.0 / size, xy[1], 1e-4);
        assertEquals(40.2 / size, xy[2], 0);
        assertEquals(40.2 / size, xy[3], 0);
    }

    @Test
    void pointsOutsideTheHeatmapAreLeftAlone() {
        float[] heatmap = new float[64 * 64];
        java.util.Arrays.fill(heatmap, 10f);
        double[] xy = {-0.1, 0.5};
        HeatmapRefiner.refine(xy, heatmap, 64, 1);
        assertEquals(-0.1, xy[0], 0);
    }
}
