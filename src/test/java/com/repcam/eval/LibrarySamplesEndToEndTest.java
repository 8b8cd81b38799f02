package com.repcam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.repcam.exercise.ExerciseCatalog;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exercise library on its rendered samples ({@code samples/library}: one clip per built-in exercise beyond
 * the two upper-back ones: two clips each, faulty reps and partial reps), through {@code eval} with the real model:
 * every clip counted exactly, partial reps reported as partial but the known miss, every fault found on its rep and
 * no fault anywhere else.
 */
class LibrarySamplesEndToEndTest {

    private static final Set<String> UPPER_BACK = Set.of("thoracic-extension", "quadruped-plus");

    /**
     * clip -> partial reps known not to be reported (measured): the squat's partial rep seen from 35 degrees closes
     * the knee by 25 deg, under its least partial movement (30% of the person's 93 deg range). A known miss that
     * starts being found fails the test too.
     */
    private static final Map<String, Integer> KNOWN_PARTIAL_MISSES = Map.of("squat_oblique-right_clean", 1);

    @TempDir
    static Path dir;

    private static EvalRun run;
    private static JsonNode result;
    private static String printed;

    static Path library() {
        return TestPaths.samples().resolve("library");
    }

    @BeforeAll
    static void evaluateLibrary() throws Exception {
        run = EvalRun.of(library(), dir);
        result = run.result();
        printed = run.printed();
    }

    @Test
    void everyLibraryExerciseHasARenderedSample() throws Exception {
        Set<String> sampled = new TreeSet<>();
        try (var files = Files.list(library())) {
            for (Path f : files.filter(x -> x.toString().endsWith(".truth.json")).toList()) {
                sampled.add(TruthFile.read(f).exercise());
            }
        }
        Set<String> library = new TreeSet<>();
        for (ExerciseDefinition d : ExerciseCatalog.builtIn().all()) {
            if (!UPPER_BACK.contains(d.id())) {
                library.add(d.id());
            }
        }
        assertTrue(library.size() >= 8, "expected at least 8 library exercises, found " + library);
        assertEquals(library, sampled);
        assertEquals(sampled.size(), result.path("per_exercise").size(), printed);
    }

    @Test
    void everyClipIsCountedExactlyWithItsPartialReps() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : result.path("clips")) {
            int missed = KNOWN_PARTIAL_MISSES.getOrDefault(c.path("clip").asText(), 0);
            if (!c.path("exact").asBoolean()
                    || c.path("partial_reps_true").asInt() - missed != c.path("partial_reps_found").asInt()) {
                wrong.add(c.path("clip").asText() + ": " + c.path("counted").asInt() + " counted, "
                        + c.path("true_count").asInt() + " true, partial " + c.path("partial_reps_found").asInt()
                        + " of " + c.path("partial_reps_true").asInt());
            }
        }
        assertTrue(wrong.isEmpty(), wrong + "\n" + printed);
    }

    @Test
    void everyFaultIsFoundOnItsRepAndNowhereElse() {
        EvalRun.FaultCheck check = run.faults(clip -> true, EvalRun::falseOrMissed);
        assertTrue(check.wrong().isEmpty(), check.wrong() + "\n" + printed);
        Set<String> withoutFound = new TreeSet<>();
        result.path("per_exercise").fields().forEachRemaining(e -> {
            int found = 0;
            for (JsonNode t : e.getValue().path("faults")) {
                found += t.path("truePositives").asInt();
            }
            if (found == 0) {
                withoutFound.add(e.getKey());
            }
        });
        assertTrue(withoutFound.isEmpty(), "every library exercise has a faulty rep that is found: " + withoutFound
                + "\n" + printed);
        assertTrue(check.found() > 0, printed);
    }

    @Test
    void theTruthOfEveryLibrarySampleFollowsFromItsParameters() throws Exception {
        EvalRun.assertTruthFollowsFromParameters(library());
    }
}
