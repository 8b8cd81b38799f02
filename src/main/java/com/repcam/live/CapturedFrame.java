package com.repcam.live;

import com.repcam.capture.VideoFrame;

/**
 * A frame as the capture thread delivered it, with the moment it arrived (monotonic clock), from which the delay
 * to the overlay being drawn is measured. Owns the frame: whoever holds it last closes it.
 *
 * @param frame         the frame, with its source timestamp
 * @param capturedNanos {@link System#nanoTime()} when the frame was captured (for files: released by the pacer)
 */
record CapturedFrame(VideoFrame frame, long capturedNanos) implements AutoCloseable {

    @Override
    public void close() {
        frame.close();
    }
}
