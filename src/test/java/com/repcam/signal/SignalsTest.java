package com.repcam.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Landmark;
import com.repcam.pose.Pose;
import com.repcam.pose.Roi;
import com.repcam.pose.WorldLandmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Geometry of the signals on hand-placed landmarks (pixels in a 100x100 image). */
class SignalsTest {

    /** Every landmark at the given pixel; others at (50, 50). Left side nearer (more visible). */
    private static Pose pose(Map<BodyLandmark, double[]> at, double lateralDepth) {
        List<Landmark> image = new ArrayList<>();
        List<WorldLandmark> world = new ArrayList<>();
        for (BodyLandmark b : BodyLandmark.values()) {
            double[] p = at.getOrDefault(b, new double[] {50, 50});
            boolean right = b.name().startsWith("RIGHT_");
            image.add(new Landmark(p[0] / 100, p[1] / 100, 0, right ? 0.3 : 0.9, 0.9));
            world.add(new WorldLandmark(p[0] / 100, p[1] / 100, right ? lateralDepth : -lateralDepth, 0.9, 0.9));
        }
        return new Pose(image, world, 0.9, new Roi(50, 50, 100, 0), Optional.empty());
    }

    private static PoseGeometry geometry(Pose p, int facing) {
        return new PoseGeometry(p, new CameraView(ViewKind.SIDE, Side.LEFT, 90, facing), 100, 100);
    }

    private static Joint j(String name) {
        return Joint.parse(name).orElseThrow();
    }

    @Test
    void rightAngleAtTheElbowReads90AndUsesTheNearSide() {
        Pose p = pose(Map.of(BodyLandmark.LEFT_SHOULDER, new double[] {10, 10}, BodyLandmark.LEFT_ELBOW,
                new double[] {10, 50}, BodyLandmark.LEFT_WRIST, new double[] {50, 50}), 0.2);
        Reading r = new AngleSignal(j("shoulder"), j("elbow"), j("wrist"), Space.IMAGE, false).evaluate(geometry(p, 1));
        assertEquals(90, r.value(), 1e-9);
        assertEquals(0.9, r.confidence(), 1e-9);
    }

    @Test
    void fullCircleAngleIsTheSameForBothFacingsAndGrowsThroughTheArmpitSide() {
        // facing right: hip behind (left), elbow ahead (right) and slightly above the shoulder
        Map<BodyLandmark, double[]> right = Map.of(BodyLandmark.LEFT_HIP, new double[] {10, 50},
                BodyLandmark.LEFT_SHOULDER, new double[] {50, 50}, BodyLandmark.LEFT_ELBOW, new double[] {90, 40});
        Map<BodyLandmark, double[]> left = Map.of(BodyLandmark.LEFT_HIP, new double[] {90, 50},
                BodyLandmark.LEFT_SHOULDER, new double[] {50, 50}, BodyLandmark.LEFT_ELBOW, new double[] {10, 40});
        AngleSignal s = new AngleSignal(j("hip"), j("shoulder"), j("elbow"), Space.IMAGE, true);
        double a = s.evaluate(geometry(pose(right, 0.2), 1)).value();
        double b = s.evaluate(geometry(pose(left, 0.2), -1)).value();
        assertEquals(a, b, 1e-9);
        // the arm above the trunk line opens the armpit side beyond 180
        assertEquals(180 + Math.toDegrees(Math.atan2(10, 40)), a, 1e-9);
    }

    @Test
    void earAboveTheTrunkLineIsPositiveAndBelowNegative() {
        LineDeviationSignal neck = new LineDeviationSignal(j("hip"), j("shoulder"), j("ear"), Space.IMAGE);
        Map<BodyLandmark, double[]> up = Map.of(BodyLandmark.LEFT_HIP, new double[] {10, 60},
                BodyLandmark.LEFT_SHOULDER, new double[] {50, 60}, BodyLandmark.LEFT_EAR, new double[] {70, 40});
        Map<BodyLandmark, double[]> down = Map.of(BodyLandmark.LEFT_HIP, new double[] {10, 60},
                BodyLandmark.LEFT_SHOULDER, new double[] {50, 60}, BodyLandmark.LEFT_EAR, new double[] {70, 80});
        assertEquals(45, neck.evaluate(geometry(pose(up, 0.2), 1)).value(), 1e-9);
        assertEquals(-45, neck.evaluate(geometry(pose(down, 0.2), 1)).value(), 1e-9);
    }

