package com.repcam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repcam.analysis.FrameAnalyzer;
import com.repcam.analysis.SessionPipeline;
import com.repcam.analysis.SessionResult;
import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.cli.RepCam;
import com.repcam.exercise.ExerciseCatalog;
import com.repcam.exercise.ExerciseEvent;
import com.repcam.exercise.ExerciseTracker;
import com.repcam.pose.ModelVariant;
import com.repcam.pose.PoseOptions;
import com.repcam.pose.PoseTracker;
import com.repcam.runner.StageRunner;
import com.repcam.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole pipeline (decode, BlazePose, exercise engine) on every committed rendered sample, through the
 * {@code eval} command: every sample must be counted exactly, and every fault found on its rep and nowhere else,
 * except the known misses listed here (each one a gap recorded in the exercise file and the issue): a known miss
 * that starts being found fails the test too, so the list stays true.
 */
class SamplesEndToEndTest {

    /** clip -> fault -> reps where the fault is known to be missed (false negatives). */
    private static final Map<String, Map<String, Integer>> KNOWN_MISSES = Map.of(
            // the neck is not judged obliquely in the thoracic extension (RepCam says so): the chin tuck goes unjudged
            "thoracic-extension_oblique_chin-tucked", Map.of("chin_tucked", 1));

    @Test
    void theObliqueThoracicExtensionSaysTheNeckCannotBeJudgedFromThere() throws Exception {
        CommandLine cli = RepCam.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute("analyze", TestPaths.samples().resolve("thoracic-extension_oblique_chin-tucked.mp4")
                .toString(), "--exercise", "thoracic-extension", "--no-video", "--out", dir.resolve("oblique").toString(),
                "--models-dir", TestPaths.models().toString()));
        Path session;
        try (var dirs = Files.list(dir.resolve("oblique"))) {
            session = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        JsonNode events = new ObjectMapper().readTree(session.resolve("session.json").toFile()).path("events");
        boolean told = false;
        for (JsonNode e : events) {
            told |= e.path("type").asText().equals("view_not_suitable") && e.path("what").asText().equals("chin_tucked")
                    && e.path("view").asText().equals("oblique");
        }
        assertTrue(told, "expected a view_not_suitable event for chin_tucked: " + events);
    }

    @TempDir
    static Path dir;

    private static EvalRun run;
    private static JsonNode result;
    private static String printed;

    @BeforeAll
    static void evaluateSamples() throws Exception {
        run = EvalRun.of(TestPaths.samples(), dir);
        result = run.result();
        printed = run.printed();
    }

    @Test
    void everyCommittedSampleIsEvaluated() throws Exception {
        long truthFiles;
        try (var files = Files.list(TestPaths.samples())) {
            truthFiles = files.filter(f -> f.toString().endsWith(".truth.json")).count();
        }
        assertTrue(truthFiles >= 6, "samples/ should hold the rendered samples, found " + truthFiles);
        assertEquals(truthFiles, result.path("clips").size(), printed);
    }

    @Test
    void everySampleIsCountedExactly() {
        List<String> wrong = run.miscounts();
        assertTrue(wrong.isEmpty(), wrong + "\n" + printed);
    }

    @Test
    void noSampleIsToldItsPictureIsTurnedDamagedOrThatItNeverSettled() {
        for (JsonNode c : result.path("clips")) {
            String clip = c.path("clip").asText();
            assertFalse(c.path("doubtful").asBoolean(), clip + ": " + c.path("warnings"));
            String warnings = c.path("warnings").toString();
            for (String wrong : List.of("looks turned", "upside down", "nothing was counted", "could not be decoded",
                    "truncated", "frames a second", "pixels")) {
                assertFalse(warnings.contains(wrong), clip + ": " + warnings);
            }
        }
    }

    @Test
    void partialRepsAreReportedAsPartial() {
        for (JsonNode c : result.path("clips")) {
            assertEquals(c.path("partial_reps_true").asInt(), c.path("partial_reps_found").asInt(),
                    c.path("clip").asText() + "\n" + printed);
        }
    }

    @Test
    void everyFaultIsFoundOnItsRepAndNowhereElseButTheKnownMisses() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : result.path("clips")) {
            String clip = c.path("clip").asText();
            c.path("faults").fields().forEachRemaining(f -> {
                JsonNode t = f.getValue();
                int knownMisses = KNOWN_MISSES.getOrDefault(clip, Map.of()).getOrDefault(f.getKey(), 0);
                if (t.path("falsePositives").asInt() > 0 || t.path("falseNegatives").asInt() != knownMisses) {
                    wrong.add(clip + " " + f.getKey() + " " + t + " (known misses: " + knownMisses + ")");
                }
            });
        }
        assertTrue(wrong.isEmpty(), wrong + "\n" + printed);
    }

    @Test
    void onClipsWithAWalkInNoRepIsCountedBeforeThePersonHasSettledOrWhileLeaving() throws Exception {
        int walkIns = 0;
        try (var files = Files.list(TestPaths.samples());
             PoseTracker poses = PoseTracker.open(PoseOptions.video(ModelVariant.FULL, TestPaths.models()))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".truth.json")).sorted().toList()) {
                TruthFile truth = TruthFile.read(f);
                if (truth.walkIn().isEmpty()) {
                    continue;
                }
                walkIns++;
                Path video = Path.of(f.toString().replace(".truth.json", ".mp4"));
                poses.reset();
                ExerciseTracker tracker = new ExerciseTracker(ExerciseCatalog.builtIn().require(truth.exercise()));
                SessionResult result;
                double[] firstFound = {Double.NaN};
                try (FrameSource source = FrameSources.open(video.toString(), 1, false)) {
                    FrameAnalyzer analyzer = new FrameAnalyzer(poses, tracker);
                    result = SessionPipeline.run(source, analyzer, analyzer::analyze, a -> {
                        if (Double.isNaN(firstFound[0]) && a.pose().pose().isPresent()) {
                            firstFound[0] = a.pose().timestampMicros() / 1e6;
                        }
                    }, a -> { }, StageRunner.Layout.CALLER);
                }
                List<RepSpan> counted = result.reps().stream()
                        .map(RepSpan::counted).toList();
                assertEquals(truth.reps().size(), counted.size(), f.toString());
                assertTrue(truth.countedOutsideTheSet(counted).isEmpty(), f + ": " + counted);
                assertTrue(result.partialReps().stream().allMatch(r -> r.startMicros() / 1e6
                        >= truth.walkIn().get().endSeconds() - 0.5), f + ": " + result.partialReps());
                // getting up and leaving is not exercising: no form fault is told there (a rendered person looking
                // ahead while standing up was told to keep the neck neutral)
                if (truth.walkOut().isPresent()) {
                    double up = truth.walkOut().get().startSeconds();
                    List<ExerciseEvent> late = result.events().stream().filter(e -> e instanceof ExerciseEvent.FaultBegan
                            && e.timeMicros() / 1e6 > up).toList();
                    assertTrue(late.isEmpty(), f + ": faults while getting up or leaving: " + late);
                }
                // BlazePose found the person before they got down: the walk-in was really seen, not skipped
                assertTrue(firstFound[0] < truth.phases().get("walk_in.get_down").startSeconds(),
                        f + ": person first found at " + firstFound[0] + " s");
            }
        }
        assertTrue(walkIns >= 1, "expected at least one committed sample with a walk-in");
    }

    @Test
    void theTruthOfEverySampleFollowsFromItsParameters() throws Exception {
        EvalRun.assertTruthFollowsFromParameters(TestPaths.samples());
    }
}
