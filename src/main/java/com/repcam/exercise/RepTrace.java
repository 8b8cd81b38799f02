package com.repcam.exercise;

import java.util.ArrayList;
import java.util.List;

/** The counting signal's excursion through one rep, kept to measure the rep's phases against its own depth. */
final class RepTrace {

    private final List<Long> times = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();

    void clear() {
        times.clear();
        values.clear();
    }

    void add(long micros, double excursion) {
        times.add(micros);
        values.add(excursion);
    }

    /** Seconds going down, at depth (excursion at or above {@code depthLevel}), and coming back. */
    double[] phases(long startMicros, long endMicros, double depthLevel) {
        long firstAtDepth = -1;
        long lastAtDepth = -1;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) >= depthLevel) {
                long t = times.get(i);
                if (firstAtDepth < 0) {
                    firstAtDepth = t;
                }
                lastAtDepth = t;
            }
        }
        if (firstAtDepth < 0) {
            return new double[] {0, 0, (endMicros - startMicros) / 1e6};
        }
        return new double[] {(firstAtDepth - startMicros) / 1e6, (lastAtDepth - firstAtDepth) / 1e6,
            (endMicros - lastAtDepth) / 1e6};
    }
}
