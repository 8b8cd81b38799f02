package com.repcam.live;

import org.bytedeco.opencv.opencv_core.Mat;

/** Where the live picture goes. */
interface LiveView extends AutoCloseable {

    /** Shows nothing: a recording analysed through the live path without a window. */
    LiveView NONE = new LiveView() {
        @Override
        public void show(Mat bgr, long capturedNanos) {
        }

        @Override
        public void close() {
        }
    };

    /**
     * Shows a picture (copied: the caller keeps the Mat). Never blocks on drawing; a picture not yet drawn when
     * the next one comes is replaced.
     *
     * @param capturedNanos when the frame it shows was captured, for the delay measurement
     */
    void show(Mat bgr, long capturedNanos);

    @Override
    void close();
}
