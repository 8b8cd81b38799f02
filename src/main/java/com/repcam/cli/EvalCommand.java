package com.repcam.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.repcam.analysis.RecordingAnalysis;
import com.repcam.analysis.SessionResult;
import com.repcam.eval.ClipScore;
import com.repcam.eval.EvalClip;
import com.repcam.eval.EvalClips;
import com.repcam.eval.EvalSummary;
import com.repcam.eval.FaultTally;
import com.repcam.eval.RepSpan;
import com.repcam.eval.TimingSummary;
import com.repcam.eval.TruthFile;
import com.repcam.exercise.DefinitionException;
import com.repcam.exercise.ExerciseCatalog;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.ExerciseEvent;
import com.repcam.exercise.Rep;
import com.repcam.learn.ExerciseLearner;
import com.repcam.pose.PoseTracker;
import com.repcam.session.RecordingSessions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code repcam eval}: counts and faults against the truth of rendered clips, per clip and overall. */
@Command(name = "eval", mixinStandardHelpOptions = true, version = "RepCam 0.1.0",
        description = "Runs the full pipeline on videos with truth files and scores the counts and faults.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "A folder of NAME.mp4 + NAME.truth.json, or a manifest JSON.")
    Path path;

    @Mixin
    ModelChoice model;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Also write the scores as JSON.")
    Path json;

    @Mixin
    ExerciseFiles exerciseFiles;

    @Option(names = "--trace", paramLabel = "DIR",
            description = "Write NAME.signals.csv per clip: every signal, the phase, the count and the faults per frame.")
    Path traceDir;

    @Option(names = "--exercise", paramLabel = "ID|any",
            description = "Count every clip as this exercise instead of the one its truth names; 'any' learns the "
                    + "counting of each clip from the clip itself (no definition; counts only, no form rules).")
    String exercise;

    @Option(names = "--fail-on-miscount", description = "Exit with code 7 when any clip is not counted exactly.")
    boolean failOnMiscount;

    @Option(names = "--strategy", paramLabel = "S", defaultValue = "auto",
            description = "As analyze: auto (default), parallel, threaded or inline.")
    RecordingAnalysis.Strategy strategy;

    @Mixin
    ModelOptions models;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ExerciseCatalog catalog = exerciseFiles.catalog();
        List<EvalClip> clips;
        try {
            clips = EvalClips.find(path);
        } catch (java.io.IOException e) {
            throw new com.repcam.capture.CaptureException("Cannot evaluate " + path + ": " + e.getMessage(), e);
        }
        List<ClipScore> scores = new ArrayList<>();
        Map<String, List<ClipScore>> byExercise = new TreeMap<>();
        Map<String, List<ClipScore>> byView = new TreeMap<>();
        Map<String, List<ClipScore>> byPicture = new TreeMap<>();
        Map<String, List<ClipScore>> byAngle = new TreeMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        out.printf("%-48s %5s %7s %5s %4s %6s %8s  %s%n", "clip", "true", "counted", "exact", "OBO", "NAE",
                "no-person", "faults (TP/FP/FN)");
        try (PoseTracker tracker = PoseTracker.open(models.videoPose(model.variant(), models.threads))) {
            RecordingSessions sessions = new RecordingSessions(tracker, models.threads, strategy,
                    note -> spec.commandLine().getErr().println("repcam: note: " + note + "."));
            for (EvalClip clip : clips) {
                TruthFile truth = TruthFile.read(clip.truth());
                Optional<ExerciseDefinition> definition = ExerciseLearner.ANY.equals(exercise)
                        ? learnedFrom(sessions, clip.video())
                        : Optional.of(exercise != null ? catalog.require(exercise)
                        : catalog.find(truth.exercise()).orElseThrow(() -> new DefinitionException(
                        clip.truth() + " names the exercise '" + truth.exercise() + "', which RepCam does not know: "
                        + "give its definition with --exercise-file FILE.")));
                SessionResult result = definition.isEmpty() ? null : sessions.analyze(clip.video(),
                        definition.get(), traceDir == null ? null : (video, stride, exercise) -> SignalTrace.open(
                                traceDir.resolve(clip.name() + ".signals.csv"), exercise));
                ClipScore s = result == null ? ClipScore.score(clip.name(), truth.reps(), List.of(), 0, 0)
                        : ClipScore.score(clip.name(), truth.reps(), spans(result.reps()),
                        result.framesWithoutPerson(), result.frames());
                scores.add(s);
                byExercise.computeIfAbsent(truth.exercise(), k -> new ArrayList<>()).add(s);
                byView.computeIfAbsent(truth.camera().view(), k -> new ArrayList<>()).add(s);
                byPicture.computeIfAbsent(truth.camera().picture(), k -> new ArrayList<>()).add(s);
                byAngle.computeIfAbsent(angleBand(truth.camera().azimuthDegrees()), k -> new ArrayList<>()).add(s);
                List<String> uncountableViews = result == null ? List.of() : uncountableViews(result);
                out.printf("%-48s %5d %7d %5s %4s %6.3f %8d  %s%s%n", clip.name(), s.trueCount(), s.counted(),
                        s.exact() ? "yes" : "NO", s.offByAtMostOne() ? "yes" : "no", s.normalisedAbsoluteError(),
                        s.framesNoPerson(), faults(s.faults()), uncountableViews.isEmpty() ? ""
                                : "  (told the user it cannot count from a " + String.join(" or ", uncountableViews)
                                + " view)");
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("clip", clip.name());
                row.put("exercise", truth.exercise());
                row.put("view", truth.camera().view());
                row.put("mirrored", truth.camera().mirrored());
                row.put("picture", truth.camera().picture());
                row.put("true_count", s.trueCount());
                row.put("counted", s.counted());
                row.put("exact", s.exact());
                row.put("off_by_one", s.offByAtMostOne());
                row.put("normalised_absolute_error", s.normalisedAbsoluteError());
                row.put("partial_reps_true", truth.partialReps().size());
                row.put("partial_reps_found", result == null ? 0 : result.partialReps().size());
                row.put("frames", s.frames());
                row.put("frames_without_person", s.framesNoPerson());
                row.put("faults", s.faults());
                row.put("uncountable_views_told", uncountableViews);
                row.put("doubtful", result == null || result.doubtful());
                row.put("warnings", result == null ? List.of("no repeated movement found") : result.warnings());
                rows.add(row);
            }
        }
        EvalSummary sum = new EvalSummary(scores);
        out.printf("overall: %d clips, exact %d/%d, MAE %.3f, OBO %.3f, frames without a person %d of %d%n",
                scores.size(), sum.exactClips(), scores.size(), sum.meanAbsoluteError(), sum.offByOneAccuracy(),
                sum.framesNoPerson(), sum.frames());
        for (var e : sum.faults().entrySet()) {
            FaultTally f = e.getValue();
            out.printf("  %-14s precision %s  recall %s  (TP %d, FP %d, FN %d, %d of them told not checked; recall "
                    + "where checked %s)%n", e.getKey(), ratio(f.precision()), ratio(f.recall()), f.truePositives(),
                    f.falsePositives(), f.falseNegatives(), f.notChecked(), ratio(f.recallWhereChecked()));
        }
        TimingSummary timing = sum.timing();
        out.printf("  rep timing (%d reps matched to true ones%s; counted minus true, + late): start |error| median "
                + "%.2f s, 90%% within %.2f s, median %+.2f s; end |error| median %.2f s, 90%% within %.2f s, median "
                + "%+.2f s%n", timing.reps(), startsLeftOut(timing), timing.startError().median(),
                timing.startError().p90(), timing.startBias(), timing.endError().median(), timing.endError().p90(),
                timing.endBias());
        Map<String, Object> perExercise = printGroups(out, "per exercise", byExercise);
        Map<String, Object> perView = printGroups(out, "per view", byView);
        Map<String, Object> perAngle = printGroups(out, "per camera angle (from side-on)", byAngle);
        Map<String, Object> perPicture = printGroups(out, "per picture", byPicture);
        if (json != null) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schema", "repcam-eval/1");
            doc.put("model", model.variant().cliName());
            doc.put("clips", rows);
            doc.put("exact_clips", sum.exactClips());
            doc.put("mae", sum.meanAbsoluteError());
            doc.put("obo", sum.offByOneAccuracy());
            doc.put("faults", sum.faults());
            doc.put("rep_timing", timing);
            doc.put("per_exercise", perExercise);
            doc.put("per_view", perView);
            doc.put("per_camera_angle", perAngle);
            doc.put("per_picture", perPicture);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), doc);
        }
        return failOnMiscount && sum.exactClips() < scores.size() ? ExitCodes.MISCOUNT : ExitCodes.OK;
    }

    /** The band of camera angles (degrees round from side-on towards the front) a clip's camera lies in. */
    static String angleBand(double azimuthDegrees) {
        if (Double.isNaN(azimuthDegrees)) {
            return "not said";
        }
        double a = Math.abs(azimuthDegrees);
        return a <= 15 ? "0-15 deg" : a <= 30 ? "16-30 deg" : a <= 50 ? "31-50 deg" : "over 50 deg";
    }

    /**
     * Prints the summary of each group of clips under the title (when there is more than one group) and returns
     * the summaries for the JSON.
     */
    private static Map<String, Object> printGroups(PrintWriter out, String title, Map<String, List<ClipScore>> groups) {
        Map<String, Object> summaries = new LinkedHashMap<>();
        boolean several = groups.size() > 1;
        if (several) {
            out.println(title + ":");
        }
        groups.forEach((name, clipsOfOne) -> {
            EvalSummary one = new EvalSummary(clipsOfOne);
            if (several) {
                StringBuilder faults = new StringBuilder();
                one.faults().forEach((k, v) -> faults.append("  ").append(k).append(" P ").append(ratio(v.precision()))
                        .append(" R ").append(ratio(v.recall())));
                out.printf("  %-20s %2d clip%s, exact %d/%d, MAE %.3f%s%n", name, clipsOfOne.size(),
                        clipsOfOne.size() == 1 ? "" : "s", one.exactClips(),
                        clipsOfOne.size(), one.meanAbsoluteError(), faults);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("clips", clipsOfOne.size());
            entry.put("exact_clips", one.exactClips());
            entry.put("mae", one.meanAbsoluteError());
            entry.put("faults", one.faults());
            summaries.put(name, entry);
        });
        return summaries;
    }

    /** The views RepCam told the user it cannot count from (ViewNotSuitable events for the counting). */
    private static List<String> uncountableViews(SessionResult result) {
        return result.events().stream().filter(e -> e instanceof ExerciseEvent.ViewNotSuitable v
                        && v.what().equals("counting"))
                .map(e -> ((ExerciseEvent.ViewNotSuitable) e).view().name().toLowerCase(java.util.Locale.ROOT))
                .distinct().toList();
    }

    private static List<RepSpan> spans(List<Rep> reps) {
        return reps.stream().map(RepSpan::counted).toList();
    }

    private static String faults(Map<String, FaultTally> faults) {
        if (faults.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        faults.forEach((k, v) -> sb.append(k).append(' ').append(v.truePositives()).append('/')
                .append(v.falsePositives()).append('/').append(v.falseNegatives()).append("  "));
        return sb.toString().trim();
    }

    /** Says how many matched reps the start figures leave out, as counting began during them; empty for none. */
    private static String startsLeftOut(TimingSummary timing) {
        return timing.startsNotSeen() == 0 ? ""
                : ", the " + timing.startsNotSeen() + " counting began during left out of the start figures";
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "  n/a" : String.format("%.2f", v);
    }

    /** The counting learned from the clip itself ({@code --exercise any}); empty (and said) when none is found. */
    private Optional<ExerciseDefinition> learnedFrom(RecordingSessions sessions, Path video) throws Exception {
        try {
            return Optional.of(ExerciseLearner.learnAny(sessions, video).definition());
        } catch (ExerciseLearner.NothingRepeatedException e) {
            spec.commandLine().getErr().println("repcam: " + e.getMessage() + " Counted as 0.");
            return Optional.empty();
        }
    }
}
