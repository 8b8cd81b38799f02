package com.repcam.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repcam.cli.RepCam;
import com.repcam.testing.Chromium;
import com.repcam.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The real model on rendered samples: an exercise learned from one demonstration counts other clips of it exactly
 * (another side, bent elbows, walking in and out from an oblique view), and {@code analyze --exercise any} counts a
 * clip with a walk-in with no definition, its report (in headless Chromium) saying that form was not checked.
 */
class LearnEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void aDefinitionLearnedFromOneDemonstrationCountsNewClipsOfThatExerciseExactly() throws Exception {
        Path yaml = dir.resolve("push-up-plus.yaml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "learn", sample("quadruped-plus_side-right_clean"), "--name", "push-up-plus",
                "--out", yaml.toString(), "--models-dir", TestPaths.models().toString()), err.toString());
        assertTrue(out.toString().contains("the learned definition counts 8 reps"), out.toString());
        String text = Files.readString(yaml);
        assertTrue(text.contains("id: push-up-plus") && text.contains("counting:"), text);

        for (String clip : new String[] {"quadruped-plus_side-left_bent-elbows", "quadruped-plus_oblique_walk-in-out"}) {
            Path sessions = dir.resolve("sessions-" + clip);
            err = new StringWriter();
            int code = run(new StringWriter(), err, "analyze", sample(clip), "--exercise", "push-up-plus",
                    "--exercise-file", yaml.toString(), "--no-video", "--out", sessions.toString(), "--models-dir",
                    TestPaths.models().toString());
            assertTrue(code == 0 || code == 8, err.toString());
            JsonNode doc = session(sessions);
            int truth = new ObjectMapper().readTree(TestPaths.samples().resolve(clip + ".truth.json").toFile())
                    .path("reps").size();
            assertEquals(truth, doc.path("summary").path("reps").asInt(), clip + " counted with the learned file");
        }
    }

    /**
     * Library exercises the learner was not tuned on: learned from one rendered clip, counted on the other (another
     * side and body, another view for the curl). Full reps only: the learned least movement (30% of the demonstrated
     * range) is more than the glute bridge's partial rep reaches, so that one is not reported (measured).
     */
    @ParameterizedTest
    @CsvSource({"glute-bridge_side-left_overarching, glute-bridge_side-right_partial",
            "bicep-curl_oblique-right_clean, bicep-curl_side-left_elbows-forward"})
    void aLibraryExerciseLearnedFromOneClipCountsItsOtherClipExactly(String demo, String other) throws Exception {
        Path yaml = dir.resolve("learned.yaml");
        StringWriter err = new StringWriter();
        assertEquals(0, run(new StringWriter(), err, "learn", library(demo), "--name", "learned", "--out",
                yaml.toString(), "--models-dir", TestPaths.models().toString()), err.toString());
        Path sessions = dir.resolve("sessions");
        err = new StringWriter();
        int code = run(new StringWriter(), err, "analyze", library(other), "--exercise", "learned", "--exercise-file",
                yaml.toString(), "--no-video", "--out", sessions.toString(), "--models-dir", TestPaths.models().toString());
        assertEquals(0, code, err.toString());
        JsonNode doc = session(sessions);
        JsonNode truth = new ObjectMapper().readTree(TestPaths.samples().resolve("library").resolve(other + ".truth.json")
                .toFile());
        assertEquals(truth.path("reps").size(), doc.path("summary").path("reps").asInt(), other + " counted, learned from "
                + demo + "\n" + Files.readString(yaml));
    }

    @Test
    void analyzeAnyCountsARepeatedMovementWithNoDefinitionAndChecksNoForm() throws Exception {
        Path sessions = dir.resolve("any");
        StringWriter err = new StringWriter();
        assertEquals(0, run(new StringWriter(), err, "analyze", sample("thoracic-extension_side-left_walk-in_head-up"),
                "--exercise", "any", "--no-video", "--out", sessions.toString(), "--models-dir",
                TestPaths.models().toString()), err.toString());
        assertTrue(err.toString().contains("learned from the video"), err.toString());
        JsonNode doc = session(sessions);
        assertEquals(5, doc.path("summary").path("reps").asInt());
        assertEquals(0, doc.path("exercise").path("form_rules").size(), "no form rules for a learned counting");
        String rendered = Chromium.open(folder(sessions).resolve("report.html"), dir, "--dump-dom")
                .replaceAll("(?s)<script.*?</script>", "");
        assertTrue(rendered.contains("Form was not checked: this exercise has no form rules"), rendered);
        assertEquals(5, Chromium.count(rendered, "form not checked"), "each rep says its form was not checked");
        assertTrue(!rendered.contains(">good<") && !rendered.contains("No form faults"), "no praise for form");
    }

    private static String library(String name) {
        return TestPaths.samples().resolve("library").resolve(name + ".mp4").toString();
    }

    private static String sample(String name) {
        return TestPaths.samples().resolve(name + ".mp4").toString();
    }

    private static Path folder(Path sessions) throws Exception {
        try (Stream<Path> dirs = Files.list(sessions)) {
            return dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    private static JsonNode session(Path sessions) throws Exception {
        return new ObjectMapper().readTree(folder(sessions).resolve("session.json").toFile());
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = RepCam.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
