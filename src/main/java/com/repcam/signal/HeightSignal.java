package com.repcam.signal;

import java.util.Set;

/**
 * How far {@code point} is above {@code reference} in the picture, divided by the length from {@code scaleFrom} to
 * {@code scaleTo} (for example the torso), so the value does not depend on distance to the camera. With {@code
 * space: world}: the same in the world landmarks (metres up over metres), which does not shrink as the body turns
 * from the camera the way the torso's length in the picture does.
 */
public record HeightSignal(Joint point, Joint reference, Joint scaleFrom, Joint scaleTo, Space space)
        implements SignalSpec {

    /** {@code height: [point, reference]} with {@code scale: [from, to]} and {@code space}. */
    public static final SignalKind KIND = new SignalKind("height", Set.of("scale", "space"), HeightSignal::parse);

    private static <X extends Exception> HeightSignal parse(SignalFields<X> f) throws X {
        Joint[] j = f.joints("height", 2);
        Joint[] s = f.joints("scale", 2);
        return new HeightSignal(j[0], j[1], s[0], s[1], f.choice("space", Space.class, Space.IMAGE));
    }

    @Override
    public Reading evaluate(PoseGeometry g) {
        if (space == Space.WORLD) {
            double scale = Math.max(SignalSpec.distance(g.world(scaleFrom), g.world(scaleTo)), 1e-6);
            double above = g.world(reference)[1] - g.world(point)[1];
            return new Reading(above / scale, g.visibility(point, reference, scaleFrom, scaleTo));
        }
        double scale = Math.max(SignalSpec.distance(g.pixel(scaleFrom), g.pixel(scaleTo)), 1e-6);
        double above = g.pixel(reference)[1] - g.pixel(point)[1];
        return new Reading(above / scale, g.visibility(point, reference, scaleFrom, scaleTo));
    }

    @Override
    public String unit() {
        return "body";
    }
}
