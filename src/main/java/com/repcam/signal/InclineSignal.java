package com.repcam.signal;

import java.util.Set;

/**
 * The angle of the segment from {@code from} to {@code to} against the horizontal of the picture, -90 to 90
 * degrees: positive when {@code to} is higher in the picture than {@code from}, negative when lower. Signed, so
 * that a trunk passing through level (the thoracic extension's chest sinking from just above the hips to below
 * them) keeps moving one way. With {@code both_sides} a sideless joint is the point halfway between its left and
 * right landmark rather than the near one ({@link PoseGeometry#pixelBetweenSides}).
 */
public record InclineSignal(Joint from, Joint to, boolean bothSides) implements SignalSpec {

    /** {@code incline: [from, to]}, with {@code both_sides}. */
    public static final SignalKind KIND = new SignalKind("incline", Set.of("both_sides"), InclineSignal::parse);

    private static <X extends Exception> InclineSignal parse(SignalFields<X> f) throws X {
        Joint[] j = f.joints("incline", 2);
        return new InclineSignal(j[0], j[1], f.flag("both_sides", false));
    }

    @Override
    public Reading evaluate(PoseGeometry g) {
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
