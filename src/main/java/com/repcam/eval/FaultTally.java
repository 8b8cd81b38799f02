package com.repcam.eval;

/**
 * Per-rep fault detection counts for one fault kind.
 *
 * @param truePositives  true reps with the fault whose matched counted rep reports it
 * @param falsePositives counted reps reporting the fault where the matched true rep does not have it, or where no
 *                       true rep matched
 * @param falseNegatives true reps with the fault that were missed or whose counted rep does not report it
 * @param notChecked     of those false negatives, the ones whose counted rep said the rule was not checked (the view
 *                       did not allow it, or the body part was not seen well enough): told, not passed as good
 */
public record FaultTally(int truePositives, int falsePositives, int falseNegatives, int notChecked) {

    public static final FaultTally ZERO = new FaultTally(0, 0, 0, 0);

    public FaultTally(int truePositives, int falsePositives, int falseNegatives) {
        this(truePositives, falsePositives, falseNegatives, 0);
    }

    public FaultTally plus(FaultTally other) {
        return new FaultTally(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, notChecked + other.notChecked);
    }

    /** TP / (TP + FP), or NaN when nothing was reported. */
    public double precision() {
        int reported = truePositives + falsePositives;
        return reported == 0 ? Double.NaN : (double) truePositives / reported;
    }

    /** TP / (TP + FN), or NaN when the truth has no such fault. */
    public double recall() {
        int actual = truePositives + falseNegatives;
        return actual == 0 ? Double.NaN : (double) truePositives / actual;
    }

    /** Recall over the true faults on reps where the rule was checked: TP / (TP + FN - not checked). */
    public double recallWhereChecked() {
        int checked = truePositives + falseNegatives - notChecked;
        return checked == 0 ? Double.NaN : (double) truePositives / checked;
    }
}
