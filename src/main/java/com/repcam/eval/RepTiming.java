package com.repcam.eval;

/**
 * How far a counted rep's start and end lie from those of the true rep it was matched with: counted minus true, in
 * seconds (positive: dated late).
 */
public record RepTiming(double startError, double endError) {

    static RepTiming between(RepSpan truth, RepSpan counted) {
        return new RepTiming(counted.startSeconds() - truth.startSeconds(), counted.endSeconds() - truth.endSeconds());
    }
}
