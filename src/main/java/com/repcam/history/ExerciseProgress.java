package com.repcam.history;

import java.util.List;

/**
 * One exercise over time: a row per day it was done, oldest first.
 *
 * @param meanAdherence mean of the days' adherence (days it was done)
 */
public record ExerciseProgress(String id, String name, List<DayProgress> days, double meanAdherence) {

    public ExerciseProgress {
        days = List.copyOf(days);
    }

    public int sessions() {
        return days.stream().mapToInt(DayProgress::sessions).sum();
    }

    public int reps() {
        return days.stream().mapToInt(DayProgress::reps).sum();
    }
}
