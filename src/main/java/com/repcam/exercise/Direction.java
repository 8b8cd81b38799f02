package com.repcam.exercise;

/** Which way the counting signal moves from the start position toward the rep's target. */
public enum Direction {
    INCREASE(1), DECREASE(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** The signed movement from {@code rest}: positive toward the target. */
    public double excursion(double value, double rest) {
        return sign * (value - rest);
    }
}
