package com.repcam.signal;

/** The angle of the segment from {@code from} to {@code to} above the horizontal of the picture, 0 to 90 degrees. */
public record InclineSignal(Joint from, Joint to) implements SignalSpec {

    @Override
    public Reading evaluate(PoseGeometry g) {
        double[] a = g.pixel(from);
        double[] b = g.pixel(to);
        double deg = Math.toDegrees(Math.atan2(Math.abs(b[1] - a[1]), Math.abs(b[0] - a[0])));
        return new Reading(deg, g.visibility(from, to));
    }

    @Override
    public String unit() {
        return "deg";
    }
}
