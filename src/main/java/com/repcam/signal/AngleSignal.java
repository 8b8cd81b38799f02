package com.repcam.signal;

/**
 * The angle at {@code vertex} between the segments to {@code a} and to {@code c}, in degrees. In image space it can
 * be measured all the way round ({@code fullCircle}): from the segment to {@code a} turning through the person's
 * front-down side, 0 to 360, the same whichever way the person faces in the picture.
 */
public record AngleSignal(Joint a, Joint vertex, Joint c, Space space, boolean fullCircle) implements SignalSpec {

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
