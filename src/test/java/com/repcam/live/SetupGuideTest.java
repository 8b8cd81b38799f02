package com.repcam.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.capture.VideoFrame;
import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Landmark;
import com.repcam.pose.ModelVariant;
import com.repcam.pose.Pose;
import com.repcam.pose.PoseFrame;
import com.repcam.pose.PoseOptions;
import com.repcam.pose.PoseTracker;
import com.repcam.pose.Roi;
import com.repcam.pose.WorldLandmark;
import com.repcam.signal.ViewKind;
import com.repcam.testing.TestPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.junit.jupiter.api.Test;

/**
 * The camera set-up guide: each problem found on a pose (synthetic for the rules and the timing, the real model on
 * a rendered sample cut short for body parts out of the picture) and told once it lasts, one at a time.
 */
class SetupGuideTest {

    private static final Set<ViewKind> SIDE_OR_OBLIQUE = Set.of(ViewKind.SIDE, ViewKind.OBLIQUE);

    @Test
    void eachProblemIsNamedWithWhatToDo() {
        assertEquals(Optional.empty(), SetupGuide.problem(Optional.of(kneeling(0.5, 1.0, true)), 120,
                SIDE_OR_OBLIQUE));
        assertEquals("dark", SetupGuide.problem(Optional.of(kneeling(0.5, 1.0, true)), 30, SIDE_OR_OBLIQUE)
                .get().key());
        assertEquals("nobody", SetupGuide.problem(Optional.empty(), 120, SIDE_OR_OBLIQUE).get().key());
        assertEquals("Turn the camera to your side: I count this exercise from the side or at an angle, and I see "
                + "you from the front.", SetupGuide.problem(Optional.of(kneeling(0.5, 1.0, false)), 120,
                SIDE_OR_OBLIQUE).get().advice());
        assertEquals("Come closer to the camera: you fill only 19% of the picture.",
                SetupGuide.problem(Optional.of(kneeling(0.5, 0.4, true)), 120, SIDE_OR_OBLIQUE).get().advice());
        // moved down: the feet and knees below the picture's bottom edge
        assertEquals("Your feet, your knees and your hands are out of the picture (at the bottom): move the camera further "
                + "away, or tilt it down.", SetupGuide.problem(Optional.of(kneeling(0.85, 1.0, true)), 120,
                SIDE_OR_OBLIQUE).get().advice());
    }

    @Test
    void adviceWaitsForAProblemToLastAndIsNotRepeatedSoon() {
        SetupGuide guide = new SetupGuide();
        List<String> said = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < 15 * 30; i++, t += 66_667) { // 30 s nobody, 15 frames a second
            guide.accept(t, Optional.empty(), 120, SIDE_OR_OBLIQUE).ifPresent(said::add);
        }
        assertEquals(2, said.size(), "said at 1.5 s and again after 20 s: " + said);
        for (int i = 0; i < 15 * 10; i++, t += 66_667) { // then in view, well placed
            guide.accept(t, Optional.of(kneeling(0.5, 1.0, true)), 120, SIDE_OR_OBLIQUE).ifPresent(said::add);
        }
        assertEquals("Good: I can see all of you.", said.get(2));
        assertEquals(3, said.size());
        for (int i = 0; i < 10; i++, t += 66_667) { // one second face-on: not long enough to talk
            guide.accept(t, Optional.of(kneeling(0.5, 1.0, false)), 120, SIDE_OR_OBLIQUE).ifPresent(said::add);
        }
        assertEquals(3, said.size());
    }

    /** The real model on a rendered quadruped frame whose lower third is cut off: knees and feet are out. */
    @Test
    void theRealModelOnAPictureCutShortFindsTheLegsOutOfIt() throws Exception {
        try (FrameSource video = FrameSources.open(TestPaths.samples().resolve("quadruped-plus_side-right_clean.mp4")
                .toString(), 1, false);
             PoseTracker tracker = PoseTracker.open(PoseOptions.stills(ModelVariant.FULL, TestPaths.models()))) {
            VideoFrame frame = null;
            for (int i = 0; i < 40; i++) { // into the set-up position
                if (frame != null) {
                    frame.close();
                }
                frame = video.next().orElseThrow();
            }
            PoseFrame whole = tracker.process(frame);
            assertEquals(Optional.empty(), SetupGuide.problem(whole.pose(), 120, SIDE_OR_OBLIQUE),
                    "the whole picture is fine");
            int keep = (int) (whole.pose().get().landmark(BodyLandmark.RIGHT_HIP).pixelY(frame.height()) + 20);
            try (Mat top = new Mat(frame.bgr(), new Rect(0, 0, frame.width(), keep)).clone();
                 VideoFrame cut = new VideoFrame(1, 0, top)) {
                PoseFrame pose = tracker.process(cut);
                assertTrue(pose.pose().isPresent(), "a person is still found in the top of the picture");
                SetupGuide.Problem p = SetupGuide.problem(pose.pose(), 120, SIDE_OR_OBLIQUE).orElseThrow();
                assertTrue(p.key().startsWith("out:") && p.advice().contains("(at the bottom)")
                        && p.advice().contains("your knees"), p.advice());
            }
            frame.close();
        }
    }

    /**
     * A person on all fours as the landmark model would give them: side-on (shoulders and hips in depth) or
     * face-on, centred at (0.5, {@code centreY}), {@code scale} 1 spanning half the picture.
     */
    private static Pose kneeling(double centreY, double scale, boolean side) {
        List<Landmark> image = new ArrayList<>();
        List<WorldLandmark> world = new ArrayList<>();
        for (BodyLandmark b : BodyLandmark.values()) {
            String n = b.name();
            double x;
            double y;
            if (n.contains("ANKLE") || n.contains("HEEL") || n.contains("FOOT")) {
                x = -0.22; y = 0.2;
            } else if (n.contains("KNEE")) {
                x = -0.15; y = 0.2;
            } else if (n.contains("HIP")) {
                x = -0.15; y = 0.0;
            } else if (n.contains("SHOULDER")) {
                x = 0.15; y = 0.0;
            } else if (n.contains("ELBOW")) {
                x = 0.15; y = 0.1;
            } else if (n.contains("WRIST") || n.contains("PINKY") || n.contains("INDEX") || n.contains("THUMB")) {
                x = 0.15; y = 0.2;
            } else {
                x = 0.25; y = -0.05; // the head
            }
            image.add(new Landmark(0.5 + x * scale, centreY + y * scale, 0, 0.95, 0.95));
            double across = n.startsWith("LEFT") ? -0.15 : n.startsWith("RIGHT") ? 0.15 : 0;
            world.add(side ? new WorldLandmark(x, y, across, 0.95, 0.95)
                    : new WorldLandmark(across, y, x, 0.95, 0.95));
        }
        return new Pose(image, world, 0.99, new Roi(0.5, 0.5, 0.5, 0), Optional.empty());
    }
}
