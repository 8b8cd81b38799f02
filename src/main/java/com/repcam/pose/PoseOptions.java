package com.repcam.pose;

import java.nio.file.Path;

/**
 * How to run the pose tracker.
 *
 * @param model        which landmark model
 * @param threads      libtorch intra-op threads
 * @param tracking     true for video (the next frame's region comes from this frame's landmarks, the detector runs
 *                     only when the person is lost); false treats every frame as a new still image
 * @param smoothing    One Euro smoothing over frame timestamps (only meaningful with tracking)
 * @param segmentation also produce the person-segmentation mask
 * @param modelsDir    folder holding the TorchScript files and {@code manifest.json}
 * @param cropReadings landmark readings per frame: 1 (the tracked region, as MediaPipe) or 3 (also the region
 *                     turned a little either way, the points averaged: {@link TurnedCrops}); 3 costs two more
 *                     landmark-model runs a frame
 */
public record PoseOptions(ModelVariant model, int threads, boolean tracking, boolean smoothing,
                          boolean segmentation, Path modelsDir, int cropReadings) {

    public PoseOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        TurnedCrops.requireSupported(cropReadings);
    }

    public PoseOptions(ModelVariant model, int threads, boolean tracking, boolean smoothing, boolean segmentation,
                       Path modelsDir) {
        this(model, threads, tracking, smoothing, segmentation, modelsDir, 1);
    }

    /** Video defaults: tracking and smoothing on, no mask, two threads. */
    public static PoseOptions video(ModelVariant model, Path modelsDir) {
        return new PoseOptions(model, 2, true, true, false, modelsDir);
    }

    /** Still-image defaults: every frame detected afresh, no smoothing. */
    public static PoseOptions stills(ModelVariant model, Path modelsDir) {
        return new PoseOptions(model, 2, false, false, false, modelsDir);
    }

    public PoseOptions withThreads(int n) {
        return new PoseOptions(model, n, tracking, smoothing, segmentation, modelsDir, cropReadings);
    }

    public PoseOptions withCropReadings(int n) {
        return new PoseOptions(model, threads, tracking, smoothing, segmentation, modelsDir, n);
    }
}
