package com.repcam.exercise;

/**
 * How reps are counted on one signal. Shares are of the person's range (rest to full depth), learned from the
 * first {@code calibrationReps} reps and refined as the set goes; before that, {@code initialRange} stands in.
 *
 * @param signal           name of the counting signal
 * @param direction        which way the signal moves toward the target
 * @param initialRange     expected rest-to-depth movement before the person's own is known (signal units)
 * @param minExcursion     smallest movement that can be a rep or a partial rep (below: noise, fidgets)
 * @param enter            share of range at which a rep starts
 * @param target           share of range the rep must reach to count
 * @param exit             share of range below which the rep has returned (hysteresis: {@code exit < enter})
 * @param partial          share of range a rep must reach to be reported as partial
 * @param minRepSeconds    shortest rep that counts
 * @param calibrationReps  reps that set the person's range
 * @param smoothingSeconds time constant of the signal's low-pass
 * @param minConfidence    landmark visibility below which the signal is not trusted (counting pauses)
 * @param maxGapSeconds    longest gap (person lost, low confidence) a rep in progress survives
 * @param withdrawFirstBelow the first full rep is taken back as a partial one when its depth is below this share
 *                         of the second's ({@link ExerciseEvent.RepWithdrawn}); 0: never
 */
public record CountingSpec(String signal, Direction direction, double initialRange, double minExcursion,
                           double enter, double target, double exit, double partial, double minRepSeconds,
                           int calibrationReps, double smoothingSeconds, double minConfidence,
                           double maxGapSeconds, double withdrawFirstBelow) {
}
