package com.repcam.signal;

import java.util.Set;

/**
 * How far {@code point} is ahead of {@code reference} horizontally, in the direction the person faces, divided by
 * the length from {@code scaleFrom} to {@code scaleTo}. For the hands: wrist ahead of shoulder.
 * <p>
 * With {@code space: world}: in the world landmarks, from the points between the sides, along the horizontal
 * direction from the hips to the shoulders (the way a body on all fours or kneeling faces), over the length between
 * the sides' scale points; the picture's offset shrinks as the body turns towards or away from the camera.
 */
public record ForwardOffsetSignal(Joint point, Joint reference, Joint scaleFrom, Joint scaleTo, Space space)
        implements SignalSpec {

    /** {@code forward_offset: [point, reference]} with {@code scale: [from, to]} and {@code space}. */
    public static final SignalKind KIND = new SignalKind("forward_offset", Set.of("scale", "space"),
            ForwardOffsetSignal::parse);

    private static <X extends Exception> ForwardOffsetSignal parse(SignalFields<X> f) throws X {
        Joint[] j = f.joints("forward_offset", 2);
        Joint[] s = f.joints("scale", 2);
        return new ForwardOffsetSignal(j[0], j[1], s[0], s[1], f.choice("space", Space.class, Space.IMAGE));
    }

    private static final Joint HIPS = Joint.parse("hip").orElseThrow();
    private static final Joint SHOULDERS = Joint.parse("shoulder").orElseThrow();

    @Override
    public Reading evaluate(PoseGeometry g) {
        if (space == Space.WORLD) {
            double[] from = g.worldBetweenSides(scaleFrom);
            double[] to = g.worldBetweenSides(scaleTo);
            double[] forward = Vectors.minus(g.worldBetweenSides(SHOULDERS), g.worldBetweenSides(HIPS));
            forward[1] = 0; // horizontal (y is down)
            forward = Vectors.unit(forward);
            double ahead = Vectors.dot(Vectors.minus(g.worldBetweenSides(point), g.worldBetweenSides(reference)),
                    forward);
            double scale = Math.max(SignalSpec.distance(from, to), 1e-6);
            return new Reading(ahead / scale, g.visibility(point, reference, scaleFrom, scaleTo));
        }
        double scale = Math.max(SignalSpec.distance(g.pixel(scaleFrom), g.pixel(scaleTo)), 1e-6);
        double ahead = (g.pixel(point)[0] - g.pixel(reference)[0]) * g.view().facing();
        return new Reading(ahead / scale, g.visibility(point, reference, scaleFrom, scaleTo));
    }

    @Override
    public String unit() {
        return "body";
    }
}
