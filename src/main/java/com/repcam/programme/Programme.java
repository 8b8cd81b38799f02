package com.repcam.programme;

import java.util.List;

/**
 * A therapist's programme: exercises in order, each for some sets of some reps with a rest between sets.
 *
 * @param name   what the programme is called
 * @param note   the therapist's note for the whole programme (may be empty)
 * @param steps  the exercises in order
 * @param source the file it came from, for messages
 */
public record Programme(String name, String note, List<ProgrammeStep> steps, String source) {

    public Programme {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a programme has at least one exercise");
        }
    }

    /** Sets over the whole programme. */
    public int totalSets() {
        return steps.stream().mapToInt(ProgrammeStep::sets).sum();
    }
}
