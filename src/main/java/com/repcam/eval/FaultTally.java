package com.repcam.eval;

/**
 * Per-rep fault detection counts for one fault kind.
 *
 * @param truePositives  true reps with the fault whose matched counted rep reports it
 * @param falsePositives counted reps reporting the fault where the matched true rep does not have it, or where no
 *                       true rep matched
 * @param falseNegatives true reps with the fault that were missed or whose counted rep does not report it
 */
public record FaultTally(int truePositives, int falsePositives, int falseNegatives) {

    public static final FaultTally ZERO = new FaultTally(0, 0, 0);

    public FaultTally plus(FaultTally other) {
        return new FaultTally(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
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
}
