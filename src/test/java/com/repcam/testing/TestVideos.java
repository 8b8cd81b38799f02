package com.repcam.testing;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;

import java.nio.file.Path;
import java.util.function.IntFunction;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

/** Writes small videos for tests with FFmpeg (MPEG-4 part 2, available in JavaCV's LGPL build). */
public final class TestVideos {

    private TestVideos() {
    }

    /** Frames whose brightness encodes the frame number, with a white square in the top-left corner. */
    public static Mat numberedFrame(int i, int width, int height) {
        Mat m = new Mat(height, width, org.bytedeco.opencv.global.opencv_core.CV_8UC3, new Scalar(i * 4 % 256, 60, 90, 0));
        opencv_imgproc.rectangle(m, new Point(0, 0), new Point(width / 4, height / 4), new Scalar(255, 255, 255, 0),
                -1, opencv_imgproc.LINE_8, 0);
        return m;
    }

    public static void write(Path file, int frames, double fps, int width, int height) throws Exception {
        write(file, frames, fps, width, height, 0, i -> numberedFrame(i, width, height), null);
    }

    /**
     * @param displayRotation FFmpeg display-matrix angle (counter-clockwise degrees) to store, 0 for none
     * @param format          container, or null to choose by file name
     */
    public static void write(Path file, int frames, double fps, int width, int height, double displayRotation,
                             IntFunction<Mat> frame, String format) throws Exception {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
             OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat()) {
            recorder.setVideoCodec(AV_CODEC_ID_MPEG4);
            recorder.setFrameRate(fps);
            recorder.setVideoQuality(2);
            if (format != null) {
                recorder.setFormat(format);
            }
            if (file.toString().endsWith(".mp4")) {
                recorder.setOption("movflags", "faststart");
            }
            if (displayRotation != 0) {
                recorder.setDisplayRotation(displayRotation);
            }
            recorder.start();
            for (int i = 0; i < frames; i++) {
                try (Mat m = frame.apply(i)) {
                    recorder.record(converter.convert(m));
                }
            }
            recorder.stop();
        }
    }
}
