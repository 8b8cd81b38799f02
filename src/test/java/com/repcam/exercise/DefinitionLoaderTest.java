package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Definition files: the built-ins load, a therapist's own file counts, and every mistake is pinned down. */
public class DefinitionLoaderTest {

    /** A standing arm raise, written the way a therapist would add a third exercise. */
    public static final String ARM_RAISE = """
            id: arm-raise
            version: 1
            name: Standing Arm Raise
            description: Stand tall and raise the straight arm forward to overhead, then lower it.
            views: [side, oblique]
            prescribed_reps: 10
            signals:
              arm_lift: {angle: [hip, shoulder, wrist]}
              trunk_incline: {incline: [hip, shoulder]}
            counting:
              signal: arm_lift
              direction: increase
              initial_range: 120
              min_excursion: 30
              enter: 0.25
              partial: 0.3
              target: 0.7
              exit: 0.2
              min_rep_seconds: 0.6
              calibration_reps: 1
              smoothing_seconds: 0.1
              min_confidence: 0.5
              max_gap_seconds: 1.0
            posture:
              signal: trunk_incline
              min: 60
              max: 90
              settle_seconds: 0.5
            rules: []
            """;

    @TempDir
    Path dir;

    private DefinitionException mistake(String find, String replace) {
        String yaml = ARM_RAISE.replace(find, replace);
        assertTrue(!yaml.equals(ARM_RAISE), "test edit did not apply: " + find);
        return assertThrows(DefinitionException.class, () -> {
            Path f = dir.resolve("arm-raise.yaml");
            Files.writeString(f, yaml);
            DefinitionLoader.load(f);
        });
    }