    /**
     * A body on all fours in world landmarks (x right, y down, z away from the camera), turned {@code yaw} degrees
     * about the vertical, its head {@code headUp} degrees above the trunk line (negative: tucked).
     */
    private static Pose onAllFours(double yaw, double headUp) {
        double a = Math.toRadians(yaw);
        double[] forward = {Math.cos(a), 0, Math.sin(a)};
        double[] up = {0, -1, 0};
        double[] left = Vectors.cross(up, forward);
        double h = Math.toRadians(headUp);
        Map<BodyLandmark, double[]> body = new java.util.EnumMap<>(BodyLandmark.class);
        java.util.function.BiFunction<Double, Double, double[]> at = (ahead, leftward) -> new double[] {
            ahead * forward[0] + leftward * left[0], ahead * forward[1] + leftward * left[1],
            ahead * forward[2] + leftward * left[2]};
        body.put(BodyLandmark.LEFT_HIP, at.apply(0.0, 0.15));
        body.put(BodyLandmark.RIGHT_HIP, at.apply(0.0, -0.15));
        body.put(BodyLandmark.LEFT_SHOULDER, at.apply(0.5, 0.18));
        body.put(BodyLandmark.RIGHT_SHOULDER, at.apply(0.5, -0.18));
        for (BodyLandmark wrist : List.of(BodyLandmark.LEFT_WRIST, BodyLandmark.RIGHT_WRIST)) {
            double[] w = at.apply(0.55, wrist == BodyLandmark.LEFT_WRIST ? 0.18 : -0.18);
            body.put(wrist, new double[] {w[0], w[1] + 0.6, w[2]}); // on the floor, 5 cm ahead of the shoulders
        }
        for (BodyLandmark ear : List.of(BodyLandmark.LEFT_EAR, BodyLandmark.RIGHT_EAR)) {
            double side = ear == BodyLandmark.LEFT_EAR ? 0.07 : -0.07;
            double[] e = at.apply(0.5 + 0.2 * Math.cos(h), side);
            body.put(ear, new double[] {e[0] + 0.2 * Math.sin(h) * up[0], e[1] + 0.2 * Math.sin(h) * up[1],
                e[2] + 0.2 * Math.sin(h) * up[2]});
        }
        List<Landmark> image = new ArrayList<>();
        List<WorldLandmark> world = new ArrayList<>();
        for (BodyLandmark b : BodyLandmark.values()) {
            double[] p = body.getOrDefault(b, new double[3]);
            image.add(new Landmark(0.5, 0.5, 0, 0.9, 0.9));
            world.add(new WorldLandmark(p[0], p[1], p[2], 0.9, 0.9));
        }
        return new Pose(image, world, 0.9, new Roi(50, 50, 100, 0), Optional.empty());
    }

    @Test
    void inTheWorldTheHeadOffTheTrunkLineReadsTheSameFromEveryCameraAngle() {
        LineDeviationSignal neck = new LineDeviationSignal(j("hip"), j("shoulder"), j("ear"), Space.WORLD);
        for (double yaw : new double[] {0, 25, 50, 180, 210, -40}) {
            for (double headUp : new double[] {-30, 0, 20}) {
                assertEquals(headUp, neck.evaluate(geometry(onAllFours(yaw, headUp), 1)).value(), 1e-9,
                        "turned " + yaw + " deg, head " + headUp);
            }
        }
    }

    @Test
    void inTheWorldTheTrunksInclineTheHeadsHeightAndTheHandsReadTheSameFromEveryCameraAngle() {
        InclineSignal trunk = new InclineSignal(j("hip"), j("shoulder"), true, Space.WORLD);
        HeightSignal earUp = new HeightSignal(j("ear"), j("shoulder"), j("shoulder"), j("hip"), Space.WORLD);
        for (double yaw : new double[] {0, 35, 50, 180}) {
            PoseGeometry g = geometry(onAllFours(yaw, 30), 1);
            assertEquals(0, trunk.evaluate(g).value(), 1e-9, "level trunk, turned " + yaw);
            // the ear 0.2 m out at 30 deg up: 0.1 m above the shoulder, over the near side's torso (0.5 m ahead,
            // 0.03 m apart across)
            assertEquals(0.1 / Math.hypot(0.5, 0.03), earUp.evaluate(g).value(), 1e-9, "turned " + yaw);
            assertEquals(0.1, new ForwardOffsetSignal(j("wrist"), j("shoulder"), j("shoulder"), j("hip"), Space.WORLD)
                    .evaluate(g).value(), 1e-9, "hands 5 cm ahead over a 0.5 m torso, turned " + yaw);
        }
    }

