package com.repcam.analysis;

/**
 * Where a session stands in a programme run: the programme, which set of how many of its exercise, and the reps a
 * set. Written into session.json, so a progress report knows a day's dose is {@code sets x reps}.
 */
public record ProgrammePlace(String programme, int set, int sets, int repsPerSet) {
}
