package com.repcam.session;

import com.repcam.exercise.ExerciseEvent;
import com.repcam.exercise.ExerciseTracker;
import com.repcam.exercise.FaultRule;
import com.repcam.overlay.CoachingPainter;
import com.repcam.pose.BodyLandmark;
import com.repcam.signal.Joint;
import com.repcam.signal.Reading;
import com.repcam.signal.Side;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Listens to an analysis frame by frame and keeps what the session files need: the counting signal over time, the
 * fault spans with their cues, the per-frame landmarks (poses.jsonl) and the annotated video.
 */
public final class SessionRecorder implements SessionAnalyzer.Listener, AutoCloseable {

    /** A fault from when it began to when it ended (or the end of the session). */
    public record FaultSpan(String kind, double startSeconds, double endSeconds, String cue) {
    }

    private final ExerciseTracker exercise;
    private final PosesJsonlWriter poses;
    private final AnnotatedVideoWriter.Factory videoFactory;
    private final CoachingPainter painter = new CoachingPainter();
    private AnnotatedVideoWriter video;
    private final List<Double> times = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final List<FaultSpan> faults = new ArrayList<>();
    private final Map<String, double[]> open = new HashMap<>();
    private final Map<String, String> cues = new HashMap<>();
    private double lastSeconds;
    private final List<Map<String, Object>> replay = new ArrayList<>();
    private double nextReplaySeconds;
    /** The skeleton replay in the report is sampled at this rate at most. */
    private static final double REPLAY_FPS = 15;

    /**
     * @param poses        where to write per-frame landmarks, or null
     * @param videoFactory opens the annotated video at the first frame's size, or null for none
     */
    public SessionRecorder(ExerciseTracker exercise, PosesJsonlWriter poses, AnnotatedVideoWriter.Factory videoFactory) {
        this.exercise = exercise;
        this.poses = poses;
        this.videoFactory = videoFactory;
    }

    @Override
    public void onFrame(AnalyzedFrame f) throws OutputException {
        double t = f.pose().timestampMicros() / 1e6;
        lastSeconds = t;
        Reading r = exercise.readings().get(exercise.definition().counting().signal());
        if (r != null) {
            times.add(Math.round(t * 1000) / 1000.0);
            values.add(Math.round(r.value() * 1e4) / 1e4);
        }
        for (ExerciseEvent e : f.events()) {
            if (e instanceof ExerciseEvent.FaultBegan b) {
                open.put(b.fault(), new double[] {b.timeMicros() / 1e6});
                cues.put(b.fault(), b.cue());
            } else if (e instanceof ExerciseEvent.FaultEnded end && open.containsKey(end.fault())) {
                faults.add(new FaultSpan(end.fault(), open.remove(end.fault())[0], end.timeMicros() / 1e6,
                        cues.get(end.fault())));
            }
        }
        if (poses != null) {
            poses.write(f.pose());
        }
        if (t >= nextReplaySeconds) {
            nextReplaySeconds = t + 1 / REPLAY_FPS - 1e-6;
            Map<String, Object> frame = new HashMap<>();
            frame.put("t", Math.round(t * 100) / 100.0);
            frame.put("c", exercise.count());
            frame.put("p", f.pose().pose().map(p -> {
                double[] xy = new double[2 * BodyLandmark.COUNT];
                for (BodyLandmark b : BodyLandmark.values()) {
                    xy[2 * b.ordinal()] = Math.round(p.landmark(b).x() * 1000) / 1000.0;
                    xy[2 * b.ordinal() + 1] = Math.round(p.landmark(b).y() * 1000) / 1000.0;
                }
                return xy;
            }).orElse(null));
            replay.add(frame);
        }
        if (videoFactory != null) {
            if (video == null) {
                video = videoFactory.open(f.frame().width(), f.frame().height());
            }
            painter.paint(f.frame().bgr(), f.pose().pose().orElse(null), new CoachingPainter.State(exercise.count(),
                    exercise.definition().prescribedReps(), exercise.phase().name().toLowerCase(java.util.Locale.ROOT),
                    exercise.activeCues(), highlighted()));
            video.write(f.frame().bgr());
        }
    }

    private Set<BodyLandmark> highlighted() {
        Set<BodyLandmark> parts = EnumSet.noneOf(BodyLandmark.class);
        Set<String> active = exercise.activeFaults();
        for (FaultRule rule : exercise.definition().rules()) {
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

    /** Frames for the report's skeleton replay: time, count and normalised x, y of the 33 landmarks (or null). */
    public List<Map<String, Object>> replayFrames() {
        return replay;
    }

    public double replayFps() {
        return REPLAY_FPS;
    }

    public List<Double> signalTimes() {
        return times;
    }

    public List<Double> signalValues() {
        return values;
    }

    /** Fault spans, including faults still on at the end of the session. */
    public List<FaultSpan> faults() {
        List<FaultSpan> all = new ArrayList<>(faults);
        open.forEach((k, v) -> all.add(new FaultSpan(k, v[0], lastSeconds, cues.get(k))));
        all.sort(java.util.Comparator.comparingDouble(FaultSpan::startSeconds));
        return all;
    }

    @Override
    public void close() throws OutputException {
        try {
            if (poses != null) {
                poses.close();
            }
        } finally {
            if (video != null) {
                video.close();
            }
        }
    }
}
