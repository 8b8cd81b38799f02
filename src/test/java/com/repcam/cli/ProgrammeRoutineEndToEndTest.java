package com.repcam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repcam.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rendered routine of both exercises, two sets each, walking out of the picture and back in between sets
 * ({@code samples/routine/upper-back.mp4}, truth in {@code upper-back.truth.json}), analysed as a programme with no
 * key pressed: every set is found as the exercise it is, counted exactly, ended the way it should (three at their
 * target, the last when the person gets up after 4 of 6), every set with its faults on the right reps (the head
 * up of the second thoracic set is held at full depth: judged against the person's own neck line at each depth).
 * And again with the programme's exercises in the other order: RepCam follows what the person does.
 */
class ProgrammeRoutineEndToEndTest {

    private static final Path ROUTINE = Path.of("samples/routine");

    @TempDir
    Path dir;

    @Test
    void theRoutineIsSplitIntoItsSetsAndCountedExactly() throws Exception {
        JsonNode run = analyse(ROUTINE.resolve("upper-back.programme.yaml"), "as-prescribed");
        assertEquals(expectedSets(Map.of("thoracic-extension", 5, "quadruped-plus", 6)), sets(run));
        JsonNode adherence = run.get("adherence");
        assertEquals(4, adherence.get("sets_done").asInt());
        assertEquals(4, adherence.get("sets_planned").asInt());
        assertEquals(20, adherence.get("reps_done").asInt());
        assertEquals(22, adherence.get("reps_planned").asInt());
        assertFaultsOnTheirReps(run);
        List<String> said = new ArrayList<>();
        run.get("said").forEach(s -> said.add(s.get("text").asText()));
        assertTrue(said.get(0).startsWith("Upper back, week 1: 2 exercises, 4 sets."), said.get(0));
        assertTrue(said.contains("Set done: 5 reps. Rest 20 seconds. Next: Quadruped Plus, set 1 of 2, 6 reps."),
                String.join("\n", said));
        assertEquals("Set done: 4 reps. That was the whole programme. Well done.", said.get(said.size() - 1));
    }

    @Test
    void theExerciseIsTakenFromThePersonsPositionNotTheProgrammesOrder() throws Exception {
        Path swapped = dir.resolve("swapped.yaml");
        Files.writeString(swapped, """
                name: Upper back, the other way round
                exercises:
                  - {exercise: quadruped-plus, sets: 2, reps: 6, rest_seconds: 20}
                  - {exercise: thoracic-extension, sets: 2, reps: 5, rest_seconds: 20}
                """);
        JsonNode run = analyse(swapped, "swapped");
        assertEquals(expectedSets(Map.of("thoracic-extension", 5, "quadruped-plus", 6)), sets(run));
        List<String> said = new ArrayList<>();
        run.get("said").forEach(s -> said.add(s.get("text").asText()));
        assertTrue(said.contains("That is Upper Back Thoracic Extension, set 1 of 2, 5 reps."),
                String.join("\n", said));
    }

    private JsonNode analyse(Path programme, String name) throws Exception {
        Path out = dir.resolve(name);
        RepCamCliTest.Run r = RepCamCliTest.run("analyze", ROUTINE.resolve("upper-back.mp4").toString(),
                "--programme", programme.toString(), "--no-video", "--models-dir", TestPaths.models().toString(),
                "--out", out.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        Path summary;
        try (Stream<Path> s = Files.list(out)) {
            summary = s.filter(p -> p.getFileName().toString().matches("upper-back_programme_.*\\.json"))
                    .findFirst().orElseThrow(() -> new AssertionError("no summary in " + out + ": " + r.out()));
        }
        return new ObjectMapper().readTree(summary.toFile());
    }

    /** "exercise set N: R reps, ended E" per set, from the truth and the programme's target per exercise. */
    private static List<String> expectedSets(Map<String, Integer> target) throws Exception {
        JsonNode truth = new ObjectMapper().readTree(ROUTINE.resolve("upper-back.truth.json").toFile());
        List<String> out = new ArrayList<>();
        Map<String, Integer> setOf = new HashMap<>();
        for (JsonNode s : truth.get("sets")) {
            String ex = s.get("exercise").asText();
            int reps = s.get("rep_count").asInt();
            out.add(String.format("%s set %d: %d reps, ended %s", ex, setOf.merge(ex, 1, Integer::sum), reps,
                    reps >= target.get(ex) ? "target" : "left_position"));
        }
        return out;
    }

    private static List<String> sets(JsonNode run) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : run.get("sets")) {
            out.add(String.format("%s set %d: %d reps, ended %s", s.get("exercise").asText(), s.get("set").asInt(),
                    s.get("reps").asInt(), s.get("ended").asText()));
        }
        return out;
    }

    /** Each saved set's session.json has the truth's faults on the same reps, and no others. */
    private static void assertFaultsOnTheirReps(JsonNode run) throws Exception {
        JsonNode truth = new ObjectMapper().readTree(ROUTINE.resolve("upper-back.truth.json").toFile());
        int checked = 0;
        for (int i = 0; i < truth.get("sets").size(); i++) {
            checked++;
            JsonNode expected = truth.get("sets").get(i).get("reps");
            JsonNode session = new ObjectMapper().readTree(Path.of(run.get("sets").get(i).get("folder").asText())
                    .resolve("session.json").toFile());
            JsonNode reps = session.get("reps");
            assertEquals(expected.size(), reps.size(), "set " + (i + 1));
            for (int r = 0; r < reps.size(); r++) {
                assertEquals(expected.get(r).get("faults").toString(), reps.get(r).get("faults").toString(),
                        "set " + (i + 1) + " rep " + (r + 1));
            }
        }
        assertEquals(4, checked);
    }
}
