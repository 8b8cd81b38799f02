package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.signal.ViewKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A rule judged from the person's set-up value, with and without an absolute limit, on hand-made values. */
class FaultMonitorTest {

    /** Bent elbows as the quadruped file has them: 18 deg below the set-up angle, or below 128 deg at all. */
    private static FaultRule bentElbows(double absoluteLimit) {
        return new FaultRule("bent_elbows", "elbow_angle", false, -18, true, 4, 0.3, Set.of(ViewKind.SIDE),
                List.of("elbow"), "Keep your arms straight.", Double.POSITIVE_INFINITY, false, absoluteLimit, false);
    }

    /** Feeds the angle for the given seconds at 10 frames a second from {@code fromSeconds}; returns the events. */
    private static List<ExerciseEvent> feed(FaultMonitor m, double fromSeconds, double seconds, double angle) {
        List<ExerciseEvent> events = new ArrayList<>();
        for (int i = 0; i < seconds * 10; i++) {
            m.accept((long) ((fromSeconds + i / 10.0) * 1e6), angle, events);
        }
        return events;
    }

    @Test
    void armsBentFromTheSetUpOnAreAFaultOnlyWithTheAbsoluteLimit() {
        FaultMonitor relativeOnly = new FaultMonitor(bentElbows(Double.NaN));
        relativeOnly.setBaseline(110);
        feed(relativeOnly, 0, 2, 110);
        assertFalse(relativeOnly.active(), "the bent set-up is the person's own straight");

        FaultMonitor withLimit = new FaultMonitor(bentElbows(128));
        withLimit.setBaseline(110);
        List<ExerciseEvent> events = feed(withLimit, 0, 2, 110);
        assertTrue(withLimit.active());
        assertEquals(1, events.size());
        assertTrue(events.get(0) instanceof ExerciseEvent.FaultBegan);
        // straightened to 130: within the hysteresis of the limit, still bent; to 135 it ends
        feed(withLimit, 2, 1, 130);
        assertTrue(withLimit.active());
        feed(withLimit, 3, 1, 135);
        assertFalse(withLimit.active());
    }

    @Test
    void straightArmsAreJudgedFromTheSetUpAsBeforeWithTheLimitThere() {
        FaultMonitor m = new FaultMonitor(bentElbows(128));
        m.setBaseline(172);
        feed(m, 0, 2, 160); // 12 deg below the set-up: not yet
        assertFalse(m.active());
        feed(m, 2, 1, 145); // 27 below the set-up, above the limit: bent
        assertTrue(m.active());
        feed(m, 3, 1, 170);
        assertFalse(m.active());
        // a value beyond the limit for less than the rule's 0.3 s raises nothing
        feed(m, 4, 0.2, 120);
        feed(m, 4.2, 1, 172);
        assertFalse(m.active());
    }
}
