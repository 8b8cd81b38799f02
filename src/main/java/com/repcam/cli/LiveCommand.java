package com.repcam.cli;

import com.repcam.exercise.ExerciseCatalog;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.learn.ExerciseLearner;
import com.repcam.live.LiveCoaching;
import com.repcam.live.LiveConfig;
import com.repcam.live.LiveResult;
import com.repcam.pose.PoseOptions;
import com.repcam.programme.Programme;
import com.repcam.programme.ProgrammeLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code repcam live}: coaching in front of a webcam. The window shows the mirrored picture, the skeleton, the count
 * against the target, the phase and the active form cue; tones and speech mark reps and cues. The session is saved
 * like {@code analyze} saves one (one folder per set).
 */
@Command(name = "live", mixinStandardHelpOptions = true, version = "RepCam 0.1.0",
        description = {"Live coaching from a webcam: count, form cues, sound; the session is saved on exit.",
            "Keys: space pause/resume, r reset the set, n/p next/previous exercise, s stats, m sound on/off, "
                    + "q or Esc quit (closing the window or Ctrl-C also saves).",
            "live runs the pose model on 1 libtorch thread unless --threads is given."})
final class LiveCommand implements Callable<Integer> {

    @Option(names = "--exercise", paramLabel = "ID",
            description = "Exercise to start with, e.g. thoracic-extension or quadruped-plus (see 'repcam exercises').")
    String exerciseId;

    @Option(names = "--programme", paramLabel = "FILE",
            description = "Run this programme hands-free (YAML: exercises in order, sets, reps, rest; see "
                    + "docs/programme.md): sets open when you settle into an exercise's position and end at the "
                    + "target or when you get up, the rest is timed and what comes next is said. Keys still work: "
                    + "n/p next/previous exercise, r the set again.")
    Path programmeFile;

    @Mixin
    ExerciseFiles exerciseFiles;

    @Option(names = "--camera", paramLabel = "N|DEVICE", defaultValue = "0",
            description = "Camera number (/dev/videoN) or device path (default: ${DEFAULT-VALUE}).")
    String camera;

    @Option(names = "--camera-size", paramLabel = "WxH",
            description = "Ask the camera for this picture size, e.g. 640x480 (default: the camera's own).")
    String cameraSize;

    @Option(names = "--source", paramLabel = "VIDEO",
            description = "Feed a recording through the live path instead of a camera (for tests and demos).")
    Path source;

    @Option(names = "--realtime", description = "With --source: play the recording at its own frame rate, as a "
            + "camera would deliver it (frames are dropped when analysis falls behind). Without it every frame is "
            + "analysed, as fast as possible.")
    boolean realtime;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sessions",
            description = "Where session folders are created (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ModelChoice model;

    @Option(names = "--no-sound", description = "No tones and no speech.")
    boolean noSound;

    @Option(names = "--count-every", paramLabel = "N", defaultValue = "5",
            description = "Speak the count every N reps (0: only at the target; default: ${DEFAULT-VALUE}).")
    int countEvery;

    @Option(names = "--stats", description = "Show frames per second, delay and dropped frames (key s toggles).")
    boolean stats;

    @Option(names = "--no-mirror", description = "Show the picture as the camera sees it, not mirrored.")
    boolean noMirror;

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
        LiveConfig config = config();
        LiveResult result = LiveCoaching.run(config, outWriter, err);
        if (result.end() == LiveResult.End.CAMERA_LOST) {
            err.println("repcam: the camera stopped delivering frames (unplugged, or taken by another program); "
                    + (result.sessions().isEmpty() ? "nothing had been analysed yet."
                    : "the session up to then is saved in " + result.sessions().get(result.sessions().size() - 1)
                    + "."));
            return ExitCodes.INCOMPLETE_INPUT;
        }
        return ExitCodes.OK;
    }

    /**
     * libtorch threads for live: 1 unless --threads is given. On two cores the capture thread, the window and the
     * encoder need the second core, and with two intra-op threads a core taken by anything else stalls every
     * inference at its barriers (measured on a busy 2-core VM: 36-43 ms a frame with 1 thread, 250-2500 ms with 2).
     */
    static int threads(picocli.CommandLine.Model.CommandSpec spec) {
        var parsed = spec.commandLine().getParseResult();
        return parsed.hasMatchedOption("--threads") ? parsed.matchedOptionValue("--threads", 1) : 1;
    }

    LiveConfig config() throws Exception {
        ExerciseCatalog catalog = exerciseFiles.catalog();
        if ((exerciseId == null) == (programmeFile == null)) {
            throw new ParameterException(spec.commandLine(), "give --exercise ID (one exercise, sets by keys) or "
                    + "--programme FILE (a programme run hands-free), not " + (exerciseId == null ? "neither"
                    : "both"));
        }
        Programme programme = programmeFile == null ? null : ProgrammeLoader.load(programmeFile, catalog);
        if (programme != null) {
            exerciseId = programme.steps().get(0).exercise().id();
        }
        if (ExerciseLearner.ANY.equals(exerciseId)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--exercise any counts recordings "
                    + "only (it learns from the whole video). For live, learn the exercise first: repcam learn "
                    + "DEMO.mp4 --name ID, then live --exercise-file ID.yaml --exercise ID.");
        }
        ExerciseDefinition first = catalog.require(exerciseId);
        List<ExerciseDefinition> all = catalog.all();
        if (realtime && source == null) {
            throw new ParameterException(spec.commandLine(), "--realtime needs --source VIDEO (a camera is always "
                    + "real time)");
        }
        if (countEvery < 0) {
            throw new ParameterException(spec.commandLine(), "--count-every must be 0 or more");
        }
        int w = 0;
        int h = 0;
        if (cameraSize != null) {
            String[] wh = cameraSize.toLowerCase(java.util.Locale.ROOT).split("x");
            try {
                w = Integer.parseInt(wh[0]);
                h = Integer.parseInt(wh[1]);
            } catch (RuntimeException e) {
                throw new ParameterException(spec.commandLine(), "--camera-size wants WIDTHxHEIGHT, e.g. 640x480");
            }
        }
        String device = source != null ? null : camera.matches("\\d+") ? "/dev/video" + camera : camera;
        PoseOptions pose = models.videoPose(model.variant(), threads(spec));
        return new LiveConfig(device, w, h, source, realtime, all, all.indexOf(first), pose, out, !noVideo,
                !noMirror, stats, !noSound, countEvery, AnalyzeCommand.VERSION).withProgramme(programme);
    }
}
