package com.repcam.live;

import com.repcam.capture.CaptureException;
import com.repcam.capture.SourceInfo;
import com.repcam.capture.VideoFrame;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.ExerciseEvent;
import com.repcam.exercise.ExerciseTracker;
import com.repcam.exercise.FaultRule;
import com.repcam.exercise.Rep;
import com.repcam.overlay.CoachingPainter;
import com.repcam.pose.BodyLandmark;
import com.repcam.pose.PoseFrame;
import com.repcam.pose.PoseTracker;
import com.repcam.report.HtmlReport;
import com.repcam.report.RepStills;
import com.repcam.session.AnalyzedFrame;
import com.repcam.session.AnnotatedVideoWriter;
import com.repcam.session.OutputException;
import com.repcam.session.PosesJsonlWriter;
import com.repcam.session.SessionDocument;
import com.repcam.session.SessionFolder;
import com.repcam.session.SessionRecorder;
import com.repcam.session.SessionResult;
import com.repcam.signal.Joint;
import com.repcam.signal.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One set of one exercise in a live session: each frame through the pose tracker and the exercise, recorded as
 * {@code analyze} records a video (poses.jsonl, annotated.mp4), and at the end saved as its own session folder
 * with session.json, reps.csv and report.html written the same way.
 */
final class LiveSet implements ExerciseSet {

    /** What one frame came to. The frame stays owned by the caller. */
    record Step(VideoFrame frame, PoseFrame pose, List<ExerciseEvent> events, CoachingPainter.State overlay) {
    }

    /** A saved set. */
    record Saved(SessionFolder folder, int reps, int prescribed, int partial, long withFaults) {
    }

    /** What every set of a session shares. */
    record Settings(Path out, String inputName, SourceInfo source, String modelName, boolean video) {
    }

    private final ExerciseDefinition definition;
    private final PoseTracker poses;
    private final Settings settings;
    private final ExerciseTracker exercise;
    private final SessionFolder folder;
    private final SessionRecorder recorder;
    private final List<ExerciseEvent> events = new ArrayList<>();
    private long frames;
    private long withoutPerson;
    private long lastTimestamp;
    private Saved saved;
    private boolean closed;

    private LiveSet(ExerciseDefinition definition, PoseTracker poses, Settings settings, SessionFolder folder,
                    SessionRecorder recorder, ExerciseTracker exercise) {
        this.definition = definition;
        this.poses = poses;
        this.settings = settings;
        this.folder = folder;
        this.recorder = recorder;
        this.exercise = exercise;
    }

    static LiveSet start(ExerciseDefinition definition, PoseTracker poses, Settings s) throws OutputException {
        SessionFolder folder = SessionFolder.create(s.out(), s.inputName(), definition.id());
        ExerciseTracker exercise = new ExerciseTracker(definition);
        double fps = s.source().frameRate() > 0 ? s.source().frameRate() : 30;
        SessionRecorder recorder = new SessionRecorder(exercise, PosesJsonlWriter.open(folder.file(
                SessionFolder.POSES_JSONL)), s.video() ? (w, h) -> AnnotatedVideoWriter.open(folder.file(
                        SessionFolder.ANNOTATED_MP4), w, h, fps) : null);
        return new LiveSet(definition, poses, s, folder, recorder, exercise);
    }

    @Override
    public ExerciseDefinition definition() {
        return definition;
    }

    /** Pose and exercise for one frame (frames in time order). */
    @Override
    public Step analyze(VideoFrame frame) {
        PoseFrame pose = poses.process(frame);
        List<ExerciseEvent> now = exercise.accept(pose);
        events.addAll(now);
        frames++;
        if (pose.pose().isEmpty()) {
            withoutPerson++;
        }
        lastTimestamp = frame.timestampMicros();
        return new Step(frame, pose, now, new CoachingPainter.State(exercise.count(), definition.prescribedReps(),
                exercise.phase().name().toLowerCase(Locale.ROOT), exercise.activeCues(), highlighted()));
    }

    /** Writes the step to the session's files (this draws on the step's frame for annotated.mp4). */
    @Override
    public void record(Step step) throws OutputException {
        recorder.onFrame(new AnalyzedFrame(step.frame(), step.pose(), step.events()));
    }

    @Override
    public int count() {
        return exercise.count();
    }

    @Override
    public long frames() {
        return frames;
    }

    /** True when the set has a full or a partial rep: then it is worth keeping on its own. */
    @Override
    public boolean countedAnything() {
        return exercise.count() > 0 || !exercise.partialReps().isEmpty();
    }

    /** Saves the set as analyze saves a video; a second call returns the first result. */
    @Override
    public synchronized Saved save(List<String> warnings) throws OutputException, CaptureException {
        if (saved != null) {
            return saved;
        }
        closeFiles();
        SessionResult result = new SessionResult(settings.source(), definition, List.copyOf(exercise.reps()),
                List.copyOf(exercise.partialReps()), List.copyOf(events), frames, withoutPerson, lastTimestamp,
                List.copyOf(warnings));
        SessionDocument doc = new SessionDocument(result, recorder, settings.modelName(), "0.1.0");
        doc.writeJson(folder.file(SessionFolder.SESSION_JSON));
        doc.writeRepsCsv(folder.file(SessionFolder.REPS_CSV));
        List<long[]> peaks = new ArrayList<>();
        List<Rep> all = new ArrayList<>(result.reps());
        all.addAll(result.partialReps());
        for (Rep r : all) {
            peaks.add(new long[] {Math.round(r.startMicros() / 1000.0), Math.round(r.peakMicros() / 1000.0)});
        }
        Path video = folder.file(SessionFolder.ANNOTATED_MP4);
        Map<Long, String> stills = peaks.isEmpty() || !Files.exists(video) ? Map.of() : RepStills.extract(video, peaks);
        HtmlReport.write(folder.file(SessionFolder.REPORT_HTML), doc, recorder, settings.source().width(),
                settings.source().height(), stills);
        saved = new Saved(folder, result.reps().size(), definition.prescribedReps(), result.partialReps().size(),
                result.reps().stream().filter(r -> !r.faults().isEmpty()).count());
        return saved;
    }

    /** Throws the set away (nothing was counted): its folder is removed. */
    @Override
    public synchronized void discard() {
        try {
            closeFiles();
        } catch (OutputException ignored) {
            // the files are deleted next
        }
        try (var files = Files.walk(folder.dir())) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a folder that cannot be removed stays; it holds no session.json
        }
    }

    private void closeFiles() throws OutputException {
        if (!closed) {
            closed = true;
            recorder.close();
        }
    }

    private Set<BodyLandmark> highlighted() {
        Set<BodyLandmark> parts = EnumSet.noneOf(BodyLandmark.class);
        Set<String> active = exercise.activeFaults();
        for (FaultRule rule : definition.rules()) {
            if (active.contains(rule.fault())) {
                for (String part : rule.bodyParts()) {
                    Joint.parse(part).ifPresent(j -> {
                        parts.add(j.on(Side.LEFT));
                        parts.add(j.on(Side.RIGHT));
                    });
                }
            }
        }
        return parts;
    }
}
