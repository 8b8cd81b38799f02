package com.repcam.exercise;

/**
 * The set-up position: counting starts only once the person has held it for {@code settleSeconds}, so walking in,
 * kneeling down or getting up never count.
 *
 * @param signal        name of the posture signal
 * @param min           lowest value in the set-up position
 * @param max           highest value in the set-up position
 * @param settleSeconds how long the position must be held before counting starts
 */
public record PostureSpec(String signal, double min, double max, double settleSeconds) {

    public boolean holds(double value) {
        return value >= min && value <= max;
    }
}
