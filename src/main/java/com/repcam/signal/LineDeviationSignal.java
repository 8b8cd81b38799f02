package com.repcam.signal;

import java.util.Set;

/**
 * How far {@code point} leaves the straight line that runs from {@code from} through {@code through}, as the angle
 * at {@code through} in degrees: 0 on the line, positive when the point lies above it in the picture, negative
 * below. For the neck: hip, shoulder, ear; a head lifted (looking up) reads positive, a tucked chin negative.
 * <p>
 * With {@code space: world} the angle is measured in the world landmarks, in the body's own plane of bending (the
 * plane across the left-right line of the shoulders and hips), from the points halfway between the two sides:
 * positive towards the back of the body, negative towards its front. It reads the same from any camera angle, where
 * the picture's angle shrinks or grows as the body turns from the camera.
 */
public record LineDeviationSignal(Joint from, Joint through, Joint point, Space space) implements SignalSpec {

    /** {@code line_deviation: [from, through, point]}, with {@code space}. */
    public static final SignalKind KIND = new SignalKind("line_deviation", Set.of("space"),
            LineDeviationSignal::parse);

    private static <X extends Exception> LineDeviationSignal parse(SignalFields<X> f) throws X {
        Joint[] j = f.joints("line_deviation", 3);
        return new LineDeviationSignal(j[0], j[1], j[2], f.choice("space", Space.class, Space.IMAGE));
    }

    @Override
    public Reading evaluate(PoseGeometry g) {
        if (space == Space.WORLD) {
            return inWorld(g);
        }
        double[] a = g.pixel(from);
        double[] b = g.pixel(through);
        double[] p = g.pixel(point);
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double nx = p[0] - b[0];
        double ny = p[1] - b[1];
        double deviation = 180.0 - AngleSignal.angle3(a, b, p);
        // the normal of the line that points up in the picture (negative y)
        double ux = dy;
        double uy = -dx;
        if (uy > 0) {
            ux = -ux;
            uy = -uy;
        }
        double side = Math.signum(nx * ux + ny * uy);
        return new Reading(side >= 0 ? deviation : -deviation, g.visibility(from, through, point));
    }

    private Reading inWorld(PoseGeometry g) {
        double[] a = g.worldBetweenSides(from);
        double[] b = g.worldBetweenSides(through);
        double[] p = g.worldBetweenSides(point);
        double[] along = Vectors.unit(Vectors.minus(b, a));
        // world landmarks: x right, y down, z away from the camera; left x along points to the body's front
        double[] front = Vectors.unit(Vectors.cross(g.worldLeftward(), along));
        double[] out = Vectors.minus(p, b);
        double deviation = Math.toDegrees(Math.atan2(-Vectors.dot(out, front), Vectors.dot(out, along)));
        return new Reading(deviation, g.visibility(from, through, point));
    }

    @Override
    public String unit() {
        return "deg";
    }
}
