package com.repcam.pose;

/**
 * How an image sits inside the square detector input when its aspect ratio is kept: scaled to fit and centred,
 * with equal black borders on the two short sides.
 *
 * @param imageWidth  pixels
 * @param imageHeight pixels
 */
record Letterbox(int imageWidth, int imageHeight) {

    /** Side of the padded square, in image pixels. */
    double squareSide() {
        return Math.max(imageWidth, imageHeight);
    }

    double padX() {
        return (squareSide() - imageWidth) / 2.0;
    }

    double padY() {
        return (squareSide() - imageHeight) / 2.0;
    }

    /** The affine map from input-tensor pixel indices to image pixel indices (see {@link RoiGeometry#cropToImage}). */
    double[] tensorToImage(int tensorSize) {
        return window().tensorToImage(tensorSize);
    }

    /** A detection normalised to the padded square, re-expressed in image pixels. */
    Detection toImagePixels(Detection d) {
        return window().toImagePixels(d);
    }

    DetectionWindow window() {
        return DetectionWindow.whole(imageWidth, imageHeight);
    }
}
