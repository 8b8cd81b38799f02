package com.repcam.live;

import com.repcam.capture.CameraSource;
import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.capture.SourceInfo;
import com.repcam.output.OutputException;
import com.repcam.pose.ModelFileException;
import com.repcam.pose.PoseTracker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code repcam live}: opens the source (camera, or a recording played like one), the window and the pose model,
 * runs the {@link LiveSession} and saves it. Ctrl-C saves too (a shutdown hook waits for the save).
 */
public final class LiveCoaching {

    private static final long SAVE_ON_CTRL_C_SECONDS = 60;

    private LiveCoaching() {
    }

    public static LiveResult run(LiveConfig config, PrintWriter out, PrintWriter err)
            throws NoDisplayException, CaptureException, ModelFileException, OutputException {
        if (config.window()) {
            LiveWindow.checkDisplay(); // before opening the camera and loading models
        }
        try (FrameSource opened = open(config)) {
            SourceInfo info = opened.info();
            PacedSource pacer = config.recording() != null && config.realtime()
                    ? new PacedSource(opened, Clock.SYSTEM) : null;
            FrameSource source = pacer != null ? pacer : opened;
            LiveStats stats = new LiveStats();
            AtomicReference<LiveSession> session = new AtomicReference<>();
            String title = "RepCam live: " + config.exercises().get(config.first()).name() + " ("
                    + info.description() + ")";
            try (LiveView window = !config.window() ? LiveView.NONE : LiveWindow.open(title, info.width(),
                    info.height(), stats, a -> {
                        LiveSession s = session.get();
                        if (s != null) {
                            s.request(a);
                        }
                    }); PoseTracker tracker = PoseTracker.open(config.pose());
                 CueSink cues = config.sound() ? SoundCues.withEspeak(w -> warn(err, w)) : CueSink.SILENT) {
                tracker.warmUp(info.width(), info.height(), 3);
                String inputName = config.recording() != null ? config.recording().getFileName().toString()
                        : "camera-" + Path.of(config.camera()).getFileName();
                LiveSet.Settings settings = new LiveSet.Settings(config.out(), inputName, info,
                        config.pose().model().modelName(), config.version(), config.video(), config.recording());
                LiveSession s = new LiveSession(source, pacer, config.exercises(), config.first(),
                        (def, fresh) -> LiveSet.start(def, tracker, settings, fresh), new Coach(cues, config.countEvery()),
                        new LiveSession.Options(config.mirror(), config.stats(), config.camera() != null), stats,
                        out, Clock.SYSTEM, config.recording() != null && !config.realtime());
                session.set(s);
                if (config.programme() != null) {
                    s.directBy(new ProgrammeRun(config.programme()), inputName, config.out());
                }
                String trace = System.getProperty("repcam.live.trace");
                PrintWriter traceWriter = trace == null ? null : openTrace(Path.of(trace));
                if (traceWriter != null) {
                    s.traceTo(traceWriter);
                }
                if (config.window()) {
                    out.println("live: " + KeyBindings.HELP);
                }
                out.flush();
                Thread hook = new Thread(() -> {
                    s.stop(LiveResult.End.INTERRUPTED);
                    try {
                        s.awaitFinished(SAVE_ON_CTRL_C_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                }, "repcam-save-on-exit");
                Runtime.getRuntime().addShutdownHook(hook);
                LiveSession.Outcome o;
                try {
                    o = s.run(window);
                } finally {
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException shuttingDown) {
                        // Ctrl-C: the hook is running and waits for the save that just finished
                    }
                }
                o.warnings().forEach(w -> warn(err, w));
                if (traceWriter != null) {
                    traceWriter.close();
                }
                LiveStats.Summary st = o.stats();
                return new LiveResult(o.end(), o.saved().stream().map(x -> x.folder().dir()).toList(), o.captured(),
                        st.analysed(), st.dropped(), st.notShown(), st.fps(), st.medianDelayMs(), st.p95DelayMs(),
                        st.medianAnalysisMs(), st.medianFrameMs(), o.warnings(), !opened.warnings().isEmpty());
            }
        }
    }

    private static FrameSource open(LiveConfig config) throws CaptureException {
        if (config.camera() != null) {
            return CameraSource.open(Path.of(config.camera()), config.cameraWidth(), config.cameraHeight());
        }
        FrameSource s = FrameSources.open(config.recording().toString(), 1, false);
        if (s.info().stills()) {
            s.close();
            throw new CaptureException(config.recording() + " is an image: --source needs a video file.");
        }
        return s;
    }

    private static PrintWriter openTrace(Path file) throws OutputException {
        try {
            return new PrintWriter(java.nio.file.Files.newBufferedWriter(file));
        } catch (java.io.IOException e) {
            throw new OutputException("Cannot write the trace " + file + ": " + e.getMessage(), e);
        }
    }

    private static void warn(PrintWriter err, String w) {
        err.println("repcam: warning: " + w);
        err.flush();
    }
}
