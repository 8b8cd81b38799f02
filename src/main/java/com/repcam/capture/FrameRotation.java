package com.repcam.capture;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;

/** Turns frames upright according to a video's display rotation (phone videos store it as metadata). */
enum FrameRotation {
    NONE(0, -1), CLOCKWISE_90(90, opencv_core.ROTATE_90_CLOCKWISE), HALF_TURN(180, opencv_core.ROTATE_180),
    COUNTER_CLOCKWISE_90(270, opencv_core.ROTATE_90_COUNTERCLOCKWISE);

    private final int degrees;
    private final int openCvCode;

    FrameRotation(int degrees, int openCvCode) {
        this.degrees = degrees;
        this.openCvCode = openCvCode;
    }

    /**
     * From FFmpeg's display-matrix angle ({@code getDisplayRotation}: how far the matrix turns the frame
     * counter-clockwise), the clockwise turn that shows the frame upright, as the ffmpeg tool's autorotate does.
     */
    static FrameRotation ofDegrees(double displayRotation) {
        int clockwise = (int) Math.round((((-displayRotation) % 360) + 360) % 360 / 90.0) * 90 % 360;
        return switch (clockwise) {
            case 90 -> CLOCKWISE_90;
            case 180 -> HALF_TURN;
            case 270 -> COUNTER_CLOCKWISE_90;
            default -> NONE;
        };
    }

    int degrees() {
        return degrees;
    }

    boolean swapsSides() {
        return degrees == 90 || degrees == 270;
    }

    /** A new Mat with the frame upright; the input is left untouched (it may belong to the decoder). */
    Mat applyCopy(Mat frame) {
        if (this == NONE) {
            return frame.clone();
        }
        Mat out = new Mat();
        opencv_core.rotate(frame, out, openCvCode);
        return out;
    }
}
