package com.repcam.pose;

/**
 * Temporal smoothing of one person's estimate, as MediaPipe's pose graph filters it: visibility low-pass, One
 * Euro filters on the 33 image landmarks, the world landmarks and the two ROI alignment points, each with its own
 * settings. Driven by frame timestamps only.
 */
final class PoseSmoothing {

    private final VisibilitySmoother visibility =
            new VisibilitySmoother(BodyLandmark.COUNT, SmoothingSettings.VISIBILITY_ALPHA);
    private final PointSmoother landmarks = new PointSmoother(SmoothingSettings.LANDMARKS, BodyLandmark.COUNT);
    private final PointSmoother world = new PointSmoother(SmoothingSettings.WORLD_LANDMARKS, BodyLandmark.COUNT);
    private final PointSmoother roiPoints = new PointSmoother(SmoothingSettings.ROI_POINTS, 2);

    void reset() {
        visibility.reset();
        landmarks.reset();
        world.reset();
        roiPoints.reset();
    }

    /**
     * @param imagePoints 39 points x (x, y, z, visibility, presence), normalised; the first 33 are smoothed in place
     * @param worldPoints 33 points x (x, y, z), metres; smoothed in place
     * @param alignment   the two ROI alignment points x (x, y, z), normalised; smoothed in place
     */
    void apply(long timeMicros, int width, int height, double[] imagePoints, double[] worldPoints,
               double[] alignment) {
        int stride = RawLandmarks.VALUES_PER_POINT;
        visibility.apply(imagePoints, stride, 3);
        landmarks.apply(timeMicros, imagePoints, stride, width, height);
        world.apply(timeMicros, worldPoints, 3, 1, 1);
        roiPoints.apply(timeMicros, alignment, 3, width, height);
    }
}
