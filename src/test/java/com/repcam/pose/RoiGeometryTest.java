package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoiGeometryTest {

    @Test
    void uprightPersonGivesNoRotationAndSideOfTwoAndAHalfRadii() {
        Roi roi = RoiGeometry.fromAlignmentPoints(320, 300, 320, 200);
        assertEquals(0.0, roi.rotation(), 1e-12);
        assertEquals(2 * 100 * 1.25, roi.size(), 1e-9);
        assertEquals(320, roi.centerX(), 0);
    }

    @Test
    void personLyingWithHeadToTheRightIsRotatedMinusNinetyDegrees() {
        // the vector from hips to the body circle point points right (+x); it must be turned to point up
        Roi roi = RoiGeometry.fromAlignmentPoints(100, 100, 200, 100);
        assertEquals(Math.PI / 2, roi.rotation(), 1e-12);
        double[] top = RoiGeometry.cropPointToImage(roi, 0.5, 0.0);
        // the top of the crop (where the head is drawn upright) lies toward the scale point
        assertEquals(100 + 125, top[0], 1e-9);
        assertEquals(100, top[1], 1e-9);
    }

    @Test
    void affineCropMapAgreesWithThePointMapAtPixelCentres() {
        Roi roi = new Roi(200.3, 150.7, 180.0, 0.7);
        int n = 256;
        double[] m = RoiGeometry.cropToImage(roi, n);
        for (int[] px : new int[][] {{0, 0}, {255, 0}, {17, 200}, {128, 128}, {255, 255}}) {
            double[] p = RoiGeometry.cropPointToImage(roi, (px[0] + 0.5) / n, (px[1] + 0.5) / n);
            double ix = m[0] * px[0] + m[1] * px[1] + m[2];
            double iy = m[3] * px[0] + m[4] * px[1] + m[5];
            // pixel index = continuous position - 0.5
            assertEquals(p[0] - 0.5, ix, 1e-9);
            assertEquals(p[1] - 0.5, iy, 1e-9);
        }
    }

    @Test
    void normalizesAnglesIntoMinusPiToPi() {
        assertEquals(-Math.PI / 2, RoiGeometry.normalizeRadians(3 * Math.PI / 2), 1e-12);
        assertEquals(Math.PI / 4, RoiGeometry.normalizeRadians(Math.PI / 4 + 4 * Math.PI), 1e-12);
    }
}
