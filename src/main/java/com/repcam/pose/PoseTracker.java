package com.repcam.pose;

import com.repcam.capture.VideoFrame;

/**
 * Turns video frames into poses: detector, region of interest, landmark model, tracking and smoothing, as
 * MediaPipe's BlazePose graph runs them. One instance per video stream; not thread-safe.
 *
 * <p>API skeleton: the implementation is being written in this package.
 */
public final class PoseTracker implements AutoCloseable {

    private PoseTracker() {
    }

    /** Loads and verifies the models named by the options. */
    public static PoseTracker open(PoseOptions options) throws ModelFileException {
        throw new UnsupportedOperationException("pose tracker not implemented yet");
    }

    /** The pose in this frame; frames must arrive in timestamp order. The frame stays owned by the caller. */
    public PoseFrame process(VideoFrame frame) {
        throw new UnsupportedOperationException("pose tracker not implemented yet");
    }

    /** Time spent in each stage by the last {@link #process} call. */
    public StageTimes lastStageTimes() {
        return StageTimes.NONE;
    }

    /** Forgets the tracked person and the smoothing state: the next frame starts from the detector. */
    public void reset() {
    }

    @Override
    public void close() {
    }
}
