package com.repcam.eval;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The timing of counted reps against the truth over a set of clips, for the reps matched to a true rep: the size of
 * the start and end errors (median and 90th percentile of the absolute error) and their bias (median signed error,
 * positive when dated late).
 */
public record TimingSummary(int reps, Percentiles startError, Percentiles endError, double startBias, double endBias) {

    static TimingSummary of(List<RepTiming> timings) {
        return new TimingSummary(timings.size(), absolute(timings, RepTiming::startError),
                absolute(timings, RepTiming::endError), signed(timings, RepTiming::startError).median(),
                signed(timings, RepTiming::endError).median());
    }

    private static Percentiles absolute(List<RepTiming> timings, ToDoubleFunction<RepTiming> error) {
        return Percentiles.of(timings.stream().mapToDouble(t -> Math.abs(error.applyAsDouble(t))).toArray());
    }

    private static Percentiles signed(List<RepTiming> timings, ToDoubleFunction<RepTiming> error) {
        return Percentiles.of(timings.stream().mapToDouble(error).toArray());
    }
}
