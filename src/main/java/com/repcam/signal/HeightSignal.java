package com.repcam.signal;

import java.util.Set;

/**
 * How far {@code point} is above {@code reference} in the picture, divided by the length from {@code scaleFrom} to
 * {@code scaleTo} (for example the torso), so the value does not depend on distance to the camera.
 */
public record HeightSignal(Joint point, Joint reference, Joint scaleFrom, Joint scaleTo) implements SignalSpec {

    /** {@code height: [point, reference]} with {@code scale: [from, to]}. */
    public static final SignalKind KIND = new SignalKind("height", Set.of("scale"), HeightSignal::parse);

    private static <X extends Exception> HeightSignal parse(SignalFields<X> f) throws X {
        Joint[] j = f.joints("height", 2);
        Joint[] s = f.joints("scale", 2);
        return new HeightSignal(j[0], j[1], s[0], s[1]);
    }

    @Override
    public Reading evaluate(PoseGeometry g) {
        double scale = Math.max(SignalSpec.distance(g.pixel(scaleFrom), g.pixel(scaleTo)), 1e-6);
        double above = g.pixel(reference)[1] - g.pixel(point)[1];
        return new Reading(above / scale, g.visibility(point, reference, scaleFrom, scaleTo));
    }

    @Override
    public String unit() {
        return "body";
    }
}
