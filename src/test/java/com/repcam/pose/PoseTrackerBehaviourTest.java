package com.repcam.pose;

import static org.bytedeco.opencv.global.opencv_core.ROTATE_90_CLOCKWISE;
import static org.bytedeco.opencv.global.opencv_core.rotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.capture.VideoFrame;
import com.repcam.testing.Ffmpeg;
import com.repcam.testing.Images;
import com.repcam.testing.TestPaths;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * A person tracked, then a frame in which the landmark model loses them, then the same person with the head
     * hidden (covered in the wall's colour, as by a chair's back): the detector, which looks for a face, finds
     * nobody, but the landmark model looking where the person was last found reads the body. Only for
     * {@link PoseTracker#LOOK_AGAIN_MICROS} after they were last found.
     */
    @Test
    void aPersonWhoseHeadIsHiddenIsLookedForWhereTheyWereLastFound(@TempDir Path dir) throws Exception {
        Path still = dir.resolve("quadruped.png");
        Ffmpeg.run("-ss", "1", "-i", TestPaths.samples().resolve("quadruped-plus_side-right_clean.mp4").toString(),
                "-frames:v", "1", still.toString());
        Mat person = Images.read(still);
        Mat headHidden = person.clone();
        double[] wall = new double[3];
        try (var at = person.ptr(100, 500)) {
            for (int c = 0; c < 3; c++) {
                wall[c] = at.get(c) & 0xff;
            }
        }
        opencv_imgproc.rectangle(headHidden, new Rect(350, 135, 100, 100), new Scalar(wall[0], wall[1], wall[2], 0),
                -1, opencv_imgproc.LINE_8, 0);
        Mat nobody = new Mat(person.rows(), person.cols(), person.type(), new Scalar(128, 128, 128, 0));
        long frameMicros = 33_333L;
        try (PoseTracker tracker = PoseTracker.open(PoseOptions.video(ModelVariant.FULL, TestPaths.models()))) {
            int i = 0;
            for (; i < 5; i++) {
                assertTrue(track(tracker, person, i, i * frameMicros).isPresent(), "the person at frame " + i);
            }
            assertTrue(track(tracker, nobody, i, i * frameMicros).isEmpty(), "nobody in a grey picture");
            for (i++; i < 10; i++) {
                Optional<Pose> found = track(tracker, headHidden, i, i * frameMicros);
                if (i == 6) {
                    assertTrue(tracker.lastStageTimes().detectorRan(), "the detector looked first");
                    assertEquals(0, tracker.lastPeopleDetected(), "the detector finds nobody with the head hidden");
                }
                assertTrue(found.isPresent(), "the person, head hidden, at frame " + i);
                assertEquals(person.cols() * 0.53, found.get().landmark(BodyLandmark.RIGHT_SHOULDER)
                        .pixelX(person.cols()), 30, "the shoulder where it is");
            }
            long lastFound = (i - 1) * frameMicros;
            assertTrue(track(tracker, nobody, i, lastFound + PoseTracker.LOOK_AGAIN_MICROS).isEmpty());
            assertTrue(track(tracker, headHidden, i + 1, lastFound + PoseTracker.LOOK_AGAIN_MICROS + 2 * frameMicros)
                    .isEmpty(), "not looked for there once the person has been gone too long");
        }
    }

    private static Optional<Pose> track(PoseTracker tracker, Mat picture, int index, long micros) {
        try (Mat copy = picture.clone(); VideoFrame frame = new VideoFrame(index, micros, copy)) {
            return tracker.process(frame).pose();
        }
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
