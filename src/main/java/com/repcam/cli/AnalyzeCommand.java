package com.repcam.cli;

import com.repcam.analysis.RecordingAnalysis;
import com.repcam.analysis.SessionResult;
import com.repcam.capture.CaptureException;
import com.repcam.capture.SourceInfo;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.learn.ExerciseLearner;
import com.repcam.live.LiveCoaching;
import com.repcam.live.LiveConfig;
import com.repcam.live.LiveResult;
import com.repcam.programme.Programme;
import com.repcam.programme.ProgrammeLoader;
import com.repcam.programme.ProgrammeStep;
import com.repcam.output.OutputException;
import com.repcam.pose.ModelVariant;
import com.repcam.pose.PoseOptions;
import com.repcam.pose.PoseTracker;
import com.repcam.session.RecordingSessions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code repcam analyze}: a recorded session (or a folder of them) into a per-rep account for the therapist:
 * session.json, reps.csv, poses.jsonl, annotated.mp4 and report.html in a new folder per session.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, version = "RepCam " + AnalyzeCommand.VERSION,
        description = "Analyses recorded exercise videos into a per-rep report (one folder per session).")
final class AnalyzeCommand implements Callable<Integer> {

    static final String VERSION = "0.1.0";

    @Parameters(paramLabel = "VIDEO", arity = "1..*",
            description = "Video files (mp4, mov, avi, mkv, webm) or folders of them.")
    List<Path> inputs;

    @Option(names = "--exercise", paramLabel = "ID",
            description = "Exercise id, e.g. thoracic-extension or quadruped-plus (see 'repcam exercises'), or any: "
                    + "count whatever movement repeats, learned from each video (no form rules).")
    String exerciseId;

    @Option(names = "--programme", paramLabel = "FILE",
            description = "The video is a recording of a whole programme (YAML, see docs/programme.md): each set is "
                    + "found as live --programme finds it (the exercise from the posture, a set from settling to the "
                    + "target or getting up) and saved in a folder of its own, with a summary of the run.")
    Path programmeFile;

    @Mixin
    ExerciseFiles exerciseFiles;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sessions",
            description = "Where session folders are created (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ModelChoice model;

    @Option(names = "--stride", paramLabel = "K", defaultValue = "1",
            description = "Use every K-th frame (for long videos; default: ${DEFAULT-VALUE}).")
    int stride;

    @Option(names = "--no-video", description = "Do not write annotated.mp4.")
    boolean noVideo;

    @Option(names = "--strategy", paramLabel = "S", defaultValue = "auto",
            description = "How to share the machine: auto (default), parallel (poses tracked in two parts at once), "
                    + "threaded (decode, analysis and output on three threads) or inline (all on one thread).")
    RecordingAnalysis.Strategy strategy;

