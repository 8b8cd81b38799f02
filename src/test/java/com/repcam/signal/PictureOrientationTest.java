package com.repcam.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Landmark;
import com.repcam.pose.Pose;
import com.repcam.pose.PoseFrame;
import com.repcam.pose.Roi;
import com.repcam.pose.WorldLandmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PictureOrientationTest {

    private static final int W = 640;
    private static final int H = 480;
    private static final List<Joint> THIGH = List.of(Joint.parse("hip").orElseThrow(), Joint.parse("knee").orElseThrow());

    /**
     * A person on all fours seen from the side, in pixels: hips at (400, 250), knees 110 px below and a little
     * behind, shoulders ahead; the picture then turned clockwise by {@code turnDegrees} about its centre.
     */
    private static PoseFrame kneeling(int turnDegrees, double thighLean, Random noise) {
        List<Landmark> image = new ArrayList<>();
        List<WorldLandmark> world = new ArrayList<>();
        for (BodyLandmark b : BodyLandmark.values()) {
            String n = b.jsonName();
            double[] p = n.endsWith("hip") ? new double[] {400, 250}
                    : n.endsWith("knee") ? new double[] {400 + thighLean, 360}
                    : n.endsWith("shoulder") ? new double[] {220, 240} : new double[] {300, 300};
            p[0] += noise.nextGaussian() * 3;
            p[1] += noise.nextGaussian() * 3;
            double[] q = turn(p, turnDegrees);
            image.add(new Landmark(q[0] / W, q[1] / H, 0, 0.9, 0.99));
            world.add(new WorldLandmark(0, 0, 0, 0.9, 0.99));
        }
        return new PoseFrame(0, 0, W, H, Optional.of(new Pose(image, world, 0.95, new Roi(320, 240, 300, 0),
                Optional.empty())));
    }

    /** Turns a pixel clockwise on screen about the picture's centre (the picture keeps its size: a test only). */
    private static double[] turn(double[] p, int degrees) {
        double a = Math.toRadians(degrees);
        double x = p[0] - W / 2.0;
        double y = p[1] - H / 2.0;
        return new double[] {W / 2.0 + x * Math.cos(a) - y * Math.sin(a), H / 2.0 + x * Math.sin(a) + y * Math.cos(a)};
    }

    private static Optional<PictureOrientation.Turn> judge(int turnDegrees, double thighLean, int frames) {
        PictureOrientation o = new PictureOrientation(THIGH);
        Random noise = new Random(4);
        for (int i = 0; i < frames; i++) {
            o.accept(kneeling(turnDegrees, thighLean, noise));
        }
        return o.judgement();
    }

    @Test
    void anUprightPictureIsUprightEvenWithTheHipsPushedBack() {
        assertEquals(Optional.of(PictureOrientation.Turn.UPRIGHT), judge(0, 0, 30));
        assertEquals(Optional.of(PictureOrientation.Turn.UPRIGHT), judge(0, -70, 30)); // thighs 32 deg off vertical
    }

    @Test
    void aPictureTurnedAQuarterClockwiseNeedsAQuarterTurnBack() {
        Optional<PictureOrientation.Turn> t = judge(90, 0, 30);
        assertEquals(Optional.of(PictureOrientation.Turn.TURNED_RIGHT), t);
        assertEquals(270, t.get().fixClockwiseDegrees());
    }

    @Test
    void aPictureTurnedAQuarterCounterClockwiseNeedsAQuarterTurnClockwise() {
        Optional<PictureOrientation.Turn> t = judge(270, 0, 30);
        assertEquals(Optional.of(PictureOrientation.Turn.TURNED_LEFT), t);
        assertEquals(90, t.get().fixClockwiseDegrees());
    }

    @Test
    void anUpsideDownPictureIsToldAsSuch() {
        assertEquals(Optional.of(PictureOrientation.Turn.UPSIDE_DOWN), judge(180, 20, 30));
    }

    @Test
    void tooFewFramesOrNobodySayNothing() {
        assertEquals(Optional.empty(), judge(90, 0, 5));
        PictureOrientation o = new PictureOrientation(THIGH);
        for (int i = 0; i < 50; i++) {
            o.accept(new PoseFrame(i, i, W, H, Optional.empty()));
        }
        assertEquals(Optional.empty(), o.judgement());
    }

    @Test
    void aDirectionThatKeepsChangingIsNotTrusted() {
        PictureOrientation o = new PictureOrientation(THIGH);
        Random noise = new Random(1);
        for (int i = 0; i < 40; i++) {
            o.accept(kneeling(i % 4 * 90, 0, noise));
        }
        assertEquals(Optional.empty(), o.judgement());
    }
}
