package com.repcam.exercise;

/**
 * The person's own range of movement (start position to full depth): the definition's initial range until the
 * first full rep, then the largest of the calibration reps, then the median depth of the most recent full reps,
 * so a stiff back and a mobile one are both judged against themselves and one odd rep (a head thrown up, a
 * tracking jump) does not move the bar for the next.
 */
final class RangeLearner {

    private static final int RECENT = 5;

    private final int calibrationReps;
    private final double initialRange;
    private RecentDepths recent;
    private double range;
    private int reps;

    RangeLearner(double initialRange, int calibrationReps) {
        this.initialRange = initialRange;
        this.calibrationReps = calibrationReps;
        forget();
    }

    /** Forgets every rep learned from: the range is the definition's initial one again. */
    void forget() {
        recent = new RecentDepths(RECENT);
        range = initialRange;
        reps = 0;
    }

    double range() {
        return range;
    }

    boolean calibrating() {
        return reps < calibrationReps;
    }

    void learn(double depth) {
        recent.add(depth);
        reps++;
        if (reps <= calibrationReps) {
            range = reps == 1 ? depth : Math.max(range, depth);
        } else {
            range = recent.median();
        }
    }

    @Override
    public String toString() {
        return "range " + range + " from " + recent;
    }
}
