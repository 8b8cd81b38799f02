package com.repcam.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The timing of counted reps against the truth over a set of clips, for the reps matched to a true rep: the size of
 * the start and end errors (the absolute errors' percentiles) and the errors with their sign (positive when dated
 * late), whose median is the bias.
 */
public record TimingSummary(int reps, Percentiles startError, Percentiles endError, Percentiles startSigned,
                            Percentiles endSigned) {

    static TimingSummary of(List<RepTiming> timings) {
        return new TimingSummary(timings.size(), absolute(timings, RepTiming::startError),
                absolute(timings, RepTiming::endError), signed(timings, RepTiming::startError),
                signed(timings, RepTiming::endError));
    }

    /** Median signed start error (+ late). */
    @JsonProperty("startBias")
    public double startBias() {
        return startSigned.median();
    }

    /** Median signed end error (+ late). */
    @JsonProperty("endBias")
    public double endBias() {
        return endSigned.median();
    }

    private static Percentiles absolute(List<RepTiming> timings, ToDoubleFunction<RepTiming> error) {
        return Percentiles.of(timings.stream().mapToDouble(t -> Math.abs(error.applyAsDouble(t))).toArray());
    }

    private static Percentiles signed(List<RepTiming> timings, ToDoubleFunction<RepTiming> error) {
        return Percentiles.of(timings.stream().mapToDouble(error).toArray());
    }
}
