package com.repcam.exercise;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One repetition, full or partial.
 *
 * @param number            1-based count of full reps (for a partial rep: the number the next full rep will get)
 * @param startMicros       when the movement left the start position
 * @param peakMicros        when it was deepest
 * @param endMicros         when it was back
 * @param depth             deepest movement from the start position, in the counting signal's unit
 * @param depthShare        depth as a share of the person's range at the time
 * @param goingSeconds      from start until the movement first came within 15% of its deepest point
 * @param holdSeconds       from then until it last left that band (time spent at depth)
 * @param returningSeconds  from leaving depth until back at the start position
 * @param faults            fault ids seen during the rep
 * @param partial           true when the target was not reached
 * @param notChecked        form rules that could not be judged during the rep, and why
 * @param startSeen         false when counting began during the rep: its start and peak are where counting began,
 *                          its depth how far it came back from there (it went at least that deep), and its way down
 *                          and hold were not seen
 */
public record Rep(int number, long startMicros, long peakMicros, long endMicros, double depth, double depthShare,
                  double goingSeconds, double holdSeconds, double returningSeconds, Set<String> faults,
                  boolean partial, List<NotChecked> notChecked, boolean startSeen) {

    public Rep {
        faults = Collections.unmodifiableSortedSet(new TreeSet<>(faults)); // by name, in every output
        notChecked = List.copyOf(notChecked);
    }

    /** A rep seen from its start whose every rule was judged. */
    public Rep(int number, long startMicros, long peakMicros, long endMicros, double depth, double depthShare,
               double goingSeconds, double holdSeconds, double returningSeconds, Set<String> faults, boolean partial) {
        this(number, startMicros, peakMicros, endMicros, depth, depthShare, goingSeconds, holdSeconds,
                returningSeconds, faults, partial, List.of(), true);
    }

    public Rep withFaults(Set<String> more) {
        return new Rep(number, startMicros, peakMicros, endMicros, depth, depthShare, goingSeconds, holdSeconds,
                returningSeconds, more, partial, notChecked, startSeen);
    }

    public Rep withNotChecked(List<NotChecked> rules) {
        return new Rep(number, startMicros, peakMicros, endMicros, depth, depthShare, goingSeconds, holdSeconds,
                returningSeconds, faults, partial, rules, startSeen);
    }

    /** This rep as a partial one, its depth as this share of the person's range. */
    public Rep asPartial(double share) {
        return new Rep(number, startMicros, peakMicros, endMicros, depth, share, goingSeconds, holdSeconds,
                returningSeconds, faults, true, notChecked, startSeen);
    }

    public double durationSeconds() {
        return (endMicros - startMicros) / 1e6;
    }
}
