package com.repcam.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs counted reps with true reps: a counted rep matches the true rep it overlaps most in time, each true rep at
 * most once, taken greedily from the largest overlap down. A counted rep that overlaps no true rep, or only ones
 * already taken, stays unmatched (a spurious count); so does a true rep nothing matched (a missed rep).
 */
final class RepMatcher {

    private RepMatcher() {
    }

    /** Index pairs (true, counted) in true-rep order. */
    static List<int[]> match(List<RepSpan> truth, List<RepSpan> counted) {
        List<double[]> candidates = new ArrayList<>();
        for (int t = 0; t < truth.size(); t++) {
            for (int c = 0; c < counted.size(); c++) {
                double overlap = truth.get(t).overlap(counted.get(c));
                if (overlap > 0) {
                    candidates.add(new double[] {overlap, t, c});
                }
            }
        }
        candidates.sort((a, b) -> Double.compare(b[0], a[0]));
        boolean[] trueTaken = new boolean[truth.size()];
        boolean[] countedTaken = new boolean[counted.size()];
        List<int[]> pairs = new ArrayList<>();
        for (double[] cand : candidates) {
            int t = (int) cand[1];
            int c = (int) cand[2];
            if (!trueTaken[t] && !countedTaken[c]) {
                trueTaken[t] = true;
                countedTaken[c] = true;
                pairs.add(new int[] {t, c});
            }
        }
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        return pairs;
    }
}
