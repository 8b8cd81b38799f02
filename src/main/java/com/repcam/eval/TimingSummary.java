package com.repcam.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The timing of counted reps against the truth over a set of clips, for the reps matched to a true rep: the size of
 * the start and end errors (the absolute errors' percentiles) and the errors with their sign (positive when dated
 * late), whose median is the bias. The start figures leave out the reps counting began during
 * ({@link RepTiming#startSeen()} false), whose start was not found but taken from when counting began; their ends
 * are in.
 *
 * @param startsNotSeen how many of the {@code reps} are left out of the start figures as their start was not seen
 */
public record TimingSummary(int reps, Percentiles startError, Percentiles endError, Percentiles startSigned,
                            Percentiles endSigned, int startsNotSeen) {

    static TimingSummary of(List<RepTiming> timings) {
        List<RepTiming> seen = timings.stream().filter(RepTiming::startSeen).toList();
        return new TimingSummary(timings.size(), absolute(seen, RepTiming::startError),
                absolute(timings, RepTiming::endError), signed(seen, RepTiming::startError),
                signed(timings, RepTiming::endError), timings.size() - seen.size());
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
