package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.repcam.signal.Reading;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether one frame's readings are in an exercise's set-up position (the quadruped's ranges, by hand). */
class PostureSpecTest {

    private static final PostureSpec ALL_FOURS = new PostureSpec("trunk_incline", -25, 35, 1.0, List.of(),
            List.of(new PostureSpec.SignalRange("shoulder_above_wrist", 0.75, Double.POSITIVE_INFINITY),
                    new PostureSpec.SignalRange("knee_above_ankle", Double.NEGATIVE_INFINITY, 0.4)));

    private static Map<String, Reading> frame(double wrist, double wristSeen, double ankle, double ankleSeen) {
        return Map.of("trunk_incline", new Reading(2, 0.99), "shoulder_above_wrist", new Reading(wrist, wristSeen),
                "knee_above_ankle", new Reading(ankle, ankleSeen));
    }

    /** The trunk line read as given, the further ranges seen and held. */
    private static Map<String, Reading> trunk(double incline, double seen) {
        return Map.of("trunk_incline", new Reading(incline, seen), "shoulder_above_wrist", new Reading(1.2, 0.9),
                "knee_above_ankle", new Reading(0.1, 0.9));
    }

    @Test
    void everyRangeSeenAndHeldIsIn() {
        assertEquals(PostureSpec.Verdict.IN, ALL_FOURS.judge(frame(1.2, 0.9, 0.1, 0.9), 0.5));
    }

    @Test
    void aHiddenFarAnkleDoesNotKeepTheSetUpFromBeingRecognised() {
        assertEquals(PostureSpec.Verdict.IN, ALL_FOURS.judge(frame(1.2, 0.9, 0.1, 0.35), 0.5));
    }

    @Test
    void oneRangeSeenOutOfItsBoundsIsOutWhateverElseIsHidden() {
        assertEquals(PostureSpec.Verdict.OUT, ALL_FOURS.judge(frame(0.2, 0.9, 0.1, 0.35), 0.5));
        assertEquals(PostureSpec.Verdict.OUT, ALL_FOURS.judge(frame(1.2, 0.3, 0.7, 0.9), 0.5));
    }

    @Test
    void withNoFurtherRangeSeenThePositionIsNotKnown() {
        assertEquals(PostureSpec.Verdict.UNKNOWN, ALL_FOURS.judge(frame(1.2, 0.3, 0.1, 0.3), 0.5));
        assertEquals(PostureSpec.Verdict.UNKNOWN, ALL_FOURS.judge(trunk(2, 0.2), 0.5));
    }

    @Test
    void onceTheSetHasBegunOnlyThePositionsOwnSignalDecides() {
        assertEquals(PostureSpec.Verdict.IN, ALL_FOURS.judgeInSet(frame(0.2, 0.9, 0.7, 0.9), 0.5));
        assertEquals(PostureSpec.Verdict.OUT, ALL_FOURS.judgeInSet(trunk(60, 0.99), 0.5));
        assertEquals(PostureSpec.Verdict.UNKNOWN, ALL_FOURS.judgeInSet(trunk(2, 0.2), 0.5));
    }
}
