package com.repcam.learn;

import com.repcam.exercise.Direction;

/**
 * The repeated movement found in a recording, and how to count it.
 *
 * @param signal        the candidate signal that moves most regularly
 * @param unit          its unit ("deg" or "body")
 * @param periodicity   how alike the reps are in size and timing (1: the same movement again and again)
 * @param periodSeconds time from one rep to the next
 * @param direction     which way the signal moves from the start position into a rep
 * @param rest          the start position
 * @param range         rest-to-depth movement of a typical rep
 * @param low           lowest value while exercising (5th percentile of the middle of the recording)
 * @param high          highest value while exercising (95th percentile)
 * @param cycles        about how many reps the recording holds (its exercising time over the period)
 * @param noise         frame-to-frame jitter (RMS of the signal less its 0.5 s moving mean), in its unit
 */
public record Movement(String signal, String unit, double periodicity, double periodSeconds, Direction direction,
                       double rest, double range, double low, double high, double cycles, double noise) {

    /** The movement as a multiple of the jitter. */
    public double clarity() {
        return noise > 0 ? range / noise : Double.POSITIVE_INFINITY;
    }
}
