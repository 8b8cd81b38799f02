package com.repcam.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.repcam.capture.VideoFrame;
import java.nio.file.Path;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;

/** Loads test images as frames. */
public final class Images {

    private Images() {
    }

    public static Mat read(Path file) {
        Mat image = opencv_imgcodecs.imread(file.toString());
        assertFalse(image.empty(), "cannot decode " + file);
        return image;
    }

    public static VideoFrame frame(Path file, long index, long timestampMicros) {
        return new VideoFrame(index, timestampMicros, read(file));
    }
}
