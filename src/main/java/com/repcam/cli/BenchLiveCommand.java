package com.repcam.cli;

import com.repcam.exercise.ExerciseCatalog;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.live.LiveCoaching;
import com.repcam.live.LiveConfig;
import com.repcam.live.LiveResult;
import com.repcam.pose.ModelVariant;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code repcam bench-live}: the live path end to end (paced capture, pose, exercise, overlay, window, session
 * files), fed by a recording at its own frame rate as a camera would deliver it, once per model. Needs a display
 * (Xvfb will do).
 */
@Command(name = "bench-live", mixinStandardHelpOptions = true, version = "RepCam 0.1.0",
        description = {"Measures the live path on a recording played at its own frame rate: frames per second, "
                + "dropped frames, and the delay from capture to the overlay drawn in the window.",
            "Needs a display (e.g. xvfb-run -a). A 30 fps test clip: tools/bench/make-live-clip.sh."})
final class BenchLiveCommand implements Callable<Integer> {

    @Parameters(paramLabel = "VIDEO", description = "A recording of the exercise (30 fps to match a webcam).")
    Path video;

    @Option(names = "--exercise", paramLabel = "ID", defaultValue = "thoracic-extension",
            description = "Exercise (default: ${DEFAULT-VALUE}).")
    String exerciseId;

    @Option(names = "--models", split = ",", defaultValue = "lite,full",
            description = "Models to measure (default: ${DEFAULT-VALUE}).")
    List<String> variants;

    @Option(names = "--no-video", description = "Do not write annotated.mp4 (written by default, as in live).")
    boolean noVideo;

    @Mixin
    ModelOptions models;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExerciseCatalog catalog = ExerciseCatalog.builtIn();
        ExerciseDefinition def = catalog.require(exerciseId);
        List<ExerciseDefinition> all = catalog.all();
        Path tmp = Files.createTempDirectory("repcam-bench-live");
        try {
            out.printf("RepCam live benchmark: %s played at its own frame rate (--realtime), %d libtorch threads, "
                    + "%d cores, annotated video %s%n", video, LiveCommand.threads(spec),
                    Runtime.getRuntime().availableProcessors(), noVideo ? "off" : "on");
            out.printf("%-6s %7s %8s %7s %7s %6s %9s %9s %9s %9s %6s%n", "model", "frames", "analysed", "dropped",
                    "unshown", "fps", "delay50", "delay95", "pose50", "loop50", "wall s");
            out.flush();
            for (String name : variants) {
                ModelVariant variant = ModelOptions.variant(name);
                LiveConfig config = new LiveConfig(null, 0, 0, video, true, all, all.indexOf(def),
                        models.videoPose(variant, LiveCommand.threads(spec)), tmp.resolve(name),
                        !noVideo, true, false, false, 5, AnalyzeCommand.VERSION);
                StringWriter sessionOut = new StringWriter();
                long t0 = System.nanoTime();
                LiveResult r = LiveCoaching.run(config, new PrintWriter(sessionOut), err);
                double wall = (System.nanoTime() - t0) / 1e9;
                out.printf("%-6s %7d %8d %7d %7d %6.1f %6.1f ms %6.1f ms %6.1f ms %6.1f ms %6.1f%n", name,
                        r.captured(), r.analysed(), r.dropped(), r.notShown(), r.fps(), r.medianDelayMs(),
                        r.p95DelayMs(), r.medianAnalysisMs(), r.medianFrameMs(), wall);
                out.flush();
            }
            out.println("frames: delivered by the paced source; dropped: replaced before analysis was free; unshown: "
                    + "analysed but replaced before the window drew; fps: pictures drawn per second; delay: capture "
                    + "to overlay drawn in the window; pose50: pose + exercise per frame, median; loop50: all the "
                    + "analysis thread does per frame (mirror, pose, exercise, overlay, hand-over), median; wall s: "
                    + "including model load.");
        } finally {
            deleteTree(tmp);
        }
        return ExitCodes.OK;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
