package com.repcam.signal;

import java.util.Set;

/**
 * The angle of the segment from {@code from} to {@code to} against the horizontal of the picture, -90 to 90
 * degrees: positive when {@code to} is higher in the picture than {@code from}, negative when lower. Signed, so
 * that a trunk passing through level (the thoracic extension's chest sinking from just above the hips to below
 * them) keeps moving one way. With {@code both_sides} a sideless joint is the point halfway between its left and
 * right landmark rather than the near one ({@link PoseGeometry#pixelBetweenSides}).
 * <p>
 * With {@code space: world} the segment's angle against the horizontal is measured in the world landmarks (always
 * between the sides), so it does not grow or shrink with the camera's angle to the body the way a foreshortened
 * line in the picture does; the world landmarks' vertical is the camera's, so a camera looking down adds a constant
 * that the person's own start position takes out.
 */
public record InclineSignal(Joint from, Joint to, boolean bothSides, Space space) implements SignalSpec {

    /** {@code incline: [from, to]}, with {@code both_sides} and {@code space}. */
    public static final SignalKind KIND = new SignalKind("incline", Set.of("both_sides", "space"),
            InclineSignal::parse);

    private static <X extends Exception> InclineSignal parse(SignalFields<X> f) throws X {
        Joint[] j = f.joints("incline", 2);
        return new InclineSignal(j[0], j[1], f.flag("both_sides", false), f.choice("space", Space.class, Space.IMAGE));
    }

    @Override
    public Reading evaluate(PoseGeometry g) {
        if (space == Space.WORLD) {
            double[] d = Vectors.minus(g.worldBetweenSides(to), g.worldBetweenSides(from));
            double deg = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, -d[1] / Math.sqrt(Vectors.dot(d, d))))));
            return new Reading(deg, g.visibility(from, to));
        }
        double[] a = bothSides ? g.pixelBetweenSides(from) : g.pixel(from);
        double[] b = bothSides ? g.pixelBetweenSides(to) : g.pixel(to);
        double deg = Math.toDegrees(Math.atan2(a[1] - b[1], Math.abs(b[0] - a[0])));
        return new Reading(deg, g.visibility(from, to));
    }

    @Override
    public String unit() {
        return "deg";
    }
}
