package com.repcam.exercise;

import com.repcam.signal.SignalSpec;
import com.repcam.signal.ViewKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One exercise as data: what to measure, how to count, which form rules apply. Loaded from a YAML file by
 * {@link DefinitionLoader}.
 *
 * @param id             stable id, e.g. {@code thoracic-extension}
 * @param version        definition version, recorded with every session
 * @param name           display name
 * @param description    how to do it, for the user
 * @param views          camera views from which reps can be counted
 * @param prescribedReps the dose the therapist prescribes (target shown to the user)
 * @param signals        named signals
 * @param counting       how reps are counted
 * @param posture        the set-up position that gates counting
 * @param rules          form rules
 * @param source         where the definition came from (file or resource), for messages
 */
public record ExerciseDefinition(String id, int version, String name, String description, Set<ViewKind> views,
                                 int prescribedReps, Map<String, SignalSpec> signals, CountingSpec counting,
                                 PostureSpec posture, List<FaultRule> rules, String source) {

    public ExerciseDefinition {
        views = Set.copyOf(views);
        signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals)); // the file's order
        rules = List.copyOf(rules);
    }

    /** The same exercise with another prescription (a programme's reps a set). */
    public ExerciseDefinition withPrescribedReps(int reps) {
        return new ExerciseDefinition(id, version, name, description, views, reps, signals, counting, posture, rules,
                source);
    }
}
