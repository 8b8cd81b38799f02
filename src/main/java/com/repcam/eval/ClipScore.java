package com.repcam.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How one clip was counted against its truth.
 *
 * @param clip            name of the clip
 * @param trueCount       full reps in the truth
 * @param counted         full reps RepCam counted
 * @param matchedReps     counted reps paired with a true rep
 * @param faults          per fault kind, per-rep detection tallies
 * @param timing          per matched rep, how far its start and end lie from the true rep's
 * @param framesNoPerson  frames in which the pose engine found nobody
 * @param frames          frames processed
 */
public record ClipScore(String clip, int trueCount, int counted, int matchedReps, Map<String, FaultTally> faults,
                        List<RepTiming> timing, long framesNoPerson, long frames) {

    public ClipScore {
        faults = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(faults)); // by name, as printed
        timing = List.copyOf(timing);
    }

    public static ClipScore score(String clip, List<RepSpan> truth, List<RepSpan> counted, long framesNoPerson,
                                  long frames) {
        List<int[]> pairs = RepMatcher.match(truth, counted);
        boolean[] countedMatched = new boolean[counted.size()];
        boolean[] trueMatched = new boolean[truth.size()];
        Set<String> kinds = new TreeSet<>();
        truth.forEach(r -> kinds.addAll(r.faults()));
        counted.forEach(r -> kinds.addAll(r.faults()));
        Map<String, FaultTally> tallies = new TreeMap<>();
        kinds.forEach(k -> tallies.put(k, FaultTally.ZERO));
        List<RepTiming> timing = new ArrayList<>();
        for (int[] p : pairs) {
            timing.add(RepTiming.between(truth.get(p[0]), counted.get(p[1])));
            trueMatched[p[0]] = true;
            countedMatched[p[1]] = true;
            Set<String> actual = truth.get(p[0]).faults();
            Set<String> reported = counted.get(p[1]).faults();
            Set<String> notChecked = counted.get(p[1]).notChecked();
            for (String k : kinds) {
                boolean a = actual.contains(k);
                boolean r = reported.contains(k);
                tallies.merge(k, new FaultTally(a && r ? 1 : 0, !a && r ? 1 : 0, a && !r ? 1 : 0,
                        a && !r && notChecked.contains(k) ? 1 : 0), FaultTally::plus);
            }
        }
        for (int t = 0; t < truth.size(); t++) {
            if (!trueMatched[t]) {
                truth.get(t).faults().forEach(k -> tallies.merge(k, new FaultTally(0, 0, 1), FaultTally::plus));
            }
        }
        for (int c = 0; c < counted.size(); c++) {
            if (!countedMatched[c]) {
                counted.get(c).faults().forEach(k -> tallies.merge(k, new FaultTally(0, 1, 0), FaultTally::plus));
            }
        }
        return new ClipScore(clip, truth.size(), counted.size(), pairs.size(), tallies, timing, framesNoPerson,
                frames);
    }

    public int error() {
        return counted - trueCount;
    }

    public boolean exact() {
        return counted == trueCount;
    }

    /** Off by at most one (RepCount-A's OBO criterion). */
    public boolean offByAtMostOne() {
        return Math.abs(counted - trueCount) <= 1;
    }

    /** |counted - true| / true (RepCount-A's per-clip MAE term); NaN for a clip with no true reps. */
    public double normalisedAbsoluteError() {
        return trueCount == 0 ? Double.NaN : Math.abs(counted - trueCount) / (double) trueCount;
    }
}
