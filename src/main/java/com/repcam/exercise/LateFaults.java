package com.repcam.exercise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives a rep the faults that show just after it: a fault that begins while the person settles back after a rep
 * (within the grace time) and ends before the next rep starts belongs to the rep just finished; one still on when
 * the next rep starts belongs to that one (the counter notes it there), unless that movement never becomes a full
 * rep (the chest let down by bent elbows after a rep ended, and its way back up read as a partial rep: set2_19).
 */
final class LateFaults {

    private final long graceMicros;
    /** Faults that began just after a rep, with the number of reps at that moment. */
    private final Map<String, Integer> begunAfterRep = new HashMap<>();

    LateFaults(double graceSeconds) {
        this.graceMicros = Math.round(graceSeconds * 1e6);
    }

    /**
     * Takes one frame's fault events; may replace the last of {@code reps} with a copy holding a late fault.
     *
     * @param inRep whether a rep is under way after this frame
     */
    void note(long t, List<ExerciseEvent> newEvents, boolean inRep, List<Rep> reps) {
        for (ExerciseEvent e : newEvents) {
            if (e instanceof ExerciseEvent.FaultBegan b) {
                Rep last = reps.isEmpty() ? null : reps.get(reps.size() - 1);
                // a rep counting began during is not judged ({@link UnseenRepStart})
                if (!inRep && last != null && last.startSeen() && t - last.endMicros() <= graceMicros) {
                    begunAfterRep.put(b.fault(), reps.size());
                }
            } else if (e instanceof ExerciseEvent.FaultEnded f && !inRep) {
                Integer repsWhenBegun = begunAfterRep.remove(f.fault());
                if (repsWhenBegun != null && repsWhenBegun == reps.size()) {
                    giveToLast(f.fault(), reps);
                }
            }
        }
    }

    /** The movement under way ended as a full rep: it keeps the faults the counter noted on it. */
    void attemptCounted() {
        begunAfterRep.clear();
    }

    /**
     * The movement under way ended without becoming a full rep (nothing, or a partial rep): faults that began just
     * before it go to the rep before.
     *
     * @return the faults given to the rep before (a partial rep does not keep them as well)
     */
    Set<String> attemptCameToNothing(List<Rep> reps) {
        Set<String> given = new TreeSet<>();
        begunAfterRep.forEach((fault, repsWhenBegun) -> {
            if (repsWhenBegun == reps.size()) {
                giveToLast(fault, reps);
                given.add(fault);
            }
        });
        begunAfterRep.clear();
        return given;
    }

    private static void giveToLast(String fault, List<Rep> reps) {
        Rep last = reps.get(reps.size() - 1);
        Set<String> faults = new TreeSet<>(last.faults());
        faults.add(fault);
        reps.set(reps.size() - 1, last.withFaults(faults));
    }
}
