package com.repcam.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate signals of a recording, frame by frame: time in seconds and, per signal, the smoothed value (NaN
 * where nobody was in view or the reading was not trusted).
 */
final class SignalSeries {

    private final List<Double> times = new ArrayList<>();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();

    void add(double seconds, Map<String, Double> frame) {
        times.add(seconds);
        for (String name : CandidateSignals.YAML.keySet()) {
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(frame.getOrDefault(name, Double.NaN));
        }
    }

    int frames() {
        return times.size();
    }

    double[] times() {
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    double[] values(String signal) {
        return values.getOrDefault(signal, List.of()).stream().mapToDouble(Double::doubleValue).toArray();
    }
}
