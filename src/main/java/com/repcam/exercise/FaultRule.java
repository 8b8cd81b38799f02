package com.repcam.exercise;

import com.repcam.signal.ViewKind;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form rule: the fault is on while the signal is beyond the threshold for at least {@code minSeconds}, and off
 * again once it is back by {@code hysteresis} for as long. Several rules may name one fault, each on a signal that
 * shows it (bent elbows: the elbow's angle closing, or the chest let down below where the rep started): the fault
 * is on while any of them holds it.
 *
 * @param fault       fault id, e.g. {@code head_up}
 * @param signal      name of the signal judged
 * @param above       true: fault when the value exceeds the threshold; false: when it falls below it
 * @param threshold   in signal units (relative to the baseline when {@code fromBaseline})
 * @param fromBaseline judge the change from the person's own set-up value rather than the value itself
 * @param hysteresis  how far back the value must come to end the fault
 * @param minSeconds  how long the condition must hold to begin (and its opposite to end) the fault
 * @param views       camera views from which the rule can be judged
 * @param bodyParts   landmarks (sideless names) to highlight while the fault is on
 * @param cue         plain-language fix, spoken or shown while the fault is on
 * @param judgeBelowDepth judge the rule only while the rep's movement is below this share of the person's range
 *                    (for example a measure that only holds near the top); above it the rule's state is held
 * @param baselineFollowsDepth the baseline is the person's own value at each depth, a straight line in the depth
 *                    share learned over the calibration reps (a neck line that moves as the upper back extends);
 *                    once learned the rule is judged at every depth, before that as {@code judgeBelowDepth} says
 * @param absoluteLimit for a rule judged from the baseline: also a fault while the signal itself is beyond this
 *                    value, whatever the set-up value was (arms bent from the set-up on); NaN: none
 * @param baselineFromRests the baseline is taken again at every rest between reps (the median over that rest): a
 *                    measure whose reading drifts over a set, or that read the set-up wrongly, is judged against
 *                    what the person's body reads at rest just before each rep
 */
public record FaultRule(String fault, String signal, boolean above, double threshold, boolean fromBaseline,
                        double hysteresis, double minSeconds, Set<ViewKind> views, List<String> bodyParts,
                        String cue, double judgeBelowDepth, boolean baselineFollowsDepth,
                        double absoluteLimit, boolean baselineFromRests) {

    public FaultRule {
        views = Set.copyOf(views);
        bodyParts = List.copyOf(bodyParts);
    }

    /** The views each fault is judged from: those of all its rules, faults in the order of their first rule. */
    public static Map<String, Set<ViewKind>> viewsByFault(List<FaultRule> rules) {
        Map<String, Set<ViewKind>> views = new LinkedHashMap<>();
        for (FaultRule r : rules) {
            views.computeIfAbsent(r.fault(), f -> EnumSet.noneOf(ViewKind.class)).addAll(r.views());
        }
        return views;
    }

    /**
     * Whether the fault's condition holds: {@code judged} (the value, less the baseline for a rule judged from
     * it) beyond the threshold, or {@code value} itself beyond the absolute limit.
     */
    boolean beyond(double judged, double value) {
        return above ? judged > threshold || value > absoluteLimit : judged < threshold || value < absoluteLimit;
    }

    /** Whether the condition has gone, by the hysteresis, from the threshold and from any absolute limit. */
    boolean backInside(double judged, double value) {
        boolean back = above ? judged <= threshold - hysteresis : judged >= threshold + hysteresis;
        boolean backFromLimit = Double.isNaN(absoluteLimit)
                || (above ? value <= absoluteLimit - hysteresis : value >= absoluteLimit + hysteresis);
        return back && backFromLimit;
    }
}
