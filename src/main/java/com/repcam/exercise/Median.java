package com.repcam.exercise;

import java.util.Arrays;

/** The middle of a sample: its middle value, or the mean of the two middle values when the count is even. */
final class Median {

    private Median() {
    }

    /** The median of the values (the array is left as it is); NaN when there are none. */
    static double of(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
