package com.repcam.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTableTest {

    static SessionSummary session(String when, String exercise, int reps, int prescribed, int faulty,
                                  Map<String, Integer> faults, double depth, double seconds, boolean countable) {
        return programmeSet(when, exercise, reps, prescribed, faulty, faults, depth, seconds, countable, 1);
    }

    static SessionSummary programmeSet(String when, String exercise, int reps, int prescribed, int faulty,
                                       Map<String, Integer> faults, double depth, double seconds, boolean countable,
                                       int sets) {
        return new SessionSummary(Path.of("s-" + when), Instant.parse(when), exercise, exercise.toUpperCase(), reps,
                prescribed, 0, faulty, faults, reps == 0 ? Double.NaN : depth, reps == 0 ? Double.NaN : seconds,
                countable, sets);
    }

    @Test
    void aProgrammesDayIsItsSetsTimesItsReps() {
        // two sets of 6 prescribed; done 6 and 4: 10 of 12, not 100%
        var progress = ProgressTable.of(java.util.List.of(
                programmeSet("2026-12-03T10:00:00Z", "qp", 6, 6, 0, Map.of(), 1, 2.4, true, 2),
                programmeSet("2026-12-03T10:02:00Z", "qp", 4, 6, 0, Map.of(), 1, 2.4, true, 2)),
                java.time.ZoneOffset.UTC);
        DayProgress day = progress.get(0).days().get(0);
        assertEquals(12, day.prescribed());
        assertEquals(10.0 / 12, day.adherence(), 1e-9);
    }

    @Test
    void sumsSessionsPerExercisePerDayWeightingDepthAndTempoByReps() {
        List<SessionSummary> sessions = List.of(
                session("2026-11-30T09:00:00Z", "te", 10, 25, 2, Map.of("head_up", 2), 0.8, 2.0, true),
                session("2026-11-30T09:30:00Z", "te", 15, 25, 0, Map.of(), 1.0, 3.0, true),
                session("2026-11-30T09:40:00Z", "qp", 30, 30, 1, Map.of("bent_elbows", 1), 0.9, 2.5, true),
                session("2026-12-01T18:00:00Z", "te", 20, 25, 5, Map.of("head_up", 3, "chin_tucked", 2), 0.9, 2.4,
                        true),
                session("2026-12-01T18:10:00Z", "te", 4, 25, 0, Map.of(), 0.5, 1.0, false));
        List<ExerciseProgress> table = ProgressTable.of(sessions, ZoneOffset.UTC);
        assertEquals(List.of("te", "qp"), table.stream().map(ExerciseProgress::id).toList(), "first done first");
        ExerciseProgress te = table.get(0);
        assertEquals(2, te.days().size());
        DayProgress first = te.days().get(0);
        assertEquals(LocalDate.parse("2026-11-30"), first.day());
        assertEquals(2, first.sessions());
        assertEquals(25, first.reps());
        assertEquals(1.0, first.adherence(), 1e-9, "25 of 25 prescribed");
        assertEquals((10 * 0.8 + 15 * 1.0) / 25, first.meanDepthShare(), 1e-9);
        assertEquals((10 * 2.0 + 15 * 3.0) / 25, first.meanRepSeconds(), 1e-9);
        assertEquals(Map.of("head_up", 2), first.faultsByKind());
        DayProgress second = te.days().get(1);
        assertEquals(2, second.sessions());
        assertEquals(1, second.uncountable());
        assertEquals(20, second.reps(), "an uncountable session's reps are left out");
        assertEquals(0.8, second.adherence(), 1e-9);
        assertEquals(Map.of("head_up", 3, "chin_tucked", 2), second.faultsByKind());
        assertEquals(0.9, te.meanAdherence(), 1e-9);
        assertEquals(4, te.sessions());
        assertEquals(45, te.reps());
        assertEquals(1, table.get(1).days().size());
    }

    @Test
    void theDayOfASessionIsTakenInTheGivenTimeZone() {
        SessionSummary late = session("2026-11-30T23:30:00Z", "te", 5, 25, 0, Map.of(), 1, 2, true);
        assertEquals(LocalDate.parse("2026-11-30"), ProgressTable.of(List.of(late), ZoneOffset.UTC).get(0).days()
                .get(0).day());
        assertEquals(LocalDate.parse("2026-12-01"), ProgressTable.of(List.of(late), ZoneId.of("Europe/Berlin"))
                .get(0).days().get(0).day());
    }

    @Test
    void aDayWithNoCountedRepHasNoDepthOrTempo() {
        DayProgress day = ProgressTable.of(List.of(session("2026-11-30T10:00:00Z", "te", 0, 25, 0, Map.of(), 0, 0,
                true)), ZoneOffset.UTC).get(0).days().get(0);
        assertTrue(Double.isNaN(day.meanDepthShare()) && Double.isNaN(day.meanRepSeconds()));
        assertEquals(0.0, day.adherence());
    }
}
