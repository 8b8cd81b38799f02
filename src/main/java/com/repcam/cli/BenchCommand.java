package com.repcam.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.capture.VideoFrame;
import com.repcam.eval.Percentiles;
import com.repcam.pose.ModelFileException;
import com.repcam.pose.ModelVariant;
import com.repcam.pose.PoseTracker;
import com.repcam.pose.StageTimes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code repcam bench}: where the time goes when tracking a video, per stage and end to end, for each model.
 * Frames are decoded and tracked one after the other on this thread, so the stages do not compete.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, version = "RepCam 0.1.0",
        description = "Measures per-stage latency and frames per second of pose tracking on a video.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "VIDEO", description = "A video with one person in it.")
    String video;

    @Option(names = "--models", split = ",", defaultValue = "lite,full,heavy",
            description = "Models to measure (default: ${DEFAULT-VALUE}; heavy is skipped when not generated).")
    List<String> variants;

    @Option(names = "--frames", defaultValue = "300", description = "Timed frames per model (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--warmup", defaultValue = "30", description = "Untimed frames first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Also write the results as JSON.")
    Path json;

    @Mixin
    ModelOptions models;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("video", video);
        results.put("threads", models.threads);
        List<Map<String, Object>> rows = new ArrayList<>();
        out.printf("RepCam pose benchmark: %s, %d timed frames per model after %d warm-up, %d libtorch threads, "
                + "%d cores%n", video, frames, warmup, models.threads, Runtime.getRuntime().availableProcessors());
        out.printf("%-6s %-28s %9s %9s %9s%n", "model", "stage (ms per frame)", "median", "p10", "p90");
        for (String name : variants) {
            ModelVariant variant = ModelOptions.variant(name);
            PoseTracker tracker;
            try {
                tracker = PoseTracker.open(models.videoPose(variant, models.threads));
            } catch (ModelFileException e) {
                if (variant == ModelVariant.HEAVY) {
                    out.printf("%-6s skipped: %s%n", name, e.getMessage());
                    continue;
                }
                throw e;
            }
            try (tracker) {
                rows.add(measure(variant, tracker, out));
            }
        }
        results.put("models", rows);
        if (json != null) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> measure(ModelVariant variant, PoseTracker tracker, PrintWriter out)
            throws Exception {
        int total = warmup + frames;
        double[][] ms = new double[7][frames];
        int detectorRuns = 0;
        int withPerson = 0;
        int n = 0;
        FrameSource source = FrameSources.open(video, 1, false);
        try {
            while (n < total) {
                long t0 = System.nanoTime();
                Optional<VideoFrame> next = source.next();
                long t1 = System.nanoTime();
                if (next.isEmpty()) {
                    source.close();
                    source = FrameSources.open(video, 1, false); // loop the clip
                    continue;
                }
                try (VideoFrame frame = next.get()) {
                    long t2 = System.nanoTime();
                    boolean found = tracker.process(frame).pose().isPresent();
                    long t3 = System.nanoTime();
                    int i = n - warmup;
                    if (i >= 0) {
                        StageTimes s = tracker.lastStageTimes();
                        ms[0][i] = (t1 - t0) / 1e6;
                        ms[1][i] = s.preprocessNanos() / 1e6;
                        ms[2][i] = s.detectorNanos() / 1e6;
                        ms[3][i] = s.landmarkNanos() / 1e6;
                        ms[4][i] = s.postprocessNanos() / 1e6;
                        ms[5][i] = (t3 - t2) / 1e6;
                        ms[6][i] = (t3 - t2 + t1 - t0) / 1e6;
                        detectorRuns += s.detectorRan() ? 1 : 0;
                        withPerson += found ? 1 : 0;
                    }
                    n++;
                }
            }
        } finally {
            source.close();
        }
        String[] stages = {"decode", "preprocess", "detector", "landmark model", "postprocess",
            "end to end (frame -> Pose)", "with decode"};
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("model", variant.cliName());
        Map<String, Object> stageStats = new LinkedHashMap<>();
        for (int s = 0; s < stages.length; s++) {
            Percentiles p = Percentiles.of(ms[s]);
            out.printf("%-6s %-28s %9.2f %9.2f %9.2f%n", variant.cliName(), stages[s], p.median(), p.p10(), p.p90());
            stageStats.put(stages[s], Map.of("median_ms", p.median(), "p10_ms", p.p10(), "p90_ms", p.p90(),
                    "mean_ms", p.mean()));
        }
        double endToEndFps = 1000.0 / Percentiles.of(ms[5]).mean();
        double withDecodeFps = 1000.0 / Percentiles.of(ms[6]).mean();
        out.printf("%-6s end to end %.1f frames/s (mean), %.1f frames/s at the median; with decode %.1f frames/s; "
                + "detector ran on %d of %d frames; a person in %d%n", variant.cliName(), endToEndFps,
                1000.0 / Percentiles.of(ms[5]).median(), withDecodeFps, detectorRuns, frames, withPerson);
        row.put("stages", stageStats);
        row.put("end_to_end_fps_mean", endToEndFps);
        row.put("end_to_end_fps_median", 1000.0 / Percentiles.of(ms[5]).median());
        row.put("with_decode_fps_mean", withDecodeFps);
        row.put("detector_runs", detectorRuns);
        row.put("frames", frames);
        row.put("frames_with_person", withPerson);
        return row;
    }
}
