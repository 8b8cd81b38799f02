package com.repcam.exercise;

import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Landmark;
import com.repcam.pose.Pose;
import com.repcam.pose.Roi;
import com.repcam.pose.WorldLandmark;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A kinematic stick figure in the two exercise postures, for driving the exercise layer without video. Joints
 * are placed in body coordinates (forward, up, lateral; metres), then seen by a camera from the side (view angle
 * 0), obliquely or from the front (90), facing right or left, with optional pixel jitter. The near side is the
 * person's left.
 */
final class StickFigure {

    enum Exercise { THORACIC_EXTENSION, QUADRUPED_PLUS, STANDING }

    /**
     * What the body does in one frame.
     *
     * @param elbowLift metres the elbows are lifted off the chair seat (thoracic extension only)
     * @param standing  0 in the exercise's position, 1 standing upright, in between getting down (or up): every
     *                  joint on the straight line between its place in the rest position and standing
     * @param shift     metres the whole body is moved forward (walking)
     */
    record Posture(Exercise exercise, double depth, double neckDegrees, boolean bentElbows, double handsForward,
                   double elbowLift, double standing, double shift) {
        Posture(Exercise exercise, double depth, double neckDegrees, boolean bentElbows, double handsForward,
                double elbowLift) {
            this(exercise, depth, neckDegrees, bentElbows, handsForward, elbowLift, 0, 0);
        }

        static Posture rest(Exercise e) {
            return new Posture(e, 0, 0, false, 0, 0);
        }

        /** Standing (or walking, arms swinging by {@code swing} of the standing arm raise) {@code shift} metres on. */
        static Posture upright(Exercise e, double swing, double shift) {
            return new Posture(e, swing, 0, false, 0, 0, 1, shift);
        }

        /** Part of the way down from standing ({@code standing} 1) to the rest position of the exercise (0). */
        static Posture gettingDown(Exercise e, double standing) {
            return new Posture(e, 0, 0, false, 0, 0, standing, 0);
        }
    }

    static final double HALF_WIDTH = 0.17;
    private static final double SCALE = 400;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    private final double viewDegrees;
    private final int facing;
    private final double jitterPixels;
    private final Random random;

    StickFigure(double viewDegrees, int facing, double jitterPixels, long seed) {
        this.viewDegrees = viewDegrees;
        this.facing = facing;
        this.jitterPixels = jitterPixels;
        this.random = new Random(seed);
    }

    static int width() {
        return WIDTH;
    }

    static int height() {
        return HEIGHT;
    }

    /** Sagittal joints (forward, up) of one side for a posture. */
    private static Map<String, double[]> sagittal(Posture p) {
        if (p.standing() > 0 || p.shift() != 0) {
            Map<String, double[]> rest = sagittalOf(Posture.rest(p.exercise()));
            // standing where the knees will go down: ankles just behind the knees' place on the mat
            Map<String, double[]> up = sagittalOf(new Posture(Exercise.STANDING, p.depth(), 0, false, 0, 0));
            double g = p.standing();
            Map<String, double[]> j = new java.util.HashMap<>();
            for (String k : rest.keySet()) {
                double[] a = rest.get(k);
                double[] b = up.get(k);
                double bx = k.equals("trunk_length") ? b[0] : b[0] - 0.1;
                j.put(k, new double[] {a[0] + (bx - a[0]) * g + (k.equals("trunk_length") ? 0 : p.shift()),
                    a[1] + (b[1] - a[1]) * g});
            }
            return j;
        }
        return sagittalOf(p);
    }

