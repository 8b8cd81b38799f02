package com.repcam.analysis;

import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.ExerciseEvent;
import com.repcam.pose.BodyLandmark;
import com.repcam.pose.PoseFrame;
import com.repcam.signal.Reading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps, frame by frame, what the session record and the report need beyond the reps: the counting signal over
 * time, the fault spans with their cues, and a thinned skeleton track for the report's replay.
 */
public final class SessionRecorder {

    /** A fault from when it began to when it ended (or the end of the session). */
    public record FaultSpan(String kind, double startSeconds, double endSeconds, String cue) {
    }

    /** The skeleton replay in the report is sampled at this rate at most. */
    private static final double REPLAY_FPS = 15;

    private final String countingSignal;
    private final List<Double> times = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final List<FaultSpan> faults = new ArrayList<>();
    private final Map<String, double[]> open = new HashMap<>();
    private final Map<String, String> cues = new HashMap<>();
    private final List<Map<String, Object>> replay = new ArrayList<>();
    private double lastSeconds;
    private double nextReplaySeconds;

    public SessionRecorder(ExerciseDefinition definition) {
        this.countingSignal = definition.counting().signal();
    }

    /**
     * @param readings the exercise's signal readings on this frame
     * @param count    full reps so far
     */
    public void record(PoseFrame pose, List<ExerciseEvent> events, Map<String, Reading> readings, int count) {
        double t = pose.timestampMicros() / 1e6;
        lastSeconds = t;
        Reading r = readings.get(countingSignal);
        if (r != null) {
            times.add(Math.round(t * 1000) / 1000.0);
            values.add(Math.round(r.value() * 1e4) / 1e4);
        }
        for (ExerciseEvent e : events) {
            if (e instanceof ExerciseEvent.FaultBegan b) {
                open.put(b.fault(), new double[] {b.timeMicros() / 1e6});
                cues.put(b.fault(), b.cue());
            } else if (e instanceof ExerciseEvent.FaultEnded end && open.containsKey(end.fault())) {
                faults.add(new FaultSpan(end.fault(), open.remove(end.fault())[0], end.timeMicros() / 1e6,
                        cues.get(end.fault())));
            }
        }
        if (t >= nextReplaySeconds) {
            nextReplaySeconds = t + 1 / REPLAY_FPS - 1e-6;
            Map<String, Object> frame = new LinkedHashMap<>();
            frame.put("t", Math.round(t * 100) / 100.0);
            frame.put("c", count);
            frame.put("p", pose.pose().map(p -> {
                double[] xy = new double[2 * BodyLandmark.COUNT];
                for (BodyLandmark b : BodyLandmark.values()) {
                    xy[2 * b.ordinal()] = Math.round(p.landmark(b).x() * 1000) / 1000.0;
                    xy[2 * b.ordinal() + 1] = Math.round(p.landmark(b).y() * 1000) / 1000.0;
                }
                return xy;
            }).orElse(null));
            replay.add(frame);
        }
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
        all.sort(Comparator.comparingDouble(FaultSpan::startSeconds));
        return all;
    }
}
