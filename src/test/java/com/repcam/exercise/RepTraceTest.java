package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RepTraceTest {

    /** Excursions at 0, 1, 2, ... seconds. */
    private static RepTrace trace(long fromSecond, double... excursions) {
        RepTrace t = new RepTrace();
        for (int i = 0; i < excursions.length; i++) {
            t.add((fromSecond + i) * 1_000_000L, excursions[i]);
        }
        return t;
    }

    @Test
    void phasesAreReadFromTheSamplesUpToTheEndOnly() {
        // a rep ended at its turning point (3 s); the samples after it, back at depth, are not its hold
        RepTrace t = trace(0, 0, 5, 10, 4, 9, 10);
        assertArrayEquals(new double[] {2, 0, 1}, t.phases(0, 3_000_000L, 9), 1e-9);
        assertArrayEquals(new double[] {2, 3, 0}, t.phases(0, 5_000_000L, 9), 1e-9);
    }

    @Test
    void aLineFittedToTheLastSamplesTellsWhenTheWayBackReachesTheStart() {
        // coming back 2 a second with a jitter of 0.1 on every other sample: the line reaches 0 at 5 s
        RepTrace t = trace(0, 10, 8.1, 6, 4.1, 2);
        assertEquals(5_000_000L, t.reachesStartAt(4_000_000L, 2.0), 20_000);
        assertEquals(-1, trace(0, 2, 3, 4).reachesStartAt(2_000_000L, 2.0), "going out, not coming back");
        assertEquals(-1, t.reachesStartAt(4_000_000L, 0.5), "one sample in the window");
    }

    @Test
    void aTraceFollowedByALaterOneTakesItsNewSamplesMovedToItsOwnStart() {
        RepTrace first = trace(0, 0, 10, 4);
        // measured from the turning point (4 from the first start), overlapping the first at 2 s
        RepTrace later = trace(2, 0, 5, 1);
        RepTrace whole = first.followedBy(later, 4);
        assertEquals(10, whole.deepest(), 1e-9, "10 at 1 s stays the deepest");
        assertEquals(1_000_000L, whole.deepestMicros());
        assertEquals(4_000_000L, whole.lastMicros());
        assertArrayEquals(new double[] {1, 0, 3}, whole.phases(0, 4_000_000L, 9.5), 1e-9);
        assertEquals(2_000_000L, first.lastMicros(), "the first trace is not changed");
    }
}
