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
        double k = squareSide() / tensorSize;
        return new double[] {k, 0, 0.5 * k - padX() - 0.5, 0, k, 0.5 * k - padY() - 0.5};
    }

    /** A detection normalised to the padded square, re-expressed in image pixels. */
    Detection toImagePixels(Detection d) {
        double s = squareSide();
        double[] k = new double[d.keypoints().length];
        for (int i = 0; i < k.length; i += 2) {
            k[i] = d.keypoints()[i] * s - padX();
            k[i + 1] = d.keypoints()[i + 1] * s - padY();
        }
        return new Detection(d.score(), d.xMin() * s - padX(), d.yMin() * s - padY(),
                d.xMax() * s - padX(), d.yMax() * s - padY(), k);
    }
}
