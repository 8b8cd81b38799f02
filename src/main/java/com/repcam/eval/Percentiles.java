package com.repcam.eval;

import java.util.Arrays;

/** Order statistics of a sample (durations, timing errors). */
public record Percentiles(double median, double p10, double p90, double mean, int count) {

    public static Percentiles of(double[] values) {
        if (values.length == 0) {
            return new Percentiles(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] s = values.clone();
        Arrays.sort(s);
        return new Percentiles(at(s, 0.5), at(s, 0.1), at(s, 0.9), Arrays.stream(s).average().orElse(Double.NaN),
                s.length);
    }

    private static double at(double[] sorted, double q) {
        double pos = (sorted.length - 1) * q;
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
