package com.repcam.signal;

/**
 * One value of a signal in one frame.
 *
 * @param value      in the signal's unit (degrees, or a share of a body length)
 * @param confidence lowest visibility of the landmarks it was computed from, in [0, 1]
 */
public record Reading(double value, double confidence) {
}
