package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnchorsTest {

    @Test
    void blazePoseHas2254AnchorsInMediaPipeOrder() {
        Anchors anchors = Anchors.blazePose();
        assertEquals(2254, anchors.count());
        // stride 8: 28x28 cells, 2 anchors each; the first two share the first cell's centre
        assertEquals(0.5f / 28, anchors.centerX(0), 1e-7);
        assertEquals(0.5f / 28, anchors.centerX(1), 1e-7);
        assertEquals(1.5f / 28, anchors.centerX(2), 1e-7);
        assertEquals(0.5f / 28, anchors.centerY(2), 1e-7);
        // stride 16 starts after 28*28*2 anchors
        assertEquals(0.5f / 14, anchors.centerX(1568), 1e-7);
        // the three stride-32 layers share one 7x7 map with 6 anchors per cell
        int firstStride32 = 1568 + 392;
        assertEquals(0.5f / 7, anchors.centerX(firstStride32 + 5), 1e-7);
        assertEquals(1.5f / 7, anchors.centerX(firstStride32 + 6), 1e-7);
        assertEquals(6.5f / 7, anchors.centerY(2253), 1e-7);
        assertEquals(6.5f / 7, anchors.centerX(2253), 1e-7);
    }
}
