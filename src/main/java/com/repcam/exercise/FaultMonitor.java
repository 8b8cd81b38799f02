package com.repcam.exercise;

import java.util.List;

/** Watches one form rule over time: raises the fault once it persists, clears it once it has gone for as long. */
final class FaultMonitor {

    private final FaultRule rule;
    private boolean active;
    private long conditionSince = -1;
    private double baseline = Double.NaN;

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
    }

    void accept(long micros, double value, List<ExerciseEvent> events) {
        double v = rule.fromBaseline() ? value - (Double.isNaN(baseline) ? value : baseline) : value;
        boolean changing = active ? rule.backInside(v) : rule.beyond(v);
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
