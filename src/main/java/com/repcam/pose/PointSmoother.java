package com.repcam.pose;

/**
 * Smooths a fixed set of 3D points over time, one One Euro filter per point and axis (MediaPipe's
 * LandmarksSmoothingCalculator). For image points the filters run in pixels and the derivative is divided by the
 * object's size (mean of its bounding-box width and height), so that a near and a far person smooth alike.
 */
final class PointSmoother {

    private static final double MIN_OBJECT_SCALE = 1e-6;

    private final SmoothingSettings settings;
    private final int points;
    private OneEuroFilter[] filters;

    PointSmoother(SmoothingSettings settings, int points) {
        this.settings = settings;
        this.points = points;
        reset();
    }

    void reset() {
        filters = new OneEuroFilter[points * 3];
        for (int i = 0; i < filters.length; i++) {
            filters[i] = new OneEuroFilter(settings.minCutoff(), settings.beta(), settings.derivativeCutoff());
        }
    }

    /**
     * Smooths in place.
     *
     * @param values per point {@code stride} values, of which the first three are x, y, z
     * @param scaleX multiplier that turns x (and z) into the filter's units (image width, or 1 for metres)
     * @param scaleY multiplier that turns y into the filter's units (image height, or 1)
     */
    void apply(long timeMicros, double[] values, int stride, double scaleX, double scaleY) {
        double valueScale = 1.0;
        if (settings.scaleByObjectSize()) {
            double objectScale = objectScale(values, stride, scaleX, scaleY);
            if (objectScale < MIN_OBJECT_SCALE) {
                return;
            }
            valueScale = 1.0 / objectScale;
        }
        for (int i = 0; i < points; i++) {
            int o = i * stride;
            values[o] = filters[3 * i].apply(timeMicros, valueScale, values[o] * scaleX) / scaleX;
            values[o + 1] = filters[3 * i + 1].apply(timeMicros, valueScale, values[o + 1] * scaleY) / scaleY;
            values[o + 2] = filters[3 * i + 2].apply(timeMicros, valueScale, values[o + 2] * scaleX) / scaleX;
        }
    }

    private double objectScale(double[] values, int stride, double scaleX, double scaleY) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < points; i++) {
            double x = values[i * stride] * scaleX;
            double y = values[i * stride + 1] * scaleY;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return ((maxX - minX) + (maxY - minY)) / 2.0;
    }
}
