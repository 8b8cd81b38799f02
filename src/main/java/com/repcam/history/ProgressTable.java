package com.repcam.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums sessions up per exercise and per day (in the given time zone): reps, depth and tempo weighted by reps,
 * faults, and adherence, the share of the prescribed reps done that day. Sessions whose count said nothing about
 * the exercise add to the day's sessions but not to its reps.
 */
public final class ProgressTable {

    private ProgressTable() {
    }

    /** @param sessions in any order; exercises come out in the order they were first done */
    public static List<ExerciseProgress> of(List<SessionSummary> sessions, ZoneId zone) {
        Map<String, Map<LocalDate, List<SessionSummary>>> byExercise = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        sessions.stream().sorted(java.util.Comparator.comparing(SessionSummary::created)).forEach(s -> {
            names.putIfAbsent(s.exerciseId(), s.exerciseName());
            byExercise.computeIfAbsent(s.exerciseId(), k -> new TreeMap<>())
                    .computeIfAbsent(s.created().atZone(zone).toLocalDate(), k -> new ArrayList<>()).add(s);
        });
        List<ExerciseProgress> out = new ArrayList<>();
        byExercise.forEach((id, days) -> {
            List<DayProgress> rows = new ArrayList<>();
            days.forEach((day, list) -> rows.add(day(day, list)));
            double adherence = rows.stream().mapToDouble(DayProgress::adherence).average().orElse(Double.NaN);
            out.add(new ExerciseProgress(id, names.get(id), rows, adherence));
        });
        return out;
    }

    private static DayProgress day(LocalDate day, List<SessionSummary> list) {
        int reps = 0;
        int partial = 0;
        int withFaults = 0;
        int uncountable = 0;
        int prescribed = 0;
        double depth = 0;
        double seconds = 0;
        Map<String, Integer> faults = new TreeMap<>();
        for (SessionSummary s : list) {
            // a programme's set: the day's dose is its sets times its reps
            prescribed = Math.max(prescribed, s.prescribed() * Math.max(1, s.setsPrescribed()));
            if (!s.countable()) {
                uncountable++;
                continue;
            }
            reps += s.reps();
            partial += s.partialReps();
            withFaults += s.repsWithFaults();
            s.faultsByKind().forEach((k, v) -> faults.merge(k, v, Integer::sum));
            if (s.reps() > 0) {
                depth += s.meanDepthShare() * s.reps();
                seconds += s.meanRepSeconds() * s.reps();
            }
        }
        double adherence = prescribed > 0 ? Math.min(1.0, reps / (double) prescribed) : Double.NaN;
        return new DayProgress(day, list.size(), uncountable, reps, prescribed, partial, withFaults, faults,
                reps > 0 ? depth / reps : Double.NaN, reps > 0 ? seconds / reps : Double.NaN, adherence);
    }
}
