package com.repcam.capture;

import org.bytedeco.opencv.opencv_core.Mat;

/**
 * One decoded frame with the time it belongs to in its source. Owns its pixels: whoever receives the frame
 * closes it.
 *
 * @param index           frame number in the source, from 0 (frames skipped by a stride still count)
 * @param timestampMicros presentation time in the source, microseconds (never the wall clock for files)
 * @param bgr             8-bit, 3-channel BGR image
 */
public record VideoFrame(long index, long timestampMicros, Mat bgr) implements AutoCloseable {

    public int width() {
        return bgr.cols();
    }

    public int height() {
        return bgr.rows();
    }

    @Override
    public void close() {
        bgr.close();
    }
}
