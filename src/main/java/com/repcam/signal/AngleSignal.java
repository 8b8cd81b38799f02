package com.repcam.signal;

import java.util.Set;

/**
 * The angle at {@code vertex} between the segments to {@code a} and to {@code c}, in degrees. In image space it can
 * be measured all the way round ({@code fullCircle}): from the segment to {@code a} turning through the person's
 * front-down side, 0 to 360, the same whichever way the person faces in the picture.
 */
public record AngleSignal(Joint a, Joint vertex, Joint c, Space space, boolean fullCircle) implements SignalSpec {

    /** {@code angle: [a, vertex, c]}, with {@code full_circle} (0-360 deg, image space only) and {@code space}. */
    public static final SignalKind KIND = new SignalKind("angle", Set.of("full_circle", "space"), AngleSignal::parse);

    private static <X extends Exception> AngleSignal parse(SignalFields<X> f) throws X {
        Joint[] j = f.joints("angle", 3);
        boolean full = f.flag("full_circle", false);
        Space space = f.choice("space", Space.class, Space.IMAGE);
        if (full && space == Space.WORLD) {
            throw f.invalid("full_circle", "a full-circle angle needs space: image");
        }
        return new AngleSignal(j[0], j[1], j[2], space, full);
    }

    public AngleSignal {
        if (fullCircle && space == Space.WORLD) {
            throw new IllegalArgumentException("a full-circle angle is measured in the image plane only");
        }
    }

    @Override
    public Reading evaluate(PoseGeometry g) {
        double confidence = g.visibility(a, vertex, c);
        if (space == Space.WORLD) {
            return new Reading(angle3(g.world(a), g.world(vertex), g.world(c)), confidence);
        }
        double[] p = g.pixel(a);
        double[] v = g.pixel(vertex);
        double[] q = g.pixel(c);
        double ux = p[0] - v[0];
        double uy = p[1] - v[1];
        double wx = q[0] - v[0];
        double wy = q[1] - v[1];
        if (!fullCircle) {
            return new Reading(angle3(p, v, q), confidence);
        }
        // measured from the segment to a, turning through the person's front-down side (for hip-shoulder-elbow:
        // the armpit side, which opens as the chest sinks); mirrored for a person facing left so both read alike
        double signed = Math.toDegrees(Math.atan2(ux * wy - uy * wx, ux * wx + uy * wy));
        signed *= -g.view().facing();
        return new Reading((signed % 360 + 360) % 360, confidence);
    }

    static double angle3(double[] p, double[] v, double[] q) {
        double dot = 0;
        double nu = 0;
        double nw = 0;
        for (int i = 0; i < p.length; i++) {
            double u = p[i] - v[i];
            double w = q[i] - v[i];
            dot += u * w;
            nu += u * u;
            nw += w * w;
        }
        double cos = dot / Math.sqrt(Math.max(nu * nw, 1e-12));
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    @Override
    public String unit() {
        return "deg";
    }
}
