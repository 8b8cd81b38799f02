package com.repcam.pose;

/** Low-pass filters the visibility of each landmark over time (MediaPipe's VisibilitySmoothingCalculator). */
final class VisibilitySmoother {

    private final int points;
    private final double alpha;
    private double[] stored;

    VisibilitySmoother(int points, double alpha) {
        this.points = points;
        this.alpha = alpha;
    }

    void reset() {
        stored = null;
    }

    /** Smooths the value at {@code offset} of each point in place. */
    void apply(double[] values, int stride, int offset) {
        if (stored == null) {
            stored = new double[points];
            for (int i = 0; i < points; i++) {
                stored[i] = values[i * stride + offset];
            }
            return;
        }
        for (int i = 0; i < points; i++) {
            stored[i] = alpha * values[i * stride + offset] + (1 - alpha) * stored[i];
            values[i * stride + offset] = stored[i];
        }
    }
}
