package com.repcam.programme;

import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.ExerciseTracker;
import com.repcam.exercise.PostureSpec;
import com.repcam.pose.PoseFrame;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells which of a programme's exercises the person has taken the set-up position of: each exercise judges its
 * own position (its posture signal and the ranges that tell it from the others, seen from a view it is counted
 * from) on every pose, and an exercise is recognised once that has held for {@link #HOLD_SECONDS} without a break.
 * Quicker than a set's own settling (a second of stillness), so the set of the right exercise is open before the
 * person's first rep. Frames in time order.
 */
public final class PositionRecogniser {

    static final double HOLD_SECONDS = 0.6;

    private final Map<String, ExerciseTracker> judges = new LinkedHashMap<>();
    private final Map<String, Long> since = new LinkedHashMap<>();

    /** @param exercises the programme's exercises, in programme order (repeated ids are judged once) */
    public PositionRecogniser(List<ExerciseDefinition> exercises) {
        for (ExerciseDefinition d : exercises) {
            judges.putIfAbsent(d.id(), new ExerciseTracker(d));
        }
    }

    /** @return the ids of the exercises whose set-up position has held long enough, in programme order */
    public Set<String> accept(PoseFrame frame) {
        Set<String> held = new LinkedHashSet<>();
        long t = frame.timestampMicros();
        for (Map.Entry<String, ExerciseTracker> j : judges.entrySet()) {
            j.getValue().accept(frame);
            PostureSpec.Verdict v = j.getValue().posture();
            if (v == PostureSpec.Verdict.IN) {
                long from = since.computeIfAbsent(j.getKey(), k -> t);
                if ((t - from) / 1e6 >= HOLD_SECONDS) {
                    held.add(j.getKey());
                }
            } else if (v == PostureSpec.Verdict.OUT) {
                since.remove(j.getKey());
            }
            // not known (a landmark doubtful for a frame): the hold neither breaks nor grows into a new one
        }
        return held;
    }
}
