package com.repcam.pose;

import static org.bytedeco.opencv.global.opencv_core.ROTATE_90_CLOCKWISE;
import static org.bytedeco.opencv.global.opencv_core.rotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.capture.VideoFrame;
import com.repcam.testing.Images;
import com.repcam.testing.TestPaths;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tracker with the real full model: nobody, rotation, tracking, segmentation. */
class PoseTrackerBehaviourTest {

    private static PoseTracker stills;

    @BeforeAll
    static void open() throws ModelFileException {
        stills = PoseTracker.open(new PoseOptions(ModelVariant.FULL, 2, false, false, true, TestPaths.models()));
    }

    @AfterAll
    static void close() {
        stills.close();
    }

    @Test
    void findsNobodyInAPhotoOfFruit() {
        try (VideoFrame frame = Images.frame(TestPaths.debianPhoto("fruits.jpg"), 0, 0)) {
            assertTrue(stills.process(frame).pose().isEmpty());
            assertEquals(0, stills.lastPeopleDetected());
        }
    }

    @Test
    void findsThePersonLyingOnTheirSideInARotatedPhoto() {
        Mat upright = Images.read(TestPaths.debianPhoto("basketball1.png"));
        Mat turned = new Mat();
        rotate(upright, turned, ROTATE_90_CLOCKWISE);
        int height = upright.rows();
        try (VideoFrame a = new VideoFrame(0, 0, upright); VideoFrame b = new VideoFrame(1, 0, turned)) {
            Pose p = stills.process(a).pose().orElseThrow();
            Pose q = stills.process(b).pose().orElseThrow();
            for (BodyLandmark joint : new BodyLandmark[] {BodyLandmark.NOSE, BodyLandmark.LEFT_HIP,
                BodyLandmark.RIGHT_KNEE, BodyLandmark.LEFT_ANKLE}) {
                // (x, y) in the upright photo is (height - 1 - y, x) after a clockwise quarter turn
                double ex = height - 1 - p.landmark(joint).pixelY(height);
                double ey = p.landmark(joint).pixelX(upright.cols());
                double dx = q.landmark(joint).pixelX(turned.cols()) - ex;
                double dy = q.landmark(joint).pixelY(turned.rows()) - ey;
                assertTrue(Math.hypot(dx, dy) < 15, joint + " moved by " + Math.hypot(dx, dy) + " px");
            }
        }
    }

    @Test
    void segmentationMaskCoversTheBodyAndNotTheEmptyWall() {
        try (VideoFrame frame = Images.frame(TestPaths.debianPhoto("basketball1.png"), 0, 0)) {
            PoseFrame result = stills.process(frame);
            Pose pose = result.pose().orElseThrow();
            SegmentationMask mask = pose.mask().orElseThrow();
            assertEquals(640, mask.width());
            Landmark hip = pose.landmark(BodyLandmark.LEFT_HIP);
            Landmark shoulder = pose.landmark(BodyLandmark.LEFT_SHOULDER);
            int torsoX = (int) ((hip.pixelX(640) + shoulder.pixelX(640)) / 2);
            int torsoY = (int) ((hip.pixelY(480) + shoulder.pixelY(480)) / 2);
            assertTrue(mask.at(torsoX, torsoY) > 0.8, "torso " + mask.at(torsoX, torsoY));
            // the bare wall between the two men
            assertTrue(mask.at(330, 200) < 0.2, "wall " + mask.at(330, 200));
        }
    }

    @Test
    void tracksAMovingPersonWithoutRunningTheDetectorOnEveryFrame() throws ModelFileException {
        Mat photo = Images.read(TestPaths.debianPhoto("basketball1.png"));
        int frames = 30;
        int detectorRuns = 0;
        try (PoseTracker tracker = PoseTracker.open(PoseOptions.video(ModelVariant.FULL, TestPaths.models()))) {
            for (int i = 0; i < frames; i++) {
                int shift = 3 * i;
                try (Mat shifted = translate(photo, shift, i % 3);
                     VideoFrame frame = new VideoFrame(i, i * 33_333L, shifted)) {
                    PoseFrame result = tracker.process(frame);
                    if (tracker.lastStageTimes().detectorRan()) {
                        detectorRuns++;
                    }
                    Pose pose = result.pose().orElseThrow(() -> new AssertionError("lost the person"));
                    double noseX = pose.landmark(BodyLandmark.NOSE).pixelX(640);
                    // One Euro smoothing lags a little behind a steady 3 px/frame pan
                    assertEquals(96 + shift, noseX, 15, "nose at frame " + frame.index());
                }
            }
        }
        assertEquals(1, detectorRuns, "the detector should run once, then the landmarks track");
    }

    private static Mat translate(Mat image, int dx, int dy) {
        Mat out = new Mat();
        try (Mat m = new Mat(2, 3, org.bytedeco.opencv.global.opencv_core.CV_64F);
             Scalar black = new Scalar(0, 0, 0, 0)) {
            java.nio.DoubleBuffer b = m.createBuffer();
            b.put(new double[] {1, 0, dx, 0, 1, dy});
            opencv_imgproc.warpAffine(image, out, m, image.size(), opencv_imgproc.INTER_LINEAR,
                    org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT, black);
        }
        assertFalse(out.empty());
        return out;
    }
}
