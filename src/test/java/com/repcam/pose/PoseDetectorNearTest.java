package com.repcam.pose;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.capture.VideoFrame;
import com.repcam.testing.TestPaths;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.Test;

/**
 * The detector looks again around where a person was last seen (real models): a person too small in the picture
 * for the whole-picture search is found in the window around the landmark model's last region.
 */
class PoseDetectorNearTest {

    private static final double SHRINK = 0.35;

    @Test
    void aPersonTooSmallForTheWholePictureIsFoundAroundWhereTheyWereLastSeen() throws Exception {
        try (VideoFrame frame = sampleFrame();
             PoseTracker tracker = PoseTracker.open(PoseOptions.video(ModelVariant.FULL, TestPaths.models()));
             PoseDetector detector = new PoseDetector(TestPaths.models().resolve("pose_detection.pt"))) {
            Roi seen = tracker.process(frame).pose().orElseThrow(() -> new AssertionError("sample not tracked")).roi();
            int w = frame.bgr().cols();
            int h = frame.bgr().rows();
            // the same picture shrunk into the lower right quarter of a grey one of the same size
            try (Mat picture = new Mat(h, w, CV_8UC3, new Scalar(128, 128, 128, 0)); Mat small = new Mat()) {
                opencv_imgproc.resize(frame.bgr(), small, new Size((int) (w * SHRINK), (int) (h * SHRINK)), 0, 0,
                        opencv_imgproc.INTER_AREA);
                try (Mat quarter = picture.apply(new Rect(w / 2, h / 2, small.cols(), small.rows()))) {
                    small.copyTo(quarter);
                }
                Roi seenSmall = new Roi(w / 2 + seen.centerX() * SHRINK, h / 2 + seen.centerY() * SHRINK,
                        seen.size() * SHRINK, seen.rotation());

                assertTrue(detector.detect(picture, new StageClock(), Optional.empty(), false).isEmpty(),
                        "the person is found in the whole picture: the case this test needs is not made");
                List<Detection> near = detector.detect(picture, new StageClock(), Optional.of(seenSmall), false);
                assertFalse(near.isEmpty(), "not found around where the person was last seen");
                Detection person = near.get(0);
                assertEquals(seenSmall.centerX(), person.keypointX(0), seenSmall.size() / 2, "hip centre x");
                assertEquals(seenSmall.centerY(), person.keypointY(0), seenSmall.size() / 2, "hip centre y");
            }
        }
    }

    /** The side-on Quadruped Plus sample 1.5 s in, on all fours: found in the whole picture as it is. */
    private static VideoFrame sampleFrame() throws Exception {
        try (FrameSource source = FrameSources.open(
                TestPaths.samples().resolve("quadruped-plus_side-right_clean.mp4").toString(), 1, false)) {
            Optional<VideoFrame> at = Optional.empty();
            for (int i = 0; i <= 15; i++) {
                at.ifPresent(VideoFrame::close);
                at = source.next();
            }
            return at.orElseThrow();
        }
    }
}
