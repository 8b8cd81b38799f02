package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void anOddCountGivesTheMiddleValueAndAnEvenOneTheMeanOfTheTwoMiddleOnes() {
        assertEquals(3, Median.of(new double[] {5, 1, 3}));
        assertEquals(2.5, Median.of(new double[] {4, 1, 3, 2}));
        assertEquals(7, Median.of(new double[] {7}));
    }

    @Test
    void noValuesGiveNaNAndTheValuesAreLeftInTheirOrder() {
        assertEquals(Double.NaN, Median.of(new double[0]));
        double[] values = {3, 1, 2};
        Median.of(values);
        assertArrayEquals(new double[] {3, 1, 2}, values);
    }
}
