package com.repcam.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the progress report needs of one saved session (its session.json).
 *
 * @param folder         the session folder
 * @param created        when the session was saved (for a live set: when it was done)
 * @param exerciseId     the exercise's id
 * @param exerciseName   its display name
 * @param reps           full reps counted
 * @param prescribed     reps the exercise prescribes for a set
 * @param partialReps    partial reps (not counted)
 * @param repsWithFaults full reps with at least one form fault
 * @param faultsByKind   full reps per fault kind
 * @param meanDepthShare mean depth of the full reps as a share of the person's own range (NaN without reps)
 * @param meanRepSeconds mean duration of the full reps (NaN without reps)
 * @param countable      false when the session's count said nothing about the exercise (see its warnings)
 * @param setsPrescribed sets of the exercise a day when the session is a set of a programme run, else 1
 */
public record SessionSummary(Path folder, Instant created, String exerciseId, String exerciseName, int reps,
                             int prescribed, int partialReps, int repsWithFaults, Map<String, Integer> faultsByKind,
                             double meanDepthShare, double meanRepSeconds, boolean countable, int setsPrescribed) {

    public SessionSummary {
        faultsByKind = Collections.unmodifiableSortedMap(new TreeMap<>(faultsByKind)); // by name
    }
}
