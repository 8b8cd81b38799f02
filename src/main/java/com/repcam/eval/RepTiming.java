package com.repcam.eval;

/**
 * How far a counted rep's start and end lie from those of the true rep it was matched with: counted minus true, in
 * seconds (positive: dated late).
 *
 * @param startSeen false when counting began during the counted rep: its start is where counting began, so its
 *                  start error says when counting began, not how well a rep's start was found
 */
public record RepTiming(double startError, double endError, boolean startSeen) {

    static RepTiming between(RepSpan truth, RepSpan counted) {
        return new RepTiming(counted.startSeconds() - truth.startSeconds(), counted.endSeconds() - truth.endSeconds(),
                counted.startSeen());
    }
}
