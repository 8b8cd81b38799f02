package com.repcam.signal;

import java.util.Set;

/**
 * How far {@code point} is ahead of {@code reference} horizontally, in the direction the person faces, divided by
 * the length from {@code scaleFrom} to {@code scaleTo}. For the hands: wrist ahead of shoulder.
 */
public record ForwardOffsetSignal(Joint point, Joint reference, Joint scaleFrom, Joint scaleTo)
        implements SignalSpec {

    /** {@code forward_offset: [point, reference]} with {@code scale: [from, to]}. */
    public static final SignalKind KIND = new SignalKind("forward_offset", Set.of("scale"),
            ForwardOffsetSignal::parse);

    private static <X extends Exception> ForwardOffsetSignal parse(SignalFields<X> f) throws X {
        Joint[] j = f.joints("forward_offset", 2);
        Joint[] s = f.joints("scale", 2);
        return new ForwardOffsetSignal(j[0], j[1], s[0], s[1]);
    }

    @Override
    public Reading evaluate(PoseGeometry g) {
        double scale = Math.max(SignalSpec.distance(g.pixel(scaleFrom), g.pixel(scaleTo)), 1e-6);
        double ahead = (g.pixel(point)[0] - g.pixel(reference)[0]) * g.view().facing();
        return new Reading(ahead / scale, g.visibility(point, reference, scaleFrom, scaleTo));
    }

    @Override
    public String unit() {
        return "body";
    }
}
