package com.repcam.exercise;

/**
 * The person's own range of movement (start position to full depth): the definition's initial range until the
 * first full rep, then the largest of the calibration reps, then refined by each full rep (exponential average),
 * so a stiff back and a mobile one are both judged against themselves.
 */
final class RangeLearner {

    private static final double REFINE_WEIGHT = 0.25;

    private final int calibrationReps;
    private double range;
    private int reps;

    RangeLearner(double initialRange, int calibrationReps) {
        this.range = initialRange;
        this.calibrationReps = calibrationReps;
    }

    double range() {
        return range;
    }

    boolean calibrating() {
        return reps < calibrationReps;
    }

    void learn(double depth) {
        if (reps == 0) {
            range = depth;
        } else if (reps < calibrationReps) {
            range = Math.max(range, depth);
        } else {
            range += REFINE_WEIGHT * (depth - range);
        }
        reps++;
    }
}
