package com.repcam.analysis;

import java.util.OptionalDouble;

/**
 * The camera's angle from side-on over the frames of a set, kept in bounded memory however long the set runs: a
 * count per tenth of a degree from 0 to 90, and an exact count of the frames at or within the limit. It answers
 * whether the set was filmed beyond the limit for most of its frames (the upper median beyond it), and that median
 * to the nearest tenth of a degree.
 */
final class CameraAngleTally {

    private static final int STEPS_PER_DEGREE = 10;
    private static final int MAX_DEGREES = 90;

    private final double limitDegrees;
    private final long[] perStep = new long[MAX_DEGREES * STEPS_PER_DEGREE + 1];
    private long frames;
    private long framesWithinLimit;

    CameraAngleTally(double limitDegrees) {
        this.limitDegrees = limitDegrees;
    }

    /** One frame's angle from side-on, degrees (0 side-on, 90 face-on); values outside 0-90 count as the nearer end. */
    void add(double degrees) {
        if (Double.isNaN(degrees)) {
            return;
        }
        double clamped = Math.max(0, Math.min(MAX_DEGREES, degrees));
        perStep[(int) Math.round(clamped * STEPS_PER_DEGREE)]++;
        frames++;
        if (degrees <= limitDegrees) {
            framesWithinLimit++;
        }
    }

    /**
     * The upper median angle (the middle frame's, or the later of the two middle frames') when it lies beyond the
     * limit, rounded to a tenth of a degree; empty when it does not or no frame was added.
     */
    OptionalDouble medianWhenBeyondLimit() {
        if (frames == 0 || framesWithinLimit > frames / 2) {
            return OptionalDouble.empty();
        }
        long middle = frames / 2; // index of the upper median among the sorted frames
        long seen = 0;
        for (int step = 0; step < perStep.length; step++) {
            seen += perStep[step];
            if (seen > middle) {
                return OptionalDouble.of((double) step / STEPS_PER_DEGREE);
            }
        }
        throw new IllegalStateException("frame counts out of step");
    }
}
