package com.repcam.signal;

/**
 * A named measurement of the body that exercise definitions count and judge with. Sideless joints resolve to the
 * side nearer the camera. Every signal reports the lowest visibility of its landmarks as its confidence. Each kind
 * declares how an exercise file defines it ({@link SignalKind}); {@link SignalKinds} is the table of them.
 */
public interface SignalSpec {

    Reading evaluate(PoseGeometry geometry);

    /** Unit for reports: "deg" or "body" (a share of a body length). */
    String unit();

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
