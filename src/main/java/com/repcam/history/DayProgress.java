package com.repcam.history;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One exercise on one day, over all its sessions that day.
 *
 * @param sessions       sessions saved that day
 * @param uncountable    of them, those whose count said nothing about the exercise (their reps are left out)
 * @param reps           full reps counted
 * @param prescribed     reps the exercise prescribes for the day
 * @param partialReps    partial reps
 * @param repsWithFaults full reps with a form fault
 * @param faultsByKind   full reps per fault kind
 * @param meanDepthShare mean depth of the full reps, a share of the person's own range (NaN without reps)
 * @param meanRepSeconds mean duration of a full rep (NaN without reps)
 * @param adherence      reps done as a share of those prescribed, at most 1
 */
public record DayProgress(LocalDate day, int sessions, int uncountable, int reps, int prescribed, int partialReps,
                          int repsWithFaults, Map<String, Integer> faultsByKind, double meanDepthShare,
                          double meanRepSeconds, double adherence) {

    public DayProgress {
        faultsByKind = Collections.unmodifiableSortedMap(new TreeMap<>(faultsByKind)); // by name
    }
}
