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

    /** A copy that later samples of this trace do not change. */
    RepTrace copy() {
        RepTrace c = new RepTrace();
        c.times.addAll(times);
        c.values.addAll(values);
        return c;
    }

    /** This trace followed by the samples of {@code later} after its last one, each moved by {@code shift}. */
    RepTrace followedBy(RepTrace later, double shift) {
        RepTrace c = copy();
        long last = times.isEmpty() ? Long.MIN_VALUE : lastMicros();
        for (int i = 0; i < later.times.size(); i++) {
            if (later.times.get(i) > last) {
                c.add(later.times.get(i), later.values.get(i) + shift);
            }
        }
        return c;
    }

    /**
     * Where a straight line fitted (least squares) to the samples of the last {@code windowSeconds} up to
     * {@code nowMicros} reaches an excursion of zero, or -1 when fewer than two samples are in the window or the
     * line is not coming back.
     */
    long reachesStartAt(long nowMicros, double windowSeconds) {
        long from = nowMicros - Math.round(windowSeconds * 1e6);
        List<double[]> window = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            long t = times.get(i);
            if (t >= from && t <= nowMicros) {
                window.add(new double[] {(t - nowMicros) / 1e6, values.get(i)});
            }
        }
        StraightLine line = StraightLine.fit(window);
        if (line == null || line.slope() >= 0) {
            return -1;
        }
        return nowMicros + Math.round(-line.atZero() / line.slope() * 1e6);
    }

    /** Keeps the samples from {@code fromMicros} on, each less {@code shift}: the rep measured from a farther start. */
    void rebase(long fromMicros, double shift) {
        for (int i = times.size() - 1; i >= 0; i--) {
            if (times.get(i) < fromMicros) {
                times.remove(i);
                values.remove(i);
            } else {
                values.set(i, values.get(i) - shift);
            }
        }
    }

    /** The time of the last sample before {@code beforeMicros} below {@code level}, or -1 when there is none. */
    long lastBelow(double level, long beforeMicros) {
        long at = -1;
        for (int i = 0; i < times.size() && times.get(i) < beforeMicros; i++) {
            if (values.get(i) < level) {
                at = times.get(i);
            }
        }
        return at;
    }

    /** The time of the last sample, or -1 for an empty trace. */
    long lastMicros() {
        return times.isEmpty() ? -1 : times.get(times.size() - 1);
    }

    /** The time of the deepest sample (the first of equals), or -1 for an empty trace. */
    long deepestMicros() {
        long at = -1;
        double deepest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) > deepest) {
                deepest = values.get(i);
                at = times.get(i);
            }
        }
        return at;
    }

    /** The deepest excursion, or NaN for an empty trace. */
    double deepest() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /**
     * Seconds going down, at depth (excursion at or above {@code depthLevel}), and coming back, from the samples up
     * to {@code endMicros} (a rep that ended at a turning point has samples after it).
     */
    double[] phases(long startMicros, long endMicros, double depthLevel) {
        long firstAtDepth = -1;
        long lastAtDepth = -1;
        for (int i = 0; i < values.size() && times.get(i) <= endMicros; i++) {
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
