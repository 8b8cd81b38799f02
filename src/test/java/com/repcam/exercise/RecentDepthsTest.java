package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RecentDepthsTest {

    @Test
    void keepsTheLastFewAndGivesTheirMedianWithOrWithoutAnotherDepth() {
        RecentDepths recent = new RecentDepths(3);
        recent.add(10);
        recent.add(1);
        recent.add(2);
        recent.add(3); // 10 is dropped
        assertEquals(3, recent.size());
        assertEquals(2, recent.median(), 1e-12);
        assertEquals(2.5, recent.medianWith(9), 1e-12);
        assertEquals(3, recent.size(), "a depth given to medianWith is not kept");
    }
}