    private static Map<String, double[]> sagittalOf(Posture p) {
        Map<String, double[]> j = new java.util.HashMap<>();
        double[] knee;
        double[] hip;
        double[] shoulder;
        double[] elbow;
        double[] wrist;
        double[] ankle;
        switch (p.exercise()) {
            case THORACIC_EXTENSION -> {
                knee = new double[] {0, 0};
                ankle = new double[] {-0.4, 0.02};
                // the renderer's linkage (tools/render/motion.py), with the chest sinking as far as BlazePose
                // reads it on the rendered samples: trunk incline about 8 deg at the top, 35 deg at depth
                hip = new double[] {0.05 + 0.14 * p.depth(), 0.51 - 0.04 * p.depth()};
                shoulder = new double[] {0.56 + 0.1 * p.depth(), 0.44 - 0.30 * p.depth()};
                elbow = new double[] {0.88, 0.47 + p.elbowLift()};
                wrist = new double[] {1.12, 0.49 + p.elbowLift()};
            }
            case QUADRUPED_PLUS -> {
                knee = new double[] {0, 0};
                ankle = new double[] {-0.4, 0.02};
                hip = new double[] {0.02, 0.5};
                double lift = 0.035 * p.depth();
                double drop = p.bentElbows() ? 0.03 : 0; // a moderate bend: about 145 deg at the elbow
                // as BlazePose sees the rendered figure: the shoulder landmark rises with the upper back
                shoulder = new double[] {0.62, 0.6 + lift - drop};
                wrist = new double[] {0.62 + p.handsForward(), 0};
                elbow = p.bentElbows() ? new double[] {0.62 + p.handsForward() / 2 - 0.09, 0.27}
                        : new double[] {0.62 + p.handsForward() / 2, 0.3 + lift * 0.15 - drop / 2};
            }
            default -> {
                // standing; depth raises the straight arm forward from hanging (0) to overhead-forward (1)
                ankle = new double[] {0, 0};
                knee = new double[] {0, 0.5};
                hip = new double[] {0, 0.95};
                shoulder = new double[] {0, 1.45};
                double a = Math.toRadians(-90 + 150 * p.depth());
                elbow = new double[] {0.3 * Math.cos(a), 1.45 + 0.3 * Math.sin(a)};
                wrist = new double[] {0.55 * Math.cos(a), 1.45 + 0.55 * Math.sin(a)};
            }
        }
        double[] trunk = {shoulder[0] - hip[0], shoulder[1] - hip[1]};
        double tl = Math.hypot(trunk[0], trunk[1]);
        double base = Math.atan2(trunk[1], trunk[0]);
        // the head continues the trunk line, lifted by the neck angle (and by the upper back rising in a plus)
        double lift = p.exercise() == Exercise.QUADRUPED_PLUS ? 0.03 * p.depth() : 0;
        double neck = base + Math.toRadians(p.neckDegrees()) + Math.toRadians(8);
        double[] ear = {shoulder[0] + 0.2 * Math.cos(neck), shoulder[1] + 0.2 * Math.sin(neck) + lift};
        double face = neck - Math.toRadians(35);
        double[] nose = {ear[0] + 0.1 * Math.cos(face), ear[1] + 0.1 * Math.sin(face)};
        j.put("knee", knee);
        j.put("ankle", ankle);
        j.put("hip", hip);
        j.put("shoulder", shoulder);
        j.put("elbow", elbow);
        j.put("wrist", wrist);
        j.put("ear", ear);
        j.put("nose", nose);
        j.put("trunk_length", new double[] {tl, 0});
        return j;
    }

    private static String jointFor(BodyLandmark b) {
        String n = b.jsonName().replace("left_", "").replace("right_", "").replace("_left", "").replace("_right", "");
        return switch (n) {
            case "pinky", "index", "thumb" -> "wrist";
            case "heel", "foot_index" -> "ankle";
            case "eye_inner", "eye", "eye_outer", "mouth" -> "nose";
            default -> n;
        };
    }

    Pose pose(Posture posture) {
        Map<String, double[]> j = sagittal(posture);
        double phi = Math.toRadians(viewDegrees);
        double[] hipMid = j.get("hip");
        List<Landmark> image = new ArrayList<>();
        List<WorldLandmark> world = new ArrayList<>();
        Map<BodyLandmark, double[]> placed = new EnumMap<>(BodyLandmark.class);
        for (BodyLandmark b : BodyLandmark.values()) {
            double[] s = j.get(jointFor(b));
            int side = com.repcam.overlay.Skeleton.side(b);
            double lateral = side * HALF_WIDTH * (jointFor(b).equals("nose") ? 0.2 : 1);
            if (b == BodyLandmark.NOSE) {
                lateral = 0;
            }
            double h = s[0] * Math.cos(phi) + lateral * Math.sin(phi);
            double depth = -s[0] * Math.sin(phi) + lateral * Math.cos(phi);
            double x = 180 + facing * h * SCALE + (facing < 0 ? 280 : 0) + jitter();
            double y = 420 - s[1] * SCALE + jitter();
            boolean far = side > 0 && viewDegrees < 60;
            double visibility = far ? 0.3 : 0.95;
            image.add(new Landmark(x / WIDTH, y / HEIGHT, depth / 2, visibility, 0.99));
            // world x mirrored against the picture: a real body with its left side to the camera faces the
            // picture's left, and world-space signals that tell front from back (the neck's plane of bending)
            // need the world landmarks of a real body; the picture keeps the facing asked for
            world.add(new WorldLandmark(-facing * (h - hipMid[0] * Math.cos(phi)), -(s[1] - hipMid[1]), depth,
                    visibility, 0.99));
            placed.put(b, s);
        }
        return new Pose(image, world, 0.98, new Roi(320, 240, 400, 0), Optional.empty());
    }

    private double jitter() {
        return jitterPixels == 0 ? 0 : random.nextGaussian() * jitterPixels;
    }
}
