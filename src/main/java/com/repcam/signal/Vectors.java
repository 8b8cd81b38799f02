package com.repcam.signal;

/** Small 3D vector arithmetic on {@code double[3]} for the world-space signals. */
final class Vectors {

    private Vectors() {
    }

    static double[] minus(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    /** The vector scaled to unit length (a zero vector stays zero). */
    static double[] unit(double[] a) {
        double n = Math.sqrt(dot(a, a));
        return n < 1e-12 ? new double[3] : new double[] {a[0] / n, a[1] / n, a[2] / n};
    }
}
