package com.repcam.eval;

import com.repcam.exercise.NotChecked;
import com.repcam.exercise.Rep;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One repetition on a time line, true or counted, with the form faults seen during it.
 *
 * @param startSeconds start of the rep
 * @param endSeconds   end of the rep
 * @param faults       fault ids, e.g. {@code head_up}
 * @param notChecked   fault ids of the rules that could not be judged during a counted rep (none in the truth)
 * @param startSeen    false for a counted rep counting began during ({@link Rep#startSeen()}): its start is where
 *                     counting began, not where the rep began (always true in the truth)
 */
public record RepSpan(double startSeconds, double endSeconds, Set<String> faults, Set<String> notChecked,
                      boolean startSeen) {

    public RepSpan {
        if (endSeconds < startSeconds) {
            throw new IllegalArgumentException("rep ends before it starts: " + startSeconds + " > " + endSeconds);
        }
        faults = Set.copyOf(faults);
        notChecked = Set.copyOf(notChecked);
    }

    /** A rep with every rule judged (as in the truth). */
    public RepSpan(double startSeconds, double endSeconds, Set<String> faults) {
        this(startSeconds, endSeconds, faults, Set.of());
    }

    /** A rep whose start was seen. */
    public RepSpan(double startSeconds, double endSeconds, Set<String> faults, Set<String> notChecked) {
        this(startSeconds, endSeconds, faults, notChecked, true);
    }

    /** A rep as RepCam counted it. */
    public static RepSpan counted(Rep rep) {
        return new RepSpan(rep.startMicros() / 1e6, rep.endMicros() / 1e6, rep.faults(),
                rep.notChecked().stream().map(NotChecked::fault).collect(Collectors.toSet()), rep.startSeen());
    }

    double midpoint() {
        return (startSeconds + endSeconds) / 2;
    }

    /** Seconds of overlap with another span (0 when they are apart). */
    double overlap(RepSpan other) {
        return Math.max(0, Math.min(endSeconds, other.endSeconds) - Math.max(startSeconds, other.startSeconds));
    }
}
