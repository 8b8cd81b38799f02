package com.repcam.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.repcam.analysis.RecordingAnalysis;
import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.capture.SourceInfo;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.output.OutputException;
import com.repcam.pose.ModelVariant;
import com.repcam.pose.PoseTracker;
import com.repcam.session.RecordingSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code repcam bench-analyze}: how fast {@code analyze} gets through a recording, as a multiple of real time. Each
 * run is the real thing (decode, pose, exercise, annotated video, poses.jsonl, then session.json, reps.csv and the
 * report) into a scratch folder, done both ways {@code SessionPipeline} can run: threaded and inline. The machine's load average is printed before each run: numbers taken while something
 * else ran are not worth quoting.
 */
@Command(name = "bench-analyze", mixinStandardHelpOptions = true, version = "RepCam " + AnalyzeCommand.VERSION,
        description = "Measures analysis speed (multiple of real time) of recorded videos, for each way of sharing the machine.")
final class BenchAnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "VIDEO", arity = "1..*", description = "Videos to analyse (tools/bench/make-analysis-clips.sh makes 30 fps 640x480 and 1280x720 ones).")
    List<Path> videos;

    @Option(names = "--exercise", required = true, paramLabel = "ID", description = "Exercise id.")
    String exerciseId;

    @Mixin
    ExerciseFiles exerciseFiles;

    @Mixin
    ModelChoice model;

    @Option(names = "--runs", defaultValue = "3", description = "Runs per video and strategy; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--strategies", split = ",", paramLabel = "S", defaultValue = "parallel,threaded,inline",
            description = "Ways to share the machine, as analyze's --strategy: parallel (poses tracked in two parts "
                    + "at once), threaded (decode, analysis, output on three threads), inline (all on one thread), "
                    + "auto (what analyze chooses) (default: ${DEFAULT-VALUE}).")
    List<RecordingAnalysis.Strategy> modes;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Also write the results as JSON.")
    Path json;

    @Mixin
    ModelOptions models;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One run: wall times in seconds. */
    record Run(long frames, double framesSeconds, double saveSeconds, double load1) {
        double total() {
            return framesSeconds + saveSeconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ExerciseDefinition definition = exerciseFiles.catalog().require(exerciseId);
        ModelVariant variant = model.variant();
        Path scratch = Files.createTempDirectory("repcam-bench-");
        List<Map<String, Object>> rows = new ArrayList<>();
        long loadStart = System.nanoTime();
        try (PoseTracker tracker = PoseTracker.open(models.videoPose(variant, models.threads))) {
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            out.printf(Locale.ROOT, "RepCam analysis benchmark: model %s, %d libtorch threads, %d cores, %d run(s) "
                    + "per video and strategy (median shown); model load %.2f s%n", variant.cliName(), models.threads,
                    Runtime.getRuntime().availableProcessors(), runs, loadSeconds);
            out.printf("%-34s %-10s %7s %9s %9s %10s %10s %7s%n", "video", "strategy", "frames", "frames/s",
                    "x real", "x real+save", "save (s)", "load1");
            for (Path video : videos) {
                SourceInfo info;
                try (FrameSource probe = FrameSources.open(video.toString(), 1, false)) {
                    info = probe.info();
                }
                for (RecordingAnalysis.Strategy mode : modes) {
                    RecordingSessions sessions = new RecordingSessions(tracker, models.threads, mode,
                            note -> spec.commandLine().getErr().println("repcam: note: " + note + "."));
                    List<Run> done = new ArrayList<>();
                    for (int i = 0; i < runs; i++) {
                        done.add(run(sessions, video, definition, variant, scratch));
                    }
                    done.sort(Comparator.comparingDouble(Run::framesSeconds));
                    Run median = done.get(done.size() / 2);
                    double duration = median.frames() / info.frameRate();
                    String label = String.format(Locale.ROOT, "%s (%dx%d %.0ffps %.1fs)",
                            video.getFileName(), info.width(), info.height(), info.frameRate(), duration);
                    out.printf(Locale.ROOT, "%-34s %-10s %7d %9.1f %8.2fx %9.2fx %10.2f %7.2f%n",
                            label.length() > 34 ? label.substring(0, 34) : label, mode.name().toLowerCase(Locale.ROOT), median.frames(),
                            median.frames() / median.framesSeconds(), duration / median.framesSeconds(),
                            duration / median.total(), median.saveSeconds(), median.load1());
                    out.flush();
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("video", video.toString());
                    row.put("width", info.width());
                    row.put("height", info.height());
                    row.put("frame_rate", info.frameRate());
                    row.put("strategy", mode.name().toLowerCase(Locale.ROOT));
                    row.put("runs", done.stream().map(r -> Map.of("frames", r.frames(), "frames_s", r.framesSeconds(),
                            "save_s", r.saveSeconds(), "load1", r.load1())).toList());
                    row.put("median_frames_per_second", median.frames() / median.framesSeconds());
                    row.put("median_real_time_multiple", duration / median.framesSeconds());
                    row.put("median_real_time_multiple_with_save", duration / median.total());
                    rows.add(row);
                }
            }
            if (json != null) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("schema", "repcam-bench-analyze/1");
                doc.put("model", variant.cliName());
                doc.put("threads", models.threads);
                doc.put("cores", Runtime.getRuntime().availableProcessors());
                doc.put("model_load_s", loadSeconds);
                doc.put("results", rows);
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), doc);
            }
        } finally {
            deleteTree(scratch);
        }
        return ExitCodes.OK;
    }

    private Run run(RecordingSessions sessions, Path video, ExerciseDefinition definition, ModelVariant variant,
                    Path scratch) throws CaptureException, OutputException {
        double load1 = loadAverage();
        RecordingSessions.Saved saved = sessions.analyzeInto(video, definition,
                new RecordingSessions.FolderSettings(scratch, 1, true, variant.modelName(), AnalyzeCommand.VERSION),
                null);
        return new Run(saved.result().frames(), saved.framesSeconds(), saved.saveSeconds(), load1);
    }

    /** The one-minute load average, or NaN where the system does not tell. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