    @Test
    void heightAndForwardOffsetAreSharesOfTheTorso() {
        Map<BodyLandmark, double[]> at = Map.of(BodyLandmark.LEFT_HIP, new double[] {10, 60},
                BodyLandmark.LEFT_SHOULDER, new double[] {50, 60}, BodyLandmark.LEFT_EAR, new double[] {60, 50},
                BodyLandmark.LEFT_WRIST, new double[] {60, 95});
        PoseGeometry g = geometry(pose(at, 0.2), 1);
        assertEquals(0.25, new HeightSignal(j("ear"), j("shoulder"), j("shoulder"), j("hip"), Space.IMAGE).evaluate(g).value(),
                1e-9);
        assertEquals(0.25, new ForwardOffsetSignal(j("wrist"), j("shoulder"), j("shoulder"), j("hip"), Space.IMAGE)
                .evaluate(g).value(), 1e-9);
        PoseGeometry mirrored = geometry(pose(at, 0.2), -1);
        assertEquals(-0.25, new ForwardOffsetSignal(j("wrist"), j("shoulder"), j("shoulder"), j("hip"), Space.IMAGE)
                .evaluate(mirrored).value(), 1e-9);
    }

    @Test
    void viewIsSideWhenTheShoulderLinePointsAtTheCameraAndFrontWhenItLiesAcross() {
        Map<BodyLandmark, double[]> across = Map.of(BodyLandmark.LEFT_SHOULDER, new double[] {70, 30},
                BodyLandmark.RIGHT_SHOULDER, new double[] {30, 30}, BodyLandmark.LEFT_HIP, new double[] {65, 70},
                BodyLandmark.RIGHT_HIP, new double[] {35, 70});
        CameraView front = ViewEstimator.standard().estimate(pose(across, 0.0));
        assertEquals(ViewKind.FRONT, front.kind());
        Map<BodyLandmark, double[]> stacked = Map.of(BodyLandmark.LEFT_SHOULDER, new double[] {50, 30},
                BodyLandmark.RIGHT_SHOULDER, new double[] {52, 30}, BodyLandmark.LEFT_HIP, new double[] {50, 70},
                BodyLandmark.RIGHT_HIP, new double[] {52, 70}, BodyLandmark.NOSE, new double[] {60, 20});
        CameraView side = ViewEstimator.standard().estimate(pose(stacked, 0.2));
        assertEquals(ViewKind.SIDE, side.kind());
        assertEquals(Side.LEFT, side.nearSide());
        assertEquals(1, side.facing());
        assertTrue(side.yawDegrees() > 80, "yaw " + side.yawDegrees());
    }

    @Test
    void jointNamesResolveWithAndWithoutSide() {
        assertEquals(BodyLandmark.RIGHT_ELBOW, j("elbow").on(Side.RIGHT));
        assertEquals(BodyLandmark.LEFT_ELBOW, j("left_elbow").on(Side.RIGHT));
        assertEquals(BodyLandmark.NOSE, j("nose").on(Side.LEFT));
        assertEquals(BodyLandmark.MOUTH_LEFT, j("mouth").on(Side.LEFT));
        assertTrue(Joint.parse("sholder").isEmpty());
    }

    @Test
    void inclineIsSignedAndWithBothSidesUsesThePointBetweenTheLeftAndRightLandmarks() {
        // near (left) shoulder 20 px above the hips, the far one level with them: 45 deg near side only, and the
        // point between the shoulders 10 px above the hips
        Map<BodyLandmark, double[]> at = Map.of(BodyLandmark.LEFT_HIP, new double[] {10, 60},
                BodyLandmark.RIGHT_HIP, new double[] {10, 60}, BodyLandmark.LEFT_SHOULDER, new double[] {30, 40},
                BodyLandmark.RIGHT_SHOULDER, new double[] {30, 60});
        Pose p = pose(at, 0.2);
        assertEquals(45, new InclineSignal(j("hip"), j("shoulder"), false, Space.IMAGE).evaluate(geometry(p, 1)).value(), 1e-9);
        assertEquals(Math.toDegrees(Math.atan2(10, 20)),
                new InclineSignal(j("hip"), j("shoulder"), true, Space.IMAGE).evaluate(geometry(p, 1)).value(), 1e-9);
        // shoulders below the hips read negative; a fixed-side joint keeps its own side with both_sides
        Map<BodyLandmark, double[]> down = Map.of(BodyLandmark.LEFT_HIP, new double[] {10, 40},
                BodyLandmark.RIGHT_SHOULDER, new double[] {30, 60}, BodyLandmark.LEFT_SHOULDER, new double[] {30, 20});
        assertEquals(-45, new InclineSignal(j("left_hip"), j("right_shoulder"), true, Space.IMAGE)
                .evaluate(geometry(pose(down, 0.2), 1)).value(), 1e-9);
    }
}
