package com.repcam.signal;

/**
 * How far {@code point} is ahead of {@code reference} horizontally, in the direction the person faces, divided by
 * the length from {@code scaleFrom} to {@code scaleTo}. For the hands: wrist ahead of shoulder.
 */
public record ForwardOffsetSignal(Joint point, Joint reference, Joint scaleFrom, Joint scaleTo)
        implements SignalSpec {

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
