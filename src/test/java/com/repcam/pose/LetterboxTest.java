package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LetterboxTest {

    @Test
    void landscapeImageIsCentredWithBordersAboveAndBelow() {
        Letterbox box = new Letterbox(640, 480);
        assertEquals(640, box.squareSide(), 0);
        assertEquals(0, box.padX(), 0);
        assertEquals(80, box.padY(), 0);
        Detection d = box.toImagePixels(new Detection(1, 0, 0.125, 1, 0.875, new double[] {0.5, 0.5, 0, 0, 0, 0, 0, 0}));
        assertEquals(0, d.yMin(), 1e-9);
        assertEquals(480, d.yMax(), 1e-9);
        assertEquals(320, d.keypointX(0), 1e-9);
        assertEquals(240, d.keypointY(0), 1e-9);
    }

    @Test
    void tensorCornerPixelsSampleTheMatchingImagePoints() {
        Letterbox box = new Letterbox(480, 640);
        double[] m = box.tensorToImage(224);
        // the centre of tensor pixel 0 is 0.5 * 640/224 into the square, minus the 80 px left border
        double k = 640.0 / 224;
        assertEquals(0.5 * k - 80 - 0.5, m[2], 1e-9);
        assertEquals(0.5 * k - 0.5, m[5], 1e-9);
        assertEquals(k, m[0], 1e-12);
    }
}
