package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BodyBoxTest {

    @Test
    void theBoxSpansTheBodyPointsOnly() {
        int v = RawLandmarks.VALUES_PER_POINT;
        double[] points = new double[RawLandmarks.POINTS * v];
        for (int i = 0; i < BodyLandmark.COUNT; i++) {
            points[i * v] = 0.2 + 0.01 * i;
            points[i * v + 1] = 0.5 - 0.01 * i;
        }
        // the two alignment points after the body's 33 lie far out and are no part of the body
        for (int i = BodyLandmark.COUNT; i < RawLandmarks.POINTS; i++) {
            points[i * v] = 0.99;
            points[i * v + 1] = 0.01;
        }
        BodyBox box = BodyBox.of(points);
        assertEquals(0.2, box.minX(), 1e-9);
        assertEquals(0.52, box.maxX(), 1e-9);
        assertEquals(0.18, box.minY(), 1e-9);
        assertEquals(0.5, box.maxY(), 1e-9);
    }

    @Test
    void overlapIsTheShareOfTheSmallerBoxWithinTheOther() {
        BodyBox a = new BodyBox(0, 0, 2, 2);
        assertEquals(1, a.overlap(new BodyBox(0, 0, 2, 2)), 1e-9);
        assertEquals(0.5, a.overlap(new BodyBox(1, 0, 3, 2)), 1e-9);        // half of each
        assertEquals(0, a.overlap(new BodyBox(2, 0, 4, 2)), 1e-9);          // side by side
        assertEquals(1, a.overlap(new BodyBox(0.5, 0.5, 1.5, 1.5)), 1e-9);  // wholly inside
        assertEquals(1, new BodyBox(0.5, 0.5, 1.5, 1.5).overlap(a), 1e-9);  // either way round
        assertEquals(0.5, a.overlap(new BodyBox(1.5, 0.5, 2.5, 1.5)), 1e-9); // half inside
    }
}
