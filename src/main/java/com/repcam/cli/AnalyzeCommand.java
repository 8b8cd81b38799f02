package com.repcam.cli;

import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.capture.SourceInfo;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.ExerciseTracker;
import com.repcam.exercise.Rep;
import com.repcam.pose.ModelVariant;
import com.repcam.pose.PoseOptions;
import com.repcam.pose.PoseTracker;
import com.repcam.report.HtmlReport;
import com.repcam.report.RepStills;
import com.repcam.session.AnnotatedVideoWriter;
import com.repcam.session.OutputException;
import com.repcam.session.PosesJsonlWriter;
import com.repcam.session.SessionAnalyzer;
import com.repcam.session.SessionDocument;
import com.repcam.session.SessionFolder;
import com.repcam.session.SessionRecorder;
import com.repcam.session.SessionResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code repcam analyze}: a recorded session (or a folder of them) into a per-rep account for the therapist:
 * session.json, reps.csv, poses.jsonl, annotated.mp4 and report.html in a new folder per session.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, version = "RepCam 0.1.0",
        description = "Analyses recorded exercise videos into a per-rep report (one folder per session).")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "VIDEO", arity = "1..*",
            description = "Video files (mp4, mov, avi, mkv, webm) or folders of them.")
    List<Path> inputs;

    @Option(names = "--exercise", required = true, paramLabel = "ID",
            description = "Exercise id, e.g. thoracic-extension or quadruped-plus (see 'repcam exercises').")
    String exerciseId;

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

    @Mixin
    ModelOptions models;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter outWriter = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExerciseDefinition definition = exerciseFiles.catalog().require(exerciseId);
        List<Path> videos = expand(inputs);
        ModelVariant variant = model.variant();
        List<String[]> done = new ArrayList<>();
        int failed = 0;
        try (PoseTracker tracker = PoseTracker.open(PoseOptions.video(variant, models.modelsDir())
                .withThreads(models.threads))) {
            for (Path video : videos) {
                try {
                    SessionFolder folder = analyzeOne(video, definition, tracker, variant, outWriter, err);
                    done.add(new String[] {video.toString(), out.relativize(folder.dir()).toString()});
                } catch (CaptureException e) {
                    failed++;
                    err.println("repcam: skipped: " + e.getMessage());
                    if (videos.size() == 1) {
                        throw e;
                    }
                }
            }
        }
        if (videos.size() > 1) {
            BatchIndex.write(out.resolve("index.html"), done, videos.size() - done.size());
            outWriter.printf("%d of %d videos analysed; index: %s%n", done.size(), videos.size(),
                    out.resolve("index.html"));
        }
        return failed > 0 ? ExitCodes.INPUT : ExitCodes.OK;
    }

    private SessionFolder analyzeOne(Path video, ExerciseDefinition definition, PoseTracker tracker,
                                     ModelVariant variant, PrintWriter outWriter, PrintWriter err)
            throws CaptureException, OutputException {
        tracker.reset();
        try (FrameSource source = FrameSources.open(video.toString(), stride, false)) {
            SourceInfo info = source.info();
            SessionFolder folder = SessionFolder.create(out, video.getFileName().toString(), definition.id());
            ExerciseTracker exercise = new ExerciseTracker(definition);
            double fps = info.frameRate() / Math.max(1, stride);
            SessionResult result;
            SessionRecorder recorder = new SessionRecorder(exercise,
                    PosesJsonlWriter.open(folder.file(SessionFolder.POSES_JSONL)),
                    noVideo ? null : (w, h) -> AnnotatedVideoWriter.open(folder.file(SessionFolder.ANNOTATED_MP4),
                            w, h, fps));
            long total = info.frameCount() > 0 ? info.frameCount() / Math.max(1, stride) : -1;
            try (recorder; Progress progress = Progress.start(video.getFileName().toString(), total, err)) {
                result = SessionAnalyzer.analyze(source, tracker, exercise, f -> {
                    recorder.onFrame(f);
                    progress.step();
                });
            }
            result.warnings().forEach(w -> err.println("repcam: warning: " + w));
            if (result.frames() > 0 && result.framesWithoutPerson() == result.frames()) {
                err.println("repcam: warning: nobody was found in " + video
                        + ": make sure the whole body is in the picture and well lit.");
            }
            SessionDocument doc = new SessionDocument(result, recorder, variant.modelName(), "0.1.0");
            doc.writeJson(folder.file(SessionFolder.SESSION_JSON));
            doc.writeRepsCsv(folder.file(SessionFolder.REPS_CSV));
            List<long[]> peaks = new ArrayList<>();
            List<Rep> all = new ArrayList<>(result.reps());
            all.addAll(result.partialReps());
            for (Rep r : all) {
                peaks.add(new long[] {Math.round(r.startMicros() / 1000.0), Math.round(r.peakMicros() / 1000.0)});
            }
            Path stillsFrom = noVideo ? video : folder.file(SessionFolder.ANNOTATED_MP4);
            HtmlReport.write(folder.file(SessionFolder.REPORT_HTML), doc, recorder, info.width(), info.height(),
                    peaks.isEmpty() || !Files.exists(stillsFrom) ? java.util.Map.of()
                            : RepStills.extract(stillsFrom, peaks));
            outWriter.printf("%s: %d reps (%d prescribed), %d partial, %d with faults -> %s%n", video,
                    result.reps().size(), definition.prescribedReps(), result.partialReps().size(),
                    result.reps().stream().filter(r -> !r.faults().isEmpty()).count(), folder.dir());
            return folder;
        }
    }

    private static List<Path> expand(List<Path> inputs) throws CaptureException {
        List<Path> videos = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (var files = Files.list(p)) {
                    files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                            .matches(".*\\.(mp4|mov|avi|mkv|webm)$")).sorted().forEach(videos::add);
                } catch (java.io.IOException e) {
                    throw new CaptureException("Cannot list folder " + p + ": " + e.getMessage(), e);
                }
            } else {
                videos.add(p);
            }
        }
        if (videos.isEmpty()) {
            throw new CaptureException("No videos found in " + inputs + ": give video files or folders of them.");
        }
        return videos;
    }

    /** A progress bar on a terminal, a log line every 10% otherwise. */
    private static final class Progress implements AutoCloseable {
        private final ProgressBar bar;
        private final String name;
        private final long total;
        private final PrintWriter log;
        private long done;
        private long nextLog;

        private Progress(ProgressBar bar, String name, long total, PrintWriter log) {
            this.bar = bar;
            this.name = name;
            this.total = total;
            this.log = log;
        }

        static Progress start(String name, long total, PrintWriter log) {
            ProgressBar bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName(name)
                    .setInitialMax(total).setStyle(ProgressBarStyle.ASCII).setUnit(" frames", 1)
                    .showSpeed().build();
            return new Progress(bar, name, total, log);
        }

        void step() {
            done++;
            if (bar != null) {
                bar.step();
            } else if (total > 0 && done >= nextLog) {
                log.printf("%s: %d/%d frames (%d%%)%n", name, done, total, 100 * done / total);
                log.flush();
                nextLog = done + Math.max(1, total / 10);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
