package com.repcam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repcam.cli.RepCam;
import com.repcam.exercise.ExerciseCatalog;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The exercise library on its rendered samples ({@code samples/library}: one clip per built-in exercise beyond
 * the two upper-back ones, each with a faulty rep), through {@code eval} with the real model: every clip counted
 * exactly, partial reps reported as partial, every fault found on its rep and no fault anywhere else.
 */
class LibrarySamplesEndToEndTest {

    private static final Set<String> UPPER_BACK = Set.of("thoracic-extension", "quadruped-plus");

    @TempDir
    static Path dir;

    private static JsonNode result;
    private static String printed;

    static Path library() {
        return TestPaths.samples().resolve("library");
    }

    @BeforeAll
    static void evaluateLibrary() throws Exception {
        Path out = dir.resolve("eval.json");
        CommandLine cli = RepCam.commandLine();
        StringWriter text = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(text));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("eval", library().toString(), "--model", "full", "--json", out.toString(),
                "--models-dir", TestPaths.models().toString());
        printed = text.toString();
        assertEquals(0, code, err.toString());
        result = new ObjectMapper().readTree(out.toFile());
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
            if (!c.path("exact").asBoolean()
                    || c.path("partial_reps_true").asInt() != c.path("partial_reps_found").asInt()) {
                wrong.add(c.path("clip").asText() + ": " + c.path("counted").asInt() + " counted, "
                        + c.path("true_count").asInt() + " true, partial " + c.path("partial_reps_found").asInt()
                        + " of " + c.path("partial_reps_true").asInt());
            }
        }
        assertTrue(wrong.isEmpty(), wrong + "\n" + printed);
    }

    @Test
    void everyFaultIsFoundOnItsRepAndNowhereElse() {
        List<String> wrong = new ArrayList<>();
        int faults = 0;
        for (JsonNode c : result.path("clips")) {
            var it = c.path("faults").fields();
            while (it.hasNext()) {
                var f = it.next();
                faults += f.getValue().path("truePositives").asInt();
                if (f.getValue().path("falsePositives").asInt() > 0 || f.getValue().path("falseNegatives").asInt() > 0) {
                    wrong.add(c.path("clip").asText() + " " + f.getKey() + " " + f.getValue());
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong + "\n" + printed);
        assertTrue(faults >= result.path("clips").size(), "every library sample has a faulty rep\n" + printed);
    }

    @Test
    void theTruthOfEveryLibrarySampleFollowsFromItsParameters() throws Exception {
        try (var files = Files.list(library())) {
            for (Path params : files.filter(f -> f.toString().endsWith(".params.json")).sorted().toList()) {
                String sample = params.toString().replace(".params.json", "");
                Process p = new ProcessBuilder("tools/render/check-reproduce.sh", sample).redirectErrorStream(true)
                        .start();
                String output = new String(p.getInputStream().readAllBytes());
                assertEquals(0, p.waitFor(), output);
            }
        }
    }
}
