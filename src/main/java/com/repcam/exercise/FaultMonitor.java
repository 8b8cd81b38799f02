package com.repcam.exercise;

import java.util.List;

/** Watches one form rule over time: raises the fault once it persists, clears it once it has gone for as long. */
final class FaultMonitor {

    private final FaultRule rule;
    private boolean active;
    private long conditionSince = -1;
    private double baseline = Double.NaN;
    /** For a baseline that follows depth: the line learned, and the samples (depth share, value) it is learned from. */
    private double lineAtTop = Double.NaN;
    private double lineSlope = Double.NaN;
    private final java.util.ArrayList<double[]> depthSamples = new java.util.ArrayList<>();
    /** For a baseline taken at every rest: the values seen since the last rep ended. */
    private final java.util.ArrayList<Double> restValues = new java.util.ArrayList<>();

    FaultMonitor(FaultRule rule) {
        this.rule = rule;
    }

    FaultRule rule() {
        return rule;
    }

    boolean active() {
        return active;
    }

    /** The person's own set-up value of the rule's signal (used by rules judged from the baseline). */
    void setBaseline(double value) {
        baseline = value;
        lineAtTop = Double.NaN;
        lineSlope = Double.NaN;
        depthSamples.clear();
    }

    /** The set-up value the rule judges against (NaN: none yet). */
    double baseline() {
        return baseline;
    }

    /** A value seen at rest between reps (rules whose baseline is taken at every rest). */
    void sampleRest(double value) {
        if (rule.baselineFromRests()) {
            restValues.add(value);
        }
    }

    /**
     * A rep starts: a rule whose baseline is taken at every rest takes the median of the rest just over, when it
     * was seen on at least {@link #MIN_REST_SAMPLES} frames.
     */
    void restOver() {
        if (restValues.size() >= MIN_REST_SAMPLES) {
            baseline = Median.of(restValues.stream().mapToDouble(Double::doubleValue).toArray());
        }
        restValues.clear();
    }

    /** Fewest frames of a rest that a baseline is taken again from. */
    static final int MIN_REST_SAMPLES = 3;

    /** Whether the baseline at each depth has been learned (rules whose baseline follows depth). */
    boolean depthLineLearned() {
        return !Double.isNaN(lineSlope);
    }

    /** One judged value at this depth share, to learn the baseline at each depth from. */
    void sampleDepth(double depthShare, double value) {
        if (rule.baselineFollowsDepth() && !depthLineLearned()) {
            depthSamples.add(new double[] {depthShare, value});
        }
    }

    /**
     * The calibration reps are done: the baseline at each depth is the least-squares line through the samples,
     * when they reach at least {@link #MIN_DEPTH_SPAN} of the range (else the set-up value stays the baseline).
     */
    void learnDepthLine() {
        if (!rule.baselineFollowsDepth() || depthLineLearned() || depthSamples.size() < MIN_DEPTH_SAMPLES) {
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] s : depthSamples) {
            lo = Math.min(lo, s[0]);
            hi = Math.max(hi, s[0]);
        }
        if (hi - lo < MIN_DEPTH_SPAN) {
            return;
        }
        StraightLine line = StraightLine.fit(depthSamples);
        double squares = 0;
        for (double[] s : depthSamples) {
            double r = s[1] - line.at(s[0]);
            squares += r * r;
        }
        double spread = Math.sqrt(squares / depthSamples.size());
        depthSamples.clear();
        // the line must explain the neutral reps well within the fault's threshold, or it is not used
        if (spread <= MAX_LINE_SPREAD * Math.abs(rule.threshold())) {
            lineSlope = line.slope();
            lineAtTop = line.atZero();
        }
    }

    /** The baseline to judge a value at this depth share against (NaN: none yet). */
    private double baselineAt(double depthShare) {
        return depthLineLearned() ? lineAtTop + lineSlope * depthShare : baseline;
    }

    /** Fewest samples, and the least spread of depth over them, that a depth line is learned from. */
    static final int MIN_DEPTH_SAMPLES = 10;
    static final double MIN_DEPTH_SPAN = 0.5;
    /** Largest spread (standard deviation) of the samples about the line, as a share of the rule's threshold. */
    static final double MAX_LINE_SPREAD = 0.6;

    void accept(long micros, double value, List<ExerciseEvent> events) {
        accept(micros, value, 0, events);
    }

    void accept(long micros, double value, double depthShare, List<ExerciseEvent> events) {
        double base = baselineAt(depthShare);
        double v = rule.fromBaseline() ? value - (Double.isNaN(base) ? value : base) : value;
        boolean changing = active ? rule.backInside(v, value) : rule.beyond(v, value);
        if (!changing) {
            conditionSince = -1;
            return;
        }
        if (conditionSince < 0) {
            conditionSince = micros;
        }
        if ((micros - conditionSince) / 1e6 >= rule.minSeconds()) {
            active = !active;
            conditionSince = -1;
            events.add(active ? new ExerciseEvent.FaultBegan(micros, rule.fault(), rule.cue())
                    : new ExerciseEvent.FaultEnded(micros, rule.fault()));
        }
    }

    /**
     * The rule is not judged on this frame (outside its depth range): its state, and how long its condition has
     * held so far, stay as they are until it is judged again.
     */
    void hold() {
        // nothing changes: the next judged frame decides whether the condition still holds
    }

    /** The rule cannot be judged now (view, visibility, person gone): an active fault ends. */
    void suspend(long micros, List<ExerciseEvent> events) {
        conditionSince = -1;
        if (active) {
            active = false;
            events.add(new ExerciseEvent.FaultEnded(micros, rule.fault()));
        }
    }
}
