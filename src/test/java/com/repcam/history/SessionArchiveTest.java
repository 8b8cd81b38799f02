package com.repcam.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionArchiveTest {

    @TempDir
    Path dir;

    static String sessionJson(String created, String exercise, int reps) {
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < reps; i++) {
            r.append(i > 0 ? "," : "").append("{\"number\":").append(i + 1)
                    .append(",\"depth_share\":0.9,\"duration_s\":2.0}");
        }
        return "{\"schema\":\"repcam-session/1\",\"created\":\"" + created + "\",\"exercise\":{\"id\":\"" + exercise
                + "\",\"name\":\"Name of " + exercise + "\",\"prescribed_reps\":25},\"summary\":{\"reps\":" + reps
                + ",\"prescribed\":25,\"partial_reps\":1,\"reps_with_faults\":1,\"faults_by_kind\":{\"head_up\":1},"
                + "\"countable\":true},\"reps\":[" + r + "]}";
    }

    static void write(Path folder, String json) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("session.json"), json);
    }

    @Test
    void readsEverySessionUnderTheFolderOldestFirstAndSaysWhichItSkipped() throws Exception {
        write(dir.resolve("b_te_2"), sessionJson("2026-12-01T10:00:00Z", "te", 3));
        write(dir.resolve("batch/a_te_1"), sessionJson("2026-11-30T10:00:00Z", "te", 2));
        write(dir.resolve("c_te_3.incomplete"), sessionJson("2026-12-02T10:00:00Z", "te", 1));
        write(dir.resolve("d_broken"), "{\"schema\":\"repcam-session/1\",\"created\":");
        write(dir.resolve("e_other"), "{\"schema\":\"something-else/2\"}");
        Files.writeString(dir.resolve("notes.txt"), "not a session");

        SessionArchive.Contents contents = SessionArchive.read(dir);
        List<SessionSummary> sessions = contents.sessions();
        assertEquals(2, sessions.size());
        assertEquals(dir.resolve("batch/a_te_1"), sessions.get(0).folder(), "oldest first");
        SessionSummary s = sessions.get(1);
        assertEquals("te", s.exerciseId());
        assertEquals("Name of te", s.exerciseName());
        assertEquals(3, s.reps());
        assertEquals(25, s.prescribed());
        assertEquals(1, s.partialReps());
        assertEquals(java.util.Map.of("head_up", 1), s.faultsByKind());
        assertEquals(0.9, s.meanDepthShare(), 1e-9);
        assertEquals(2.0, s.meanRepSeconds(), 1e-9);

        List<String> problems = contents.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("c_te_3.incomplete") && p.contains("not finished")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("d_broken")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("e_other") && p.contains("not a RepCam session")));
    }

    @Test
    void aSessionCreatedOnTheFullMinuteIsRead() throws Exception {
        // OffsetDateTime.toString, which session.json used to be written with, leaves out ":00" seconds
        write(dir.resolve("a"), sessionJson("2026-12-03T17:24Z", "te", 4));
        write(dir.resolve("b"), sessionJson("2026-12-03T18:24:05+01:00", "te", 2));
        SessionArchive.Contents contents = SessionArchive.read(dir);
        assertEquals(List.of(), contents.problems());
        assertEquals(List.of(4, 2), contents.sessions().stream().map(SessionSummary::reps).toList());
    }
}
