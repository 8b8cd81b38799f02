package com.repcam.pose;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.capture.VideoFrame;
import com.repcam.testing.TestPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;

class LowLightCorrectionTest {

    /** A picture whose left half is grey {@code dark} and right half {@code light}. */
    private static Mat halves(int dark, int light) {
        Mat m = new Mat(100, 200, CV_8UC3, new Scalar(dark, dark, dark, 0));
        try (Mat right = m.apply(new Rect(100, 0, 100, 100))) {
            right.put(new Scalar(light, light, light, 0));
        }
        return m;
    }

    private static int grey(Mat m, int x) {
        return m.ptr(50, x).get() & 0xff;
    }

    @Test
    void aDimPictureIsStretchedToTheFullRangeAndOthersPassUnchanged() {
        try (LowLightCorrection c = new LowLightCorrection(); Mat dim = halves(60, 150); Mat bright = halves(60, 200);
             Mat flat = halves(90, 100)) {
            Mat out = c.apply(dim);
            assertNotSame(dim, out);
            assertEquals(0, grey(out, 10));
            assertEquals(255, grey(out, 150));
            assertEquals(60, grey(dim, 10), "the frame itself is not changed");
            assertSame(bright, c.apply(bright), "brightest grey 200: not dim");
            assertSame(flat, c.apply(flat), "a spread of 10 grey levels: nothing to stretch");
        }
    }

    @Test
    void inADimClipTheDetectorFindsThePersonOnlyInTheBrightenedPicture() throws Exception {
        // the set-up of samples/dim/thoracic-extension_side5-left_dim, 1.5 s in: unseen before the correction
        Path clip = TestPaths.samples().resolve("dim").resolve("thoracic-extension_side5-left_dim.mp4");
        try (FrameSource source = FrameSources.open(clip.toString(), 1, false);
             PoseDetector detector = new PoseDetector(TestPaths.models().resolve("pose_detection.pt"));
             LowLightCorrection correction = new LowLightCorrection()) {
            Optional<VideoFrame> at = Optional.empty();
            for (int i = 0; i <= 15; i++) {
                at.ifPresent(VideoFrame::close);
                at = source.next();
            }
            try (VideoFrame frame = at.orElseThrow()) {
                List<Detection> raw = detector.detect(frame.bgr(), new StageClock(), Optional.empty(), true);
                assertTrue(raw.isEmpty(), "found in the dim picture as it is: " + raw.size());
                List<Detection> brightened = detector.detect(correction.apply(frame.bgr()), new StageClock(),
                        Optional.empty(), true);
                assertFalse(brightened.isEmpty(), "not found in the brightened picture");
            }
        }
    }
}
