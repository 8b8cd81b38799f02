package com.repcam.pose;

/** One Euro settings per point set, as MediaPipe's pose graph configures them. */
record SmoothingSettings(double minCutoff, double beta, double derivativeCutoff, boolean scaleByObjectSize) {

    static final SmoothingSettings LANDMARKS = new SmoothingSettings(0.05, 80.0, 1.0, true);
    static final SmoothingSettings WORLD_LANDMARKS = new SmoothingSettings(0.1, 40.0, 1.0, false);
    static final SmoothingSettings ROI_POINTS = new SmoothingSettings(0.01, 10.0, 1.0, true);
    /** Weight of the newest visibility value in its exponential low-pass. */
    static final double VISIBILITY_ALPHA = 0.1;
}
