package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which rep a fault gets when it begins just after one ended (hand-made events, times in seconds). */
class LateFaultsTest {

    private final LateFaults late = new LateFaults(1.0);
    private final List<Rep> reps = new ArrayList<>();

    LateFaultsTest() {
        reps.add(new Rep(1, 2_000_000, 3_500_000, 5_000_000, 4, 1, 1, 0.5, 1, Set.of(), false));
    }

    private void began(double t, boolean inRep) {
        late.note(micros(t), List.of(new ExerciseEvent.FaultBegan(micros(t), "bent_elbows", "cue")), inRep, reps);
    }

    private void ended(double t, boolean inRep) {
        late.note(micros(t), List.of(new ExerciseEvent.FaultEnded(micros(t), "bent_elbows")), inRep, reps);
    }

    private static long micros(double seconds) {
        return Math.round(seconds * 1e6);
    }

    @Test
    void aFaultBegunAndEndedJustAfterARepBelongsToIt() {
        began(5.3, false);
        ended(5.8, false);
        assertEquals(Set.of("bent_elbows"), reps.get(0).faults());
    }

    @Test
    void aFaultStillOnWhenAMovementStartsThatComesToNothingBelongsToTheRepBefore() {
        // set2_19 of the varied set out/set2 (eval): the chest's dip of bent elbows read 0.3 s after the rep ended,
        // still on as the trunk line rose back from it into what looked like the next rep, which ended partial
        began(5.3, false);
        ended(5.9, true);
        assertEquals(Set.of(), reps.get(0).faults(), "not yet: the movement under way may still become a rep");
        // it came to nothing, or to a partial rep (the chest's way back up from the dip), which must not keep it
        assertEquals(Set.of("bent_elbows"), late.attemptCameToNothing(reps));
        assertEquals(Set.of("bent_elbows"), reps.get(0).faults());
    }

    @Test
    void aFaultStillOnWhenTheNextRepStartsBelongsToThatRep() {
        began(5.3, false);
        ended(5.9, true);
        late.attemptCounted(); // the counter noted it on the rep that just ended
        late.attemptCameToNothing(reps);
        assertEquals(Set.of(), reps.get(0).faults());
    }

    @Test
    void aFaultBegunLaterThanTheGraceIsNotTheRepBeforesOwn() {
        began(6.2, false);
        ended(6.6, false);
        late.attemptCameToNothing(reps);
        assertEquals(Set.of(), reps.get(0).faults());
    }
}
