package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class StraightLineTest {

    @Test
    void fitsTheLeastSquaresLine() {
        // y = 1 + 2x with +-0.1 about it: the line through them is 1 + 2x
        StraightLine line = StraightLine.fit(List.of(new double[] {0, 1.1}, new double[] {1, 2.9},
                new double[] {2, 5.1}, new double[] {3, 6.9}));
        assertEquals(2.0, line.slope(), 0.05);
        assertEquals(1.0, line.atZero(), 0.1);
        assertEquals(line.atZero() + 4 * line.slope(), line.at(4), 1e-12);
    }

    @Test
    void noLineThroughOnePointOrPointsAtOneX() {
        assertNull(StraightLine.fit(List.of(new double[] {1, 2})));
        assertNull(StraightLine.fit(List.of(new double[] {1, 2}, new double[] {1, 3})));
    }
}
