package com.repcam.pose;

/**
 * One person found by the detector, in normalised coordinates of the image it was decoded against.
 * Keypoint 0 is the mid-hip, 1 a point on the circle around the whole body, 2 the mid-shoulder, 3 a point on
 * the upper-body circle.
 */
record Detection(double score, double xMin, double yMin, double xMax, double yMax, double[] keypoints) {

    static final int KEYPOINTS = 4;

    double keypointX(int k) {
        return keypoints[2 * k];
    }

    double keypointY(int k) {
        return keypoints[2 * k + 1];
    }

    double area() {
        return Math.max(0, xMax - xMin) * Math.max(0, yMax - yMin);
    }

    double intersectionOverUnion(Detection other) {
        double ix = Math.min(xMax, other.xMax) - Math.max(xMin, other.xMin);
        double iy = Math.min(yMax, other.yMax) - Math.max(yMin, other.yMin);
        if (ix <= 0 || iy <= 0) {
            return 0;
        }
        double intersection = ix * iy;
        double union = area() + other.area() - intersection;
        return union <= 0 ? 0 : intersection / union;
    }
}
