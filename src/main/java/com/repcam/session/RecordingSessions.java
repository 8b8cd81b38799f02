package com.repcam.session;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.analysis.FrameAnalyzer;
import com.repcam.analysis.ParallelPoseTracking;
import com.repcam.analysis.RecordingAnalysis;
import com.repcam.analysis.RecordingLimits;
import com.repcam.analysis.SessionPipeline;
import com.repcam.analysis.SessionResult;
import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.capture.SourceInfo;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.ExerciseTracker;
import com.repcam.output.OutputException;
import com.repcam.output.SessionFolder;
import com.repcam.output.SessionFrameWriter;
import com.repcam.pose.PoseTracker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one way a recording becomes a session, for every command that analyses recordings ({@code analyze},
 * {@code bench-analyze}, {@code eval}): the video opened and checked, pose tracking and the exercise run over it
 * with the chosen way of sharing the machine (again one frame after another if tracking in two parts fell out of
 * step), and, for a session folder, its per-frame files written on the way and session.json, reps.csv and the
 * report at the end.
 */
public final class RecordingSessions {

    /** What a command asks of a session folder. */
    public record FolderSettings(Path outDir, int stride, boolean annotatedVideo, String modelName,
                                 String repcamVersion) {
    }

    /**
     * A saved session.
     *
     * @param warnings       the analysis's warnings, then problems met while saving
     * @param stopped        a stop request (Ctrl-C) ended the analysis early; the folder holds the part done
     * @param damagedInput   frames of the video could not be read (damaged, cut short): see the warnings
     * @param framesSeconds  wall time of the frames (decode, pose, exercise, per-frame files)
     * @param saveSeconds    wall time of session.json, reps.csv and the report
     */
    public record Saved(SessionResult result, SessionFolder folder, List<String> warnings, boolean stopped,
                        boolean damagedInput, double framesSeconds, double saveSeconds) {
    }

    /** Sees every analysed frame, with the exercise at that frame; opened anew for each try at a recording. */
    public interface FrameListener extends AutoCloseable {
        void onFrame(AnalyzedFrame frame) throws OutputException;

        @Override
        void close() throws OutputException;
    }

    /** Opens a listener for one try at a recording, given the video and the exercise tracker of that try. */
    @FunctionalInterface
    public interface FrameListeners {
        /** @param stride every stride-th frame of the video is analysed */
        FrameListener open(SourceInfo video, int stride, ExerciseTracker exercise) throws OutputException;
    }

    private final PoseTracker tracker;
    private final int torchThreads;
    private final RecordingAnalysis.Strategy strategy;
    private final Consumer<String> notes;

    /**
     * @param tracker      loaded models; every session starts it afresh
     * @param torchThreads libtorch threads the tracker was opened with
     * @param notes        told when a recording is analysed again one frame after another
     */
    public RecordingSessions(PoseTracker tracker, int torchThreads, RecordingAnalysis.Strategy strategy,
                             Consumer<String> notes) {
        this.tracker = tracker;
        this.torchThreads = torchThreads;
        this.strategy = strategy;
        this.notes = notes;
    }

    /**
     * Analyses a recording into a new session folder under {@code settings.outDir()}.
     *
     * @param listeners per-frame listener (a progress bar), or null
     * @throws CaptureException the video cannot be used (nothing is left behind), or no frame of it decoded
     */
    public Saved analyzeInto(Path video, ExerciseDefinition definition, FolderSettings settings,
                             FrameListeners listeners) throws CaptureException, OutputException {
        return RecordingAnalysis.withFallback(strategy, torchThreads,
                how -> analyzeOnceInto(video, definition, settings, listeners, how),
                note -> notes.accept(video + ": " + note));
    }

    /** Analyses a recording without writing any file (for evaluation); the listener, if any, sees every frame. */
    public SessionResult analyze(Path video, ExerciseDefinition definition, FrameListeners listeners)
            throws CaptureException, OutputException {
        return RecordingAnalysis.withFallback(strategy, torchThreads, how -> {
            ExerciseTracker exercise = new ExerciseTracker(definition);
            try (FrameSource source = FrameSources.open(video.toString(), 1, false);
                 FrameListener listener = listeners == null ? null : listeners.open(source.info(), 1, exercise)) {
                return RecordingAnalysis.run(source, video, 1, tracker, new FrameAnalyzer(tracker, exercise),
                        torchThreads, how, observer(listener), null);
            }
        }, note -> notes.accept(video + ": " + note));
    }

    private Saved analyzeOnceInto(Path video, ExerciseDefinition definition, FolderSettings settings,
                                  FrameListeners listeners, RecordingAnalysis.Strategy how)
            throws CaptureException, OutputException {
        int stride = settings.stride();
        try (FrameSource source = FrameSources.open(video.toString(), stride, false)) {
            SourceInfo info = source.info();
            if (info.stills()) {
                throw new CaptureException(video + " is an image, not a video: analyze needs a recording of the "
                        + "exercise (use 'repcam pose' for images).");
            }
            RecordingLimits.requireCountable(info, stride);
            double fps = info.frameRate() / stride;
            SessionOutput output = SessionOutput.create(settings.outDir(), video.getFileName().toString(),
                    definition.id(), settings.annotatedVideo() ? fps : 0, video);
            ExerciseTracker exercise = new ExerciseTracker(definition);
            FrameAnalyzer analyzer = new FrameAnalyzer(tracker, exercise);
            long started = System.nanoTime();
            SessionResult result;
            try (SessionFrameWriter writer = output.frames();
                 FrameListener listener = listeners == null ? null : listeners.open(info, stride, exercise)) {
                result = RecordingAnalysis.run(source, video, stride, tracker, analyzer, torchThreads, how,
                        observer(listener), writer::write);
            } catch (ParallelPoseTracking.OutOfStepException e) {
                output.discard(); // analysed again from the start, into a new folder
                throw e;
            }
            long framesDone = System.nanoTime();
            // a stop request interrupted the analysis: clear the flag so the session files can still be written
            boolean stopped = Thread.interrupted();
            if (result.frames() == 0) {
                output.discard();
                throw new CaptureException(video + ": no frame of the video could be decoded"
                        + (source.warnings().isEmpty() ? "" : " (" + String.join("; ", source.warnings()) + ")")
                        + ". Check that the file is a complete video; re-export or copy it again.");
            }
            List<String> warnings = new ArrayList<>(result.warnings());
            warnings.addAll(output.save(result, analyzer.recorder(), settings.modelName(), settings.repcamVersion()));
            long saved = System.nanoTime();
            return new Saved(result, output.folder(), List.copyOf(warnings), stopped, !source.warnings().isEmpty(),
                    (framesDone - started) / 1e9,
                    (saved - framesDone) / 1e9);
        }
    }

    private static SessionPipeline.Observer observer(FrameListener listener) {
        return listener == null ? null : listener::onFrame;
    }
}
