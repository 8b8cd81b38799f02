package com.repcam.pose;

/**
 * Person-segmentation probabilities for the whole image, row-major, {@code width * height} values in [0, 1].
 * Immutable by convention: callers must not modify {@link #probabilities()}.
 */
public record SegmentationMask(int width, int height, float[] probabilities) {

    public SegmentationMask {
        if (probabilities.length != width * height) {
            throw new IllegalArgumentException("mask has " + probabilities.length + " values, expected "
                    + width + "x" + height);
        }
    }

    public float at(int x, int y) {
        return probabilities[y * width + x];
    }
}
