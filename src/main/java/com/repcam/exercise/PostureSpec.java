package com.repcam.exercise;

import com.repcam.signal.Joint;
import java.util.List;

/**
 * The set-up position: counting starts only once the person has held it for {@code settleSeconds}, so walking in,
 * kneeling down or getting up never count.
 *
 * @param signal        name of the posture signal
 * @param min           lowest value in the set-up position
 * @param max           highest value in the set-up position
 * @param settleSeconds how long the position must be held before counting starts
 * @param pointsDown    two joints (from, to) whose segment points to the floor in this exercise and whenever the
 *                      person stands or kneels, for telling a picture that is turned; empty: not checked
 */
public record PostureSpec(String signal, double min, double max, double settleSeconds, List<Joint> pointsDown) {

    public PostureSpec {
        pointsDown = List.copyOf(pointsDown);
    }

    public boolean holds(double value) {
        return value >= min && value <= max;
    }
}
