package com.repcam.signal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an exercise's named signals from each frame's pose geometry, each smoothed over time: a reading confident
 * enough to be trusted goes through its signal's {@link TimedSmoother}; a doubtful one is passed on raw (with its
 * low confidence, so nobody relies on it) and leaves the smoother's state alone. One instance per set; frames in
 * time order.
 */
public final class SignalReader {

    private final Map<String, SignalSpec> signals;
    private final double minConfidence;
    private final Map<String, TimedSmoother> smoothers = new LinkedHashMap<>();

    /**
     * @param signals          the signals by name, in the order readings are reported
     * @param smoothingSeconds time constant of the smoothing
     * @param minConfidence    below this a reading is not smoothed
     */
    public SignalReader(Map<String, SignalSpec> signals, double smoothingSeconds, double minConfidence) {
        this.signals = new LinkedHashMap<>(signals);
        this.minConfidence = minConfidence;
        for (String name : signals.keySet()) {
            smoothers.put(name, new TimedSmoother(smoothingSeconds));
        }
    }

    /** Every signal's reading on the frame at {@code micros}, in the signals' order. */
    public Map<String, Reading> read(long micros, PoseGeometry geometry) {
        Map<String, Reading> readings = new LinkedHashMap<>();
        for (Map.Entry<String, SignalSpec> s : signals.entrySet()) {
            Reading raw = s.getValue().evaluate(geometry);
            double value = raw.confidence() >= minConfidence
                    ? smoothers.get(s.getKey()).apply(micros, raw.value()) : raw.value();
            readings.put(s.getKey(), new Reading(value, raw.confidence()));
        }
        return readings;
    }
}