    @Test
    void everyDefinitionFileOfTheResourcesIsInTheIndexAndLoads() throws Exception {
        java.util.List<String> files;
        try (var s = Files.list(Path.of("src/main/resources/exercises"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        assertEquals(files, ExerciseCatalog.builtInFiles().stream().sorted().toList(),
                "src/main/resources/exercises/index.txt lists every definition there");
        assertEquals(files.size(), ExerciseCatalog.builtIn().all().size());
    }

    @Test
    void signalsKeepTheFilesOrderSoThatTracesAreTheSameFromRunToRun() throws Exception {
        // (Map.copyOf's order changes with every JVM: the trace CSV's columns moved between two runs of one build)
        assertEquals(java.util.List.of("head_rise", "neck", "elbow_angle", "hands_ahead", "trunk_incline",
                "ear_above_wrist", "shoulder_above_wrist", "shoulder_above_hip", "front_shoulder_above_wrist",
                "front_nose_above_wrist", "knee_above_ankle", "hip_above_knee"),
                java.util.List.copyOf(ExerciseCatalog.builtIn().require("quadruped-plus").signals().keySet()));
    }

    @Test
    void aRepsFaultsAreInNameOrderInEveryOutput() {
        Rep rep = new Rep(1, 0, 1, 2, 4, 1, 1, 0, 1, java.util.Set.of("head_up", "bent_elbows", "hands_forward",
                "chin_tucked", "elbows_off_chair", "arm_high"), false);
        assertEquals(java.util.List.of("arm_high", "bent_elbows", "chin_tucked", "elbows_off_chair", "hands_forward",
                "head_up"), java.util.List.copyOf(rep.faults()));
    }

    @Test
    void builtInExercisesLoad() throws Exception {
        ExerciseCatalog c = ExerciseCatalog.builtIn();
        assertTrue(c.all().size() >= 10, "the library: " + c.all().size() + " built-in exercises");
        for (ExerciseDefinition d : c.all()) {
            assertFalse(d.rules().isEmpty(), d.id() + " has form rules");
            assertFalse(d.views().isEmpty(), d.id() + " says which views it is counted from");
            assertFalse(d.description().isBlank(), d.id() + " describes the exercise");
        }
        assertEquals(25, c.require("thoracic-extension").prescribedReps());
        // bent elbows is named by two rules (the elbow's angle, the chest let down below the rep's start)
        assertEquals(5, c.require("quadruped-plus").rules().size());
        assertEquals(List.of("bent_elbows", "hands_forward", "head_up", "chin_tucked"),
                List.copyOf(FaultRule.viewsByFault(c.require("quadruped-plus").rules()).keySet()));
    }

    @Test
    void aTherapistsOwnExerciseFileCountsReps() throws Exception {
        Path file = dir.resolve("arm-raise.yaml");
        Files.writeString(file, ARM_RAISE);
        ExerciseCatalog catalog = ExerciseCatalog.load(java.util.List.of(file));
        ExerciseTracker t = new ExerciseTracker(catalog.require("arm-raise"));
        Session s = new Session(new StickFigure(0, 1, 0, 9), StickFigure.Exercise.STANDING, 30).standing(1.5);
        for (int i = 0; i < 5; i++) {
            s.rep(1.0, 1.0, 0.3, 1.0).standing(0.5);
        }
        Session.run(t, s.frames());
        assertEquals(5, t.count());
    }

    @Test
    void unknownLandmarkNamesFileLineAndField() {
        DefinitionException e = mistake("arm_lift: {angle: [hip, shoulder, wrist]}",
                "arm_lift: {angle: [hip, sholder, wrist]}");
        assertTrue(e.getMessage().contains("arm-raise.yaml line 8, field signals.arm_lift.angle: unknown landmark "
                + "'sholder'"), e.getMessage());
    }

    @Test
    void missingThresholdIsNamed() {
        DefinitionException e = mistake("  target: 0.7\n", "");
        assertTrue(e.getMessage().contains("field counting.target: is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("line 10,"), e.getMessage()); // the counting: section it belongs in
    }

    @Test
    void thresholdsInTheWrongOrderAreRefused() {
        DefinitionException e = mistake("  exit: 0.2", "  exit: 0.4");
        assertTrue(e.getMessage().contains("thresholds are in the wrong order"), e.getMessage());
        assertTrue(e.getMessage().contains("exit (0.4) < enter (0.25)"), e.getMessage());
    }

    @Test
    void unknownSignalAndMisspeltFieldAreRefused() {
        assertTrue(mistake("  signal: arm_lift", "  signal: arm_lfit").getMessage()
                .contains("field counting.signal: unknown signal 'arm_lfit'"));
        DefinitionException typo = mistake("prescribed_reps: 10", "prescribed_rep: 10");
        assertTrue(typo.getMessage().contains("line 6, field prescribed_rep: unknown field"), typo.getMessage());
    }

    @Test
    void brokenYamlSaysWhere() {
        DefinitionException e = mistake("views: [side, oblique]", "views: [side, oblique");
        assertTrue(e.getMessage().startsWith(dir.resolve("arm-raise.yaml") + " line "), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void thePositionsFurtherRangesAreReadAndChecked() throws Exception {
        ExerciseCatalog c = ExerciseCatalog.builtIn();
        double inf = Double.POSITIVE_INFINITY;
        var kneelingOnTheFloor = java.util.List.of(new PostureSpec.SignalRange("hip_above_knee", 0.5, inf),
                new PostureSpec.SignalRange("knee_above_ankle", -inf, 0.4));
        assertEquals(java.util.List.of(new PostureSpec.SignalRange("shoulder_above_wrist", -inf, 0.75),
                kneelingOnTheFloor.get(0), kneelingOnTheFloor.get(1)),
                c.require("thoracic-extension").posture().alsoRequires());
        assertEquals(java.util.List.of(new PostureSpec.SignalRange("shoulder_above_wrist", 0.75, inf),
                kneelingOnTheFloor.get(0), kneelingOnTheFloor.get(1)), c.require("quadruped-plus").posture().alsoRequires());
        String extra = "  settle_seconds: 0.5\n  also_requires:\n";
        assertTrue(mistake("  settle_seconds: 0.5\n", extra + "    - {signal: arm_lfit, min: 1}\n").getMessage()
                .contains("field posture.also_requires.0.signal: unknown signal 'arm_lfit'"));
        assertTrue(mistake("  settle_seconds: 0.5\n", extra + "    - {signal: arm_lift}\n").getMessage()
                .contains("field posture.also_requires.0: needs min, max or both"));
        assertTrue(mistake("  settle_seconds: 0.5\n", extra + "    - {signal: arm_lift, min: 3, max: 1}\n")
                .getMessage().contains("field posture.also_requires.0.max: must be above min (3.0)"));
    }

    @Test
    void aBaselineThatFollowsDepthIsReadAndNeedsABaseline() throws Exception {
        FaultRule headUp = ExerciseCatalog.builtIn().require("thoracic-extension").rules().stream()
                .filter(r -> r.fault().equals("head_up")).findFirst().orElseThrow();
        assertTrue(headUp.baselineFollowsDepth() && headUp.fromBaseline());
        String rule = "rules:\n  - {fault: arm_low, signal: arm_lift, below: -10, hysteresis: 2, min_seconds: 0.2,"
                + " views: [side], cue: \"Lift it.\", baseline_follows_depth: true}\n";
        assertTrue(mistake("rules: []\n", rule).getMessage()
                .contains("field rules.0.baseline_follows_depth: needs from_baseline: true"));
    }

    @Test
    void aBaselineTakenAtEveryRestNeedsABaselineAndNotADepthLine() {
        String rule = "rules:\n  - {fault: arm_low, signal: arm_lift, below: -10, hysteresis: 2, min_seconds: 0.2,"
                + " views: [side], cue: \"Lift it.\", baseline_from_rests: true%s}\n";
        assertTrue(mistake("rules: []\n", String.format(rule, "")).getMessage()
                .contains("field rules.0.baseline_from_rests: needs from_baseline: true"));
        assertTrue(mistake("rules: []\n", String.format(rule, ", from_baseline: true, baseline_follows_depth: true"))
                .getMessage().contains("cannot be given with baseline_follows_depth"));
    }

    @Test
    void anAbsoluteLimitIsReadAndNeedsABaseline() throws Exception {
        FaultRule bent = ExerciseCatalog.builtIn().require("quadruped-plus").rules().stream()
                .filter(r -> r.fault().equals("bent_elbows")).findFirst().orElseThrow();
        assertEquals(130, bent.absoluteLimit(), 0);
        assertTrue(ExerciseCatalog.builtIn().require("thoracic-extension").rules().stream()
                .allMatch(r -> Double.isNaN(r.absoluteLimit())), "not given: none");
        String rule = "rules:\n  - {fault: arm_low, signal: arm_lift, below: -10, hysteresis: 2, min_seconds: 0.2,"
                + " views: [side], cue: \"Lift it.\", absolute_limit: 40}\n";
        assertTrue(mistake("rules: []\n", rule).getMessage()
                .contains("field rules.0.absolute_limit: needs from_baseline: true"));
    }

    @Test
    void howFarTheSignalMayWaverWhileHoldingStillIsReadFromThePosture() throws Exception {
        ExerciseCatalog c = ExerciseCatalog.builtIn();
        assertEquals(2.5, c.require("quadruped-plus").posture().stillWithin(), 0);
        assertTrue(Double.isNaN(c.require("thoracic-extension").posture().stillWithin()), "not given: a rep start");
        assertEquals(0.9, c.require("thoracic-extension").posture().stillWithin(0.9), 0);
        assertTrue(mistake("  settle_seconds: 0.5\n", "  settle_seconds: 0.5\n  still_within: 0\n").getMessage()
                .contains("field posture.still_within: must be above 0"));
    }

    @Test
    void aFurtherRangeOutOfItsBoundsTakesThePersonOutOfThePosition() {
        PostureSpec p = new PostureSpec("incline", -10, 10, 1, java.util.List.of(), java.util.List.of(
                new PostureSpec.SignalRange("wrists", 0.5, Double.POSITIVE_INFINITY)));
        java.util.function.BiFunction<Double, Double, PostureSpec.Verdict> judge = (incline, wrists) -> p.judge(
                java.util.Map.of("incline", new com.repcam.signal.Reading(incline, 0.9),
                        "wrists", new com.repcam.signal.Reading(wrists, wrists.isNaN() ? 0.1 : 0.9)), 0.5);
        assertEquals(PostureSpec.Verdict.IN, judge.apply(0.0, 1.0));
        assertEquals(PostureSpec.Verdict.OUT, judge.apply(0.0, 0.2), "in the main range, wrists too high");
        assertEquals(PostureSpec.Verdict.OUT, judge.apply(40.0, 1.0));
        assertEquals(PostureSpec.Verdict.UNKNOWN, judge.apply(0.0, Double.NaN), "wrists not trusted");
        assertEquals(PostureSpec.Verdict.OUT, judge.apply(40.0, Double.NaN), "a trusted reading out is enough");
    }
}
