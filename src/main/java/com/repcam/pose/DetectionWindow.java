package com.repcam.pose;

import java.util.ArrayList;
import java.util.List;

/**
 * A square part of an image (it may reach past the image's edges, where the detector sees black) that is scaled
 * onto the detector's square input. The whole image letterboxed is one such window; a wide or tall image is also
 * searched in overlapping windows as wide as its short side, so that people who are small in the whole picture
 * (two people side by side in a wide video) are seen larger.
 *
 * @param left image x of the window's left edge, pixels
 * @param top  image y of the window's top edge, pixels
 * @param side the window's side, pixels
 */
record DetectionWindow(double left, double top, double side) {

    /** Long side over short side from which an image is also searched in parts. */
    static final double ELONGATED = 1.5;
    /** How much larger than the last region a window around it is ({@link #around}). */
    static final double NEAR_SCALE = 1.5;

    /** The whole image, centred with equal borders on the two short sides. */
    static DetectionWindow whole(int width, int height) {
        double side = Math.max(width, height);
        return new DetectionWindow((width - side) / 2.0, (height - side) / 2.0, side);
    }

    /**
     * Overlapping square windows along the long side of an elongated image (none for an image closer to square),
     * as wide as the short side and half a window apart, so that anything up to half the short side wide lies
     * whole inside one of them.
     */
    static List<DetectionWindow> parts(int width, int height) {
        int longSide = Math.max(width, height);
        int shortSide = Math.min(width, height);
        List<DetectionWindow> windows = new ArrayList<>();
        if (shortSide <= 0 || (double) longSide / shortSide < ELONGATED) {
            return windows;
        }
        double side = shortSide;
        int count = (int) Math.ceil((longSide - side) / (side / 2)) + 1;
        for (int i = 0; i < count; i++) {
            double start = (longSide - side) * i / (count - 1);
            windows.add(width >= height ? new DetectionWindow(start, 0, side) : new DetectionWindow(0, start, side));
        }
        return windows;
    }

    /**
     * Overlapping square windows two thirds of the short side wide, half a window apart across and down, covering
     * the whole image: a person too small to be found in the whole picture (far away, or in a high-resolution
     * video) is seen 1.5 times larger (twice or more in a window of an elongated picture's whole).
     */
    static List<DetectionWindow> zoomed(int width, int height) {
        List<DetectionWindow> windows = new ArrayList<>();
        int shortSide = Math.min(width, height);
        if (shortSide <= 0) {
            return windows;
        }
        double side = shortSide * 2.0 / 3.0;
        List<Double> lefts = starts(width, side);
        for (double top : starts(height, side)) {
            for (double left : lefts) {
                windows.add(new DetectionWindow(left, top, side));
            }
        }
        return windows;
    }

    /**
     * A window centred where a person was last seen (the landmark model's region there), a little larger than that
     * region and no larger than the whole image: the detector looks again at the person's size rather than the
     * whole picture's.
     */
    static DetectionWindow around(Roi lastSeen, int width, int height) {
        double side = Math.min(NEAR_SCALE * lastSeen.size(), Math.max(width, height));
        return new DetectionWindow(lastSeen.centerX() - side / 2, lastSeen.centerY() - side / 2, side);
    }

    /** Window starts along one axis: half a window apart at most, the first at 0 and the last at the far edge. */
    private static List<Double> starts(int length, double side) {
        int count = (int) Math.ceil((length - side) / (side / 2) - 1e-9) + 1;
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(count == 1 ? 0.0 : (length - side) * i / (count - 1));
        }
        return out;
    }

    /** The affine map from input-tensor pixel indices to image pixel indices (see {@link RoiGeometry#cropToImage}). */
    double[] tensorToImage(int tensorSize) {
        double k = side / tensorSize;
        return new double[] {k, 0, 0.5 * k + left - 0.5, 0, k, 0.5 * k + top - 0.5};
    }

    /** A detection normalised to this window, re-expressed in image pixels. */
    Detection toImagePixels(Detection d) {
        double[] k = new double[d.keypoints().length];
        for (int i = 0; i < k.length; i += 2) {
            k[i] = d.keypoints()[i] * side + left;
            k[i + 1] = d.keypoints()[i + 1] * side + top;
        }
        return new Detection(d.score(), d.xMin() * side + left, d.yMin() * side + top, d.xMax() * side + left,
                d.yMax() * side + top, k);
    }
}
