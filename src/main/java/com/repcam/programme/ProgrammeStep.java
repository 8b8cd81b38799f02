package com.repcam.programme;

import com.repcam.exercise.ExerciseDefinition;

/**
 * One exercise of a programme.
 *
 * @param exercise    its definition, with the programme's reps as its prescription
 * @param sets        how many sets
 * @param reps        full reps a set
 * @param restSeconds rest after each set (and before the next exercise)
 * @param note        the therapist's note for this exercise (may be empty)
 */
public record ProgrammeStep(ExerciseDefinition exercise, int sets, int reps, double restSeconds, String note) {
}
