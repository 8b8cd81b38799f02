package com.repcam.pose;

/**
 * The box round a body's 33 landmarks in the picture (normalised coordinates), to tell one body read twice from two
 * bodies.
 */
record BodyBox(double minX, double minY, double maxX, double maxY) {

    /** The box round the body points of {@link LandmarkDecoder#imagePoints}' output. */
    static BodyBox of(double[] imagePoints) {
        int v = RawLandmarks.VALUES_PER_POINT;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < BodyLandmark.COUNT; i++) {
            minX = Math.min(minX, imagePoints[i * v]);
            maxX = Math.max(maxX, imagePoints[i * v]);
            minY = Math.min(minY, imagePoints[i * v + 1]);
            maxY = Math.max(maxY, imagePoints[i * v + 1]);
        }
        return new BodyBox(minX, minY, maxX, maxY);
    }

    /**
     * How much of the smaller box lies within the other: 0 apart, 1 when one lies wholly within the other. (Not
     * intersection over union: a small body read on furniture inside the person's box is no second person.)
     */
    double overlap(BodyBox other) {
        double ix = Math.min(maxX, other.maxX) - Math.max(minX, other.minX);
        double iy = Math.min(maxY, other.maxY) - Math.max(minY, other.minY);
        if (ix <= 0 || iy <= 0) {
            return 0;
        }
        double smaller = Math.min(area(), other.area());
        return smaller <= 0 ? 1 : ix * iy / smaller;
    }

    private double area() {
        return Math.max(0, maxX - minX) * Math.max(0, maxY - minY);
    }
}
