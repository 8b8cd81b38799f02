package com.repcam.live;

import com.repcam.exercise.ExerciseEvent;
import com.repcam.exercise.NotChecked;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what the person hears, from the exercise events of each frame: a short tone per full rep, the count
 * spoken every few reps and at the target, and a form cue spoken when a fault begins, but no more often than
 * {@link #FORM_CUE_GAP_MICROS} for any cue and {@link #SAME_CUE_GAP_MICROS} for the same one. All timing is the
 * frames' own time, so a recording played twice is coached the same way. What it explains (a first rep taken back)
 * it also hands back to be shown, so that it is seen with the sound off; form cues and rules not checked are on the
 * screen already, drawn from the analysis.
 */
final class Coach {

    static final long FORM_CUE_GAP_MICROS = 6_000_000;
    static final long SAME_CUE_GAP_MICROS = 20_000_000;

    private final int countEvery;
    private CueSink sink;
    private boolean muted;
    private long lastFormCue = Long.MIN_VALUE / 2;
    private final Map<String, Long> lastSaid = new HashMap<>();
    /** Rules already told as not checkable from this view in this set. */
    private final Set<String> toldNotChecked = new HashSet<>();

    /** @param countEvery speak the count every this many reps (0: never, except at the target) */
    Coach(CueSink sink, int countEvery) {
        this.sink = sink;
        this.countEvery = countEvery;
    }

    /**
     * @param events what the exercise layer reported on one frame
     * @param count  full reps in the set after this frame
     * @param target prescribed reps
     * @return what it explained, to be shown as well (whether or not sound is on); usually empty
     */
    List<String> onFrame(List<ExerciseEvent> events, int count, int target) {
        return onEvents(events, count, target);
    }

    /**
     * As {@link #onFrame(List, int, int)}, and once a set for each form rule the view does not let RepCam judge,
     * says so and how to film instead (rate-limited like form cues).
     *
     * @param notChecked  the rules the current view does not let RepCam judge
     * @param frameMicros the frame's time
     * @return as {@link #onFrame(List, int, int)}
     */
    List<String> onFrame(List<ExerciseEvent> events, int count, int target, List<NotChecked> notChecked,
                         long frameMicros) {
        List<String> explained = onEvents(events, count, target); // reps and faults first: a fault's cue matters more
        for (NotChecked n : notChecked) {
            if (!toldNotChecked.contains(n.fault()) && formCue("not_checked:" + n.fault(), "I cannot check "
                    + n.ruleName() + " from here: " + n.fix() + ".", frameMicros)) {
                toldNotChecked.add(n.fault());
            }
        }
        return explained;
    }

    private List<String> onEvents(List<ExerciseEvent> events, int count, int target) {
        List<String> explained = new ArrayList<>(0);
        for (ExerciseEvent e : events) {
            if (e instanceof ExerciseEvent.RepCompleted done) {
                int n = done.rep().number();
                emit(new Cue(Cue.Kind.REP_TONE, "", e.timeMicros()));
                if (n == target) {
                    emit(new Cue(Cue.Kind.COUNT, n + ". That is all " + target + ". Well done.", e.timeMicros()));
                } else if (countEvery > 0 && n % countEvery == 0) {
                    emit(new Cue(Cue.Kind.COUNT, Integer.toString(n), e.timeMicros()));
                }
            } else if (e instanceof ExerciseEvent.RepWithdrawn) {
                explained.add(explain("The first one was not as deep as this: I count from this one.", e));
            } else if (e instanceof ExerciseEvent.RepUncounted) {
                explained.add(explain("That first move was not a rep: I count from this one.", e));
            } else if (e instanceof ExerciseEvent.FaultBegan fault) {
                formCue(fault.fault(), fault.cue(), e.timeMicros());
            }
        }
        return explained;
    }

    private String explain(String text, ExerciseEvent e) {
        emit(new Cue(Cue.Kind.GUIDE, text, e.timeMicros()));
        return text;
    }

    /** @return whether the cue was given */
    private boolean formCue(String fault, String cue, long t) {
        if (cue == null || cue.isBlank() || t - lastFormCue < FORM_CUE_GAP_MICROS) {
            return false;
        }
        Long last = lastSaid.get(fault);
        if (last != null && t - last < SAME_CUE_GAP_MICROS) {
            return false;
        }
        lastFormCue = t;
        lastSaid.put(fault, t);
        emit(new Cue(Cue.Kind.FORM, cue, t));
        return true;
    }

    /** Says what comes next (a programme's sets and rests, the camera set-up): not rate-limited, rare by nature. */
    void announce(String text, long frameMicros) {
        emit(new Cue(Cue.Kind.GUIDE, text, frameMicros));
    }

    /** A new set starts: the rate limits start afresh (its time may start from zero again). */
    void newSet() {
        lastFormCue = Long.MIN_VALUE / 2;
        lastSaid.clear();
        toldNotChecked.clear();
    }

    /** @return true when sound is now on */
    boolean toggleMute() {
        muted = !muted;
        return !muted;
    }

    private void emit(Cue cue) {
        if (!muted) {
            sink.emit(cue);
        }
    }
}