    @Mixin
    ModelOptions models;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter outWriter = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (stride < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--stride must be 1 or more, got " + stride);
        }
        if ((exerciseId == null) == (programmeFile == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --exercise ID (or any) or "
                    + "--programme FILE, not " + (exerciseId == null ? "neither" : "both"));
        }
        if (programmeFile != null) {
            return analyzeProgramme(ProgrammeLoader.load(programmeFile, exerciseFiles.catalog()), expand(inputs),
                    outWriter, err);
        }
        boolean learnEach = ExerciseLearner.ANY.equals(exerciseId);
        ExerciseDefinition definition = learnEach ? null : exerciseFiles.catalog().require(exerciseId);
        List<Path> videos = expand(inputs);
        ModelVariant variant = model.variant();
        List<BatchIndex.Entry> entries = new ArrayList<>();
        int exit = ExitCodes.OK;
        try (ShutdownGuard guard = ShutdownGuard.forCurrentThread(Duration.ofSeconds(60));
             PoseTracker tracker = PoseTracker.open(models.videoPose(variant, models.threads))) {
            RecordingSessions sessions = new RecordingSessions(tracker, models.threads, strategy,
                    note -> err.println("repcam: note: " + note + "."));
            for (Path video : videos) {
                if (guard.stopRequested()) {
                    err.println("repcam: stopped: " + video + " and the videos after it were not analysed.");
                    break;
                }
                BatchIndex.Entry entry;
                try {
                    entry = analyzeOne(sessions, video, learnEach ? learned(sessions, video, err) : definition,
                            variant, err);
                } catch (CaptureException e) {
                    if (videos.size() == 1) {
                        throw e;
                    }
                    err.println("repcam: skipped: " + e.getMessage());
                    entry = BatchIndex.Entry.skipped(video, e.getMessage());
                }
                entries.add(entry);
                if (entry.folder() != null) {
                    outWriter.printf("%s: %d reps (%d prescribed), %d partial, %d with faults -> %s%s%n", video,
                            entry.reps(), entry.prescribed(), entry.partial(), entry.withFaults(),
                            entry.folder(), entry.exitCode() == ExitCodes.OK ? "" : " (see the warning above)");
                }
                exit = worse(exit, entry.exitCode());
            }
        }
        if (videos.size() > 1) {
            Path index = out.resolve("index.html");
            BatchIndex.write(index, entries);
            long analysed = entries.stream().filter(e -> e.folder() != null).count();
            outWriter.printf("%d of %d videos analysed; index: %s%n", analysed, videos.size(), index);
        }
        return exit;
    }

    /**
     * {@code --programme}: each video through the live path without a window, every frame analysed, so a recording
     * of a routine is split into sets exactly as a live run of it would be.
     */
    private int analyzeProgramme(Programme programme, List<Path> videos, PrintWriter outWriter, PrintWriter err)
            throws Exception {
        if (stride != 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--stride is not used with "
                    + "--programme: every frame is analysed, as live does");
        }
        List<ExerciseDefinition> exercises = programme.steps().stream().map(ProgrammeStep::exercise).toList();
        PoseOptions pose = models.videoPose(model.variant(), models.threads);
        int exit = ExitCodes.OK;
        for (Path video : videos) {
            LiveConfig config = new LiveConfig(null, 0, 0, video, false, exercises, 0, pose, out, !noVideo, false,
                    false, false, 0, VERSION).withProgramme(programme).headless();
            LiveResult r = LiveCoaching.run(config, outWriter, err);
            if (r.sessions().isEmpty()) {
                err.println("repcam: " + video + ": no set of the programme '" + programme.name() + "' was counted: "
                        + "check that the video shows its exercises (" + String.join(", ", exercises.stream()
                        .map(ExerciseDefinition::id).distinct().toList()) + ") filmed from the side or at an angle, "
                        + "with the whole body in the picture.");
                exit = worse(exit, ExitCodes.NOT_COUNTABLE);
            }
            if (r.damagedInput()) {
                exit = worse(exit, ExitCodes.INCOMPLETE_INPUT); // the sets found are saved; the warning says where
            }
        }
        return exit;
    }

    /** {@code --exercise any}: the counting learned from the video itself, as {@code repcam learn} does. */
    private static ExerciseDefinition learned(RecordingSessions sessions, Path video, PrintWriter err)
            throws CaptureException, OutputException {
        ExerciseLearner.Learned l = ExerciseLearner.learnAny(sessions, video);
        err.printf("repcam: %s: counting %s (learned from the video: a rep every %.1f s, regularity %.2f); no form "
                + "rules are checked%n", video, l.movement().signal(), l.movement().periodSeconds(),
                l.movement().periodicity());
        return l.definition();
    }

    private BatchIndex.Entry analyzeOne(RecordingSessions sessions, Path video, ExerciseDefinition definition,
                                        ModelVariant variant, PrintWriter err)
            throws CaptureException, OutputException {
        RecordingSessions.Saved saved = sessions.analyzeInto(video, definition,
                new RecordingSessions.FolderSettings(out, stride, !noVideo, variant.modelName(), VERSION),
                (info, k, exercise) -> progress(video, info, k, err));
        SessionResult result = saved.result();
        saved.warnings().forEach(w -> err.println("repcam: warning: " + w));
        int code = ExitCodes.OK;
        if (result.framesWithoutPerson() == result.frames()) {
            code = ExitCodes.NO_PERSON;
        } else if (saved.stopped() || saved.damagedInput()) {
            code = ExitCodes.INCOMPLETE_INPUT;
        } else if (result.doubtful()) {
            code = ExitCodes.NOT_COUNTABLE;
        }
        return new BatchIndex.Entry(video, saved.folder().dir(), result.reps().size(), definition.prescribedReps(),
                result.partialReps().size(), result.reps().stream().filter(r -> !r.faults().isEmpty()).count(),
                saved.warnings(), code);
    }

    /** The progress bar of one video, which sees each of its frames. */
    private static AnalysisProgress progress(Path video, SourceInfo info, int stride, PrintWriter err) {
        long total = info.frameCount() > 0 ? (info.frameCount() + stride - 1) / stride : -1;
        return AnalysisProgress.start(video.getFileName().toString(), total, info.frameRate() / stride, err);
    }

    /** The exit code that tells more: unreadable over nobody in view over incomplete over not countable. */
    private static int worse(int a, int b) {
        List<Integer> order = List.of(ExitCodes.OK, ExitCodes.NOT_COUNTABLE, ExitCodes.INCOMPLETE_INPUT,
                ExitCodes.NO_PERSON, ExitCodes.INPUT);
        return order.indexOf(b) > order.indexOf(a) ? b : a;
    }

    private static List<Path> expand(List<Path> inputs) throws CaptureException {
        List<Path> videos = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (var files = Files.list(p)) {
                    files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
                            .matches(".*\\.(mp4|mov|avi|mkv|webm|m4v)$")).sorted().forEach(videos::add);
                } catch (java.io.IOException e) {
                    throw new CaptureException("Cannot list folder " + p + ": " + e.getMessage(), e);
                }
            } else {
                videos.add(p);
            }
        }
        if (videos.isEmpty()) {
            throw new CaptureException("No videos found in " + inputs + ": give video files (mp4, mov, avi, mkv, "
                    + "webm) or folders of them.");
        }
        return videos;
    }
}
