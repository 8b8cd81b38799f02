package com.repcam.learn;

import com.repcam.exercise.Direction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the repeated movement in a recording's candidate signals by measurement: each signal is resampled at
 * {@value #RATE} Hz, its slow drift (walking in, settling) taken out, and its turning points found (tops and
 * bottoms half its swing apart); its regularity is how alike the swings between them are in size and in time
 * (1 minus the coefficient of variation of each, multiplied), with reps {@value #MIN_PERIOD} to
 * {@value #MAX_PERIOD} s apart. Of the signals that repeat about as regularly as the most regular one, with a
 * movement large enough to count, the first in the candidates' order that moves about as clearly above its jitter as
 * the clearest one wins. The start position is where the person is at the start of the exercising part (the middle
 * of the recording tells its range, away from walking in and out), and a rep moves away from it.
 */
final class MovementFinder {

    static final double RATE = 10;
    static final double MIN_PERIOD = 0.8;
    static final double MAX_PERIOD = 8;
    /** Longest gap bridged by interpolation. */
    private static final double MAX_GAP_SECONDS = 1.0;
    /** Window of the moving mean taken out as drift. */
    private static final double DRIFT_SECONDS = 8;
    /** A signal counts as repeating when its regularity reaches this. */
    static final double MIN_PERIODICITY = 0.3;
    /**
     * Turning points are taken where the signal has come back by this share of its swing (5th to 95th percentile):
     * less than half, as a few reps deeper than the rest (a fault, a harder rep) widen the swing.
     */
    private static final double TURN_SHARE = 0.3;
    /** Samples of the moving mean that steadies the signal before its turning points are found. */
    private static final int SMOOTH_SAMPLES = 3;
    /**
     * A movement must be this many times its jitter: white noise came to 1.9 in MovementFinderTest, the signals
     * chosen on the rendered samples to 20 or more.
     */
    static final double MIN_CLARITY = 6;
    /** Candidates this close to the most regular one are told apart by clarity. */
    static final double NEAR_TIE = 0.05;
    /**
     * Of those, the ones at least this share of the clearest one's clarity are as clear as it, and the first in
     * {@link CandidateSignals}' order is taken: the shoulder angle picked by clarity alone (33 against the trunk
     * incline's 29 on the quadruped-plus side-on demonstration, 51 against 43 on the thoracic extension's) moved 25
     * deg in a bent-elbow rep against 3.5 in a clean one and counted 2 of 7 on the bent-elbow sample. Learned from
     * the side-on samples, the trunk's incline counts the other samples of each 3 of 3 and 2 of 3 exactly (the
     * shoulder angle 0 and 1 of 3); learned from the library's clips, the counts are unchanged (the push-up now
     * learns its elbow's angle; both count its other clip exactly).
     */
    static final double CLEAR_AS_THE_CLEAREST = 0.8;
    /** Fewest reps a demonstration must hold. */
    static final int MIN_REPS = 3;

    private MovementFinder() {
    }

    /** The movement, or empty when no candidate repeats regularly enough. */
    static Optional<Movement> find(SignalSeries series, Map<String, String> units) {
        List<Movement> countable = measureAll(series, units).stream().filter(MovementFinder::countable).toList();
        double best = countable.stream().mapToDouble(Movement::periodicity).max().orElse(0);
        // many signals follow one movement about as regularly: of those, one that moves clearly above its jitter
        // (it keeps counting when another person or camera makes every signal a little noisier), and of the clear
        // ones the first in the candidates' order (the trunk's incline first, which a fault of the arms moves least)
        List<Movement> regular = countable.stream().filter(m -> m.periodicity() >= best - NEAR_TIE).toList();
        double clearest = regular.stream().mapToDouble(Movement::clarity).max().orElse(0);
        return regular.stream().filter(m -> m.clarity() >= CLEAR_AS_THE_CLEAREST * clearest).findFirst();
    }

    /** Whether a candidate repeats regularly enough, with a movement large enough, to be counted. */
    static boolean countable(Movement m) {
        return m.periodicity() >= MIN_PERIODICITY && m.clarity() >= MIN_CLARITY
                && m.range() >= CandidateSignals.MIN_RANGE.getOrDefault(m.unit(), 0.0);
    }

    /** Every candidate as measured, in the candidates' order (those with too little data left out). */
    static List<Movement> measureAll(SignalSeries series, Map<String, String> units) {
        List<Movement> all = new ArrayList<>();
        for (String name : CandidateSignals.YAML.keySet()) {
            measure(name, units.get(name), resample(series.times(), series.values(name))).ifPresent(all::add);
        }
        return all;
    }

    static Optional<Movement> measure(String name, String unit, double[] grid) {
        double[] middleRaw = middle(grid);
        if (middleRaw.length < MIN_PERIOD * RATE * 3) {
            return Optional.empty();
        }
        // away from the exercising range (standing while walking in or out) the signal says nothing of the reps
        double lo = percentile(middleRaw, 5);
        double hi = percentile(middleRaw, 95);
        double[] inRange = grid.clone();
        for (int i = 0; i < inRange.length; i++) {
            if (inRange[i] < lo - 0.5 * (hi - lo) || inRange[i] > hi + 0.5 * (hi - lo)) {
                inRange[i] = Double.NaN;
            }
        }
        double[] x = smoothed(withoutDrift(inRange), SMOOTH_SAMPLES);
        double[] middleX = Arrays.stream(middle(x)).filter(v -> !Double.isNaN(v)).toArray();
        if (middleX.length < MIN_PERIOD * RATE * 3) {
            return Optional.empty();
        }
        double swing = percentile(middleX, 95) - percentile(middleX, 5);
        List<int[]> turns = turns(x, TURN_SHARE * swing);
        // rep to rep: from a turn to the next of the same kind (top to top, bottom to bottom)
        List<Double> intervals = new ArrayList<>();
        List<Double> amplitudes = new ArrayList<>();
        for (int k = 0; k + 1 < turns.size(); k++) {
            amplitudes.add(Math.abs(x[turns.get(k)[0]] - x[turns.get(k + 1)[0]]));
            if (k + 2 < turns.size()) {
                double dt = (turns.get(k + 2)[0] - turns.get(k)[0]) / RATE;
                if (dt >= MIN_PERIOD && dt <= MAX_PERIOD) {
                    intervals.add(dt);
                }
            }
        }
        if (intervals.size() < 2 * (MIN_REPS - 1)) {
            return Optional.empty();
        }
        double regularity = Math.max(0, 1 - variation(amplitudes)) * Math.max(0, 1 - variation(intervals));
        double period = median(intervals);
        double low = lo;
        double high = hi;
        double range = high - low;
        // the exercising part: from the first moment the signal is within the exercising range to the last
        int first = -1;
        int last = -1;
        for (int i = 0; i < grid.length; i++) {
            if (!Double.isNaN(grid[i]) && grid[i] >= low - 0.25 * range && grid[i] <= high + 0.25 * range) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        double[] start = Arrays.stream(Arrays.copyOfRange(grid, first, Math.min(grid.length, first + (int) RATE)))
                .filter(v -> !Double.isNaN(v)).toArray();
        double rest = percentile(start, 50);
        Direction direction = rest - low <= high - rest ? Direction.INCREASE : Direction.DECREASE;
        double depth = direction == Direction.INCREASE ? high : low;
        double cycles = (last - first) / RATE / period;
        double[] steady = smoothed(inRange, (int) Math.round(RATE / 2));
        double sq = 0;
        int n = 0;
        for (int i = 0; i < inRange.length; i++) {
            if (!Double.isNaN(inRange[i])) {
                sq += (inRange[i] - steady[i]) * (inRange[i] - steady[i]);
                n++;
            }
        }
        return Optional.of(new Movement(name, unit, regularity, period, direction, rest, Math.abs(depth - rest),
                low, high, cycles, n > 0 ? Math.sqrt(sq / n) : 0));
    }

    /**
     * The turning points of a signal, alternating tops and bottoms: a top is taken once the signal has come down
     * from it by {@code hysteresis}, a bottom once it has come up by as much. Each entry: index, +1 top / -1 bottom.
     */
    static List<int[]> turns(double[] x, double hysteresis) {
        List<int[]> turns = new ArrayList<>();
        int extreme = -1;
        int dir = 0; // +1 looking for a top, -1 for a bottom, 0 not yet known
        int lowest = -1;
        int highest = -1;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            if (dir == 0) {
                lowest = lowest < 0 || x[i] < x[lowest] ? i : lowest;
                highest = highest < 0 || x[i] > x[highest] ? i : highest;
                if (x[i] - x[lowest] >= hysteresis) {
                    turns.add(new int[] {lowest, -1});
                    dir = 1;
                    extreme = i;
                } else if (x[highest] - x[i] >= hysteresis) {
                    turns.add(new int[] {highest, 1});
                    dir = -1;
                    extreme = i;
                }
            } else if (dir > 0) {
                if (x[i] > x[extreme]) {
                    extreme = i;
                } else if (x[extreme] - x[i] >= hysteresis) {
                    turns.add(new int[] {extreme, 1});
                    dir = -1;
                    extreme = i;
                }
            } else {
                if (x[i] < x[extreme]) {
                    extreme = i;
                } else if (x[i] - x[extreme] >= hysteresis) {
                    turns.add(new int[] {extreme, -1});
                    dir = 1;
                    extreme = i;
                }
            }
        }
        return turns;
    }

    /** Standard deviation over mean. */
    private static double variation(List<Double> v) {
        double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double var = v.stream().mapToDouble(a -> (a - mean) * (a - mean)).average().orElse(0);
        return mean > 0 ? Math.sqrt(var) / mean : 1;
    }

    private static double median(List<Double> v) {
        return percentile(v.stream().mapToDouble(Double::doubleValue).toArray(), 50);
    }

    /** A centred moving mean over {@code n} samples (NaN stays NaN). */
    private static double[] smoothed(double[] v, int n) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                out[i] = Double.NaN;
                continue;
            }
            double sum = 0;
            int c = 0;
            for (int k = Math.max(0, i - n / 2); k <= Math.min(v.length - 1, i + n / 2); k++) {
                if (!Double.isNaN(v[k])) {
                    sum += v[k];
                    c++;
                }
            }
            out[i] = sum / c;
        }
        return out;
    }

    /** The values on a uniform grid, linearly interpolated across gaps up to {@link #MAX_GAP_SECONDS}. */
    static double[] resample(double[] t, double[] v) {
        if (t.length == 0) {
            return new double[0];
        }
        int n = (int) Math.floor((t[t.length - 1] - t[0]) * RATE) + 1;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        int prev = -1;
        for (int i = 0; i < t.length; i++) {
            if (Double.isNaN(v[i])) {
                continue;
            }
            if (prev >= 0 && t[i] - t[prev] <= MAX_GAP_SECONDS) {
                int from = (int) Math.ceil((t[prev] - t[0]) * RATE);
                int to = (int) Math.floor((t[i] - t[0]) * RATE);
                for (int k = from; k <= to && k < n; k++) {
                    double tk = t[0] + k / RATE;
                    double w = t[i] == t[prev] ? 1 : (tk - t[prev]) / (t[i] - t[prev]);
                    out[k] = v[prev] + w * (v[i] - v[prev]);
                }
            }
            prev = i;
        }
        return out;
    }

    /** The signal less its moving mean (NaN stays NaN). */
    private static double[] withoutDrift(double[] v) {
        double[] mean = smoothed(v, 2 * (int) Math.round(DRIFT_SECONDS * RATE / 2) + 1);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - mean[i];
        }
        return out;
    }

    /** The valid values of the middle 60% of the recording (away from walking in and out). */
    private static double[] middle(double[] v) {
        int from = (int) (v.length * 0.2);
        int to = (int) (v.length * 0.8);
        return Arrays.stream(Arrays.copyOfRange(v, from, to)).filter(x -> !Double.isNaN(x)).toArray();
    }

    static double percentile(double[] v, double p) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        double pos = p / 100 * (s.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(s.length - 1, i + 1);
        return s[i] + (pos - i) * (s[j] - s[i]);
    }
}
