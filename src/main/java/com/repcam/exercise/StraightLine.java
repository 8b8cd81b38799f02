package com.repcam.exercise;

import java.util.List;

/**
 * A straight line {@code y = atZero + slope * x}, fitted by least squares.
 *
 * @param atZero the line's value at x = 0
 * @param slope  its change in y per unit of x
 */
record StraightLine(double atZero, double slope) {

    /** The line's value at {@code x}. */
    double at(double x) {
        return atZero + slope * x;
    }

    /** The least-squares line through the points ({x, y} each), or null for fewer than two or no spread in x. */
    static StraightLine fit(List<double[]> points) {
        int n = points.size();
        if (n < 2) {
            return null;
        }
        double sx = 0;
        double sy = 0;
        for (double[] p : points) {
            sx += p[0];
            sy += p[1];
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        if (sxx <= 0) {
            return null;
        }
        double slope = sxy / sxx;
        return new StraightLine(my - slope * mx, slope);
    }
}
