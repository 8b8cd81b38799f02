package com.repcam.live;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.analysis.FrameAnalyzer;
import com.repcam.analysis.SessionResult;
import com.repcam.capture.SourceInfo;
import com.repcam.capture.VideoFrame;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.ExerciseTracker;
import com.repcam.output.OutputException;
import com.repcam.output.SessionFolder;
import com.repcam.pose.PoseTracker;
import com.repcam.session.SessionOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One set of one exercise in a live session, analysed and saved by the same code as {@code analyze}: a
 * {@link FrameAnalyzer} per set (pose, exercise, recorder) and a {@link SessionOutput} (a session folder of its
 * own), its per-frame files written on {@link LiveFrameWriter}'s thread.
 */
final class LiveSet implements ExerciseSet {

    /** A saved set, with the problems met that did not stop it (already worded for the user). */
    record Saved(SessionFolder folder, int reps, int prescribed, int partial, long withFaults, List<String> warnings) {
    }

    /**
     * What every set of a session shares.
     *
     * @param recording the video file fed through the live path, or null for a camera (rep stills come from it
     *                  when there is no annotated video)
     */
    record Settings(Path out, String inputName, SourceInfo source, String modelName, String version, boolean video,
                    Path recording) {
    }

    private final ExerciseDefinition definition;
    private final Settings settings;
    private final SessionOutput output;
    private final FrameAnalyzer analyzer;
    private final LiveFrameWriter writer;
    private Saved saved;
    private com.repcam.analysis.ProgrammePlace place;

    private LiveSet(ExerciseDefinition definition, Settings settings, SessionOutput output, FrameAnalyzer analyzer,
                    LiveFrameWriter writer) {
        this.definition = definition;
        this.settings = settings;
        this.output = output;
        this.analyzer = analyzer;
        this.writer = writer;
    }

    /** Starts a set: a new session folder; the pose tracker starts afresh (as analyze does for a video) or not. */
    static LiveSet start(ExerciseDefinition definition, PoseTracker poses, Settings s, boolean freshTracking)
            throws OutputException {
        double fps = s.source().frameRate() > 0 ? s.source().frameRate() : 30;
        SessionOutput output = SessionOutput.create(s.out(), s.inputName(), definition.id(), s.video() ? fps : 0,
                s.recording());
        return new LiveSet(definition, s, output, new FrameAnalyzer(poses, new ExerciseTracker(definition),
                freshTracking),
                new LiveFrameWriter(output.frames()));
    }

    @Override
    public ExerciseDefinition definition() {
        return definition;
    }

    @Override
    public AnalyzedFrame analyze(VideoFrame frame) {
        return analyzer.analyze(frame);
    }

    @Override
    public void record(AnalyzedFrame step) throws OutputException {
        writer.submit(step);
    }

    @Override
    public int count() {
        return analyzer.exercise().count();
    }

    @Override
    public com.repcam.exercise.PostureSpec.Verdict posture() {
        return analyzer.exercise().positionInSet();
    }

    @Override
    public long frames() {
        return analyzer.frames();
    }

    @Override
    public boolean countedAnything() {
        return count() > 0 || !analyzer.exercise().partialReps().isEmpty();
    }

    @Override
    public synchronized Saved save(List<String> sourceWarnings) throws OutputException {
        if (saved != null) {
            return saved;
        }
        writer.finish();
        SessionResult result = analyzer.result(settings.source(), sourceWarnings);
        if (place != null) {
            result = result.inProgramme(place);
        }
        List<String> warnings = new ArrayList<>(result.warnings());
        warnings.addAll(output.save(result, analyzer.recorder(), settings.modelName(), settings.version()));
        saved = new Saved(output.folder(), result.reps().size(), definition.prescribedReps(), result.partialReps().size(),
                result.reps().stream().filter(r -> !r.faults().isEmpty()).count(), List.copyOf(warnings));
        return saved;
    }

    @Override
    public void placeIn(com.repcam.analysis.ProgrammePlace where) {
        this.place = where;
    }

    @Override
    public synchronized void discard() {
        try {
            writer.finish();
        } catch (OutputException ignored) {
            // the files are removed next
        }
        try {
            output.discard();
        } catch (OutputException ignored) {
            // a folder that cannot be removed stays; it holds no session.json
        }
    }
}
