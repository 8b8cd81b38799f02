package com.repcam.live;

import static com.repcam.pose.BodyLandmark.LEFT_ANKLE;
import static com.repcam.pose.BodyLandmark.LEFT_EAR;
import static com.repcam.pose.BodyLandmark.LEFT_HIP;
import static com.repcam.pose.BodyLandmark.LEFT_KNEE;
import static com.repcam.pose.BodyLandmark.LEFT_SHOULDER;
import static com.repcam.pose.BodyLandmark.LEFT_WRIST;
import static com.repcam.pose.BodyLandmark.NOSE;
import static com.repcam.pose.BodyLandmark.RIGHT_ANKLE;
import static com.repcam.pose.BodyLandmark.RIGHT_EAR;
import static com.repcam.pose.BodyLandmark.RIGHT_HIP;
import static com.repcam.pose.BodyLandmark.RIGHT_KNEE;
import static com.repcam.pose.BodyLandmark.RIGHT_SHOULDER;
import static com.repcam.pose.BodyLandmark.RIGHT_WRIST;

import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Landmark;
import com.repcam.pose.Pose;
import com.repcam.signal.ViewEstimator;
import com.repcam.signal.ViewKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The camera set-up guide before the first set: from each frame's pose and the picture's brightness it finds what
 * keeps RepCam from seeing the exercise (nobody in view, body parts out of the picture and on which edge, filmed
 * face-on, too far away, too dark) and gives one piece of advice at a time, once the problem has lasted
 * {@link #PERSIST_SECONDS} (one bad frame is no reason to talk), no more often than {@link #GAP_SECONDS}, and the same
 * advice not again within {@link #SAME_GAP_SECONDS}. When every problem told of is gone it says so once. Pure: the
 * frames' own time, no pixels but the mean brightness.
 */
final class SetupGuide {

    static final double PERSIST_SECONDS = 1.5;
    static final double GAP_SECONDS = 6;
    static final double SAME_GAP_SECONDS = 20;
    /** A landmark this close to an edge (share of the picture) or beyond counts as out of the picture. */
    static final double EDGE = 0.01;
    /** The body spans less than this share of the picture's larger side: too far away. */
    static final double SMALLEST_SPAN = 0.3;
    /** Mean luma (0-255) under this: too dark for the landmark model. */
    static final double DARKEST = 45;

    private static final Map<String, List<BodyLandmark>> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("your head", List.of(NOSE, LEFT_EAR, RIGHT_EAR));
        PARTS.put("your feet", List.of(LEFT_ANKLE, RIGHT_ANKLE));
        PARTS.put("your knees", List.of(LEFT_KNEE, RIGHT_KNEE));
        PARTS.put("your hips", List.of(LEFT_HIP, RIGHT_HIP));
        PARTS.put("your hands", List.of(LEFT_WRIST, RIGHT_WRIST));
        PARTS.put("your shoulders", List.of(LEFT_SHOULDER, RIGHT_SHOULDER));
    }

    /** One problem: a key that tells it from others, and the advice. */
    record Problem(String key, String advice) {
    }

    private static final ViewEstimator VIEWS = ViewEstimator.standard();
    private String current;
    private long currentSince;
    private long lastSaid = Long.MIN_VALUE / 2;
    private final Map<String, Long> said = new LinkedHashMap<>();
    private boolean toldAllGood;

    /**
     * @param pose       the pose of the frame, or empty when nobody was found
     * @param brightness the picture's mean luma (0-255)
     * @param views      the views the exercise is counted from
     * @return the advice to give now, if any
     */
    Optional<String> accept(long micros, Optional<Pose> pose, double brightness, Set<ViewKind> allowed) {
        Optional<Problem> p = problem(pose, brightness, allowed);
        String key = p.map(Problem::key).orElse(null);
        if (!java.util.Objects.equals(key, current)) {
            current = key;
            currentSince = micros;
        }
        if ((micros - currentSince) / 1e6 < PERSIST_SECONDS || (micros - lastSaid) / 1e6 < GAP_SECONDS) {
            return Optional.empty();
        }
        if (p.isEmpty()) {
            if (!said.isEmpty() && !toldAllGood) {
                toldAllGood = true;
                lastSaid = micros;
                return Optional.of("Good: I can see all of you.");
            }
            return Optional.empty();
        }
        Long before = said.get(key);
        if (before != null && (micros - before) / 1e6 < SAME_GAP_SECONDS) {
            return Optional.empty();
        }
        said.put(key, micros);
        lastSaid = micros;
        toldAllGood = false;
        return Optional.of(p.get().advice());
    }

    /** The first problem of this frame, most important first. */
    static Optional<Problem> problem(Optional<Pose> pose, double brightness, Set<ViewKind> allowed) {
        if (brightness < DARKEST) {
            return Optional.of(new Problem("dark", "It is too dark for me to see you well: turn on a light, or "
                    + "face a window."));
        }
        if (pose.isEmpty()) {
            return Optional.of(new Problem("nobody", "I cannot see anyone: step into the picture, with your whole "
                    + "body in view, side-on to the camera."));
        }
        Pose p = pose.get();
        List<String> out = new ArrayList<>();
        String edge = null;
        for (Map.Entry<String, List<BodyLandmark>> part : PARTS.entrySet()) {
            for (BodyLandmark b : part.getValue()) {
                String e = edgeOf(p.landmark(b));
                if (e != null) {
                    out.add(part.getKey());
                    edge = edge == null ? e : edge;
                    break;
                }
            }
        }
        if (!out.isEmpty()) {
            String which = out.size() == 1 ? out.get(0) : String.join(", ", out.subList(0, out.size() - 1))
                    + " and " + out.get(out.size() - 1);
            String fix = switch (edge) {
                case "bottom" -> "move the camera further away, or tilt it down";
                case "top" -> "move the camera further away, or tilt it up";
                default -> "move to the middle of the picture, or the camera further away";
            };
            return Optional.of(new Problem("out:" + String.join(",", out), capital(which) + (which.equals("your head")
                    ? " is" : " are") + " out of the picture (at the " + edge + "): " + fix
                    + "."));
        }
        ViewKind kind = VIEWS.estimate(p).kind();
        if (!allowed.contains(kind)) {
            return Optional.of(new Problem("view", "Turn the camera to your side: I count this exercise from the "
                    + "side or at an angle, and I see you from the " + kind.name().toLowerCase(Locale.ROOT) + "."));
        }
        double span = span(p);
        if (span < SMALLEST_SPAN) {
            return Optional.of(new Problem("far", String.format(Locale.ROOT, "Come closer to the camera: you fill "
                    + "only %.0f%% of the picture.", 100 * span)));
        }
        return Optional.empty();
    }

    private static String edgeOf(Landmark l) {
        if (l.y() > 1 - EDGE) {
            return "bottom";
        }
        if (l.y() < EDGE) {
            return "top";
        }
        if (l.x() < EDGE) {
            return "left";
        }
        if (l.x() > 1 - EDGE) {
            return "right";
        }
        return null;
    }

    /** The larger of the body's width and height, as a share of the picture. */
    private static double span(Pose p) {
        double x0 = 1;
        double x1 = 0;
        double y0 = 1;
        double y1 = 0;
        for (List<BodyLandmark> part : PARTS.values()) {
            for (BodyLandmark b : part) {
                Landmark l = p.landmark(b);
                x0 = Math.min(x0, l.x());
                x1 = Math.max(x1, l.x());
                y0 = Math.min(y0, l.y());
                y1 = Math.max(y1, l.y());
            }
        }
        return Math.max(x1 - x0, y1 - y0);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
