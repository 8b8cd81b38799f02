package com.repcam.eval;

import java.util.Set;

/**
 * One repetition on a time line, true or counted, with the form faults seen during it.
 *
 * @param startSeconds start of the rep
 * @param endSeconds   end of the rep
 * @param faults       fault ids, e.g. {@code head_up}
 */
public record RepSpan(double startSeconds, double endSeconds, Set<String> faults) {

    public RepSpan {
        if (endSeconds < startSeconds) {
            throw new IllegalArgumentException("rep ends before it starts: " + startSeconds + " > " + endSeconds);
        }
        faults = Set.copyOf(faults);
    }

    double midpoint() {
        return (startSeconds + endSeconds) / 2;
    }

    /** Seconds of overlap with another span (0 when they are apart). */
    double overlap(RepSpan other) {
        return Math.max(0, Math.min(endSeconds, other.endSeconds) - Math.max(startSeconds, other.startSeconds));
    }
}
