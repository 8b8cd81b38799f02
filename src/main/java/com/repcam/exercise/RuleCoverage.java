package com.repcam.exercise;

import com.repcam.signal.ViewKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For the rep under way, whether each form rule was judged at all, and if not why: frames on which the view did
 * not allow it, or its body parts were not seen well enough. A rule never judged during a rep is reported as not
 * checked for that rep ({@link NotChecked}), never as passed; a fault named by several rules is checked when any of
 * them was judged.
 */
final class RuleCoverage {

    private static final class Tally {
        int judged;
        int hidden;
        final Map<ViewKind, Integer> unsuitableView = new EnumMap<>(ViewKind.class);
    }

    private final Map<FaultRule, Tally> tallies = new LinkedHashMap<>();
    private final Map<String, Set<ViewKind>> viewsByFault;

    /** @param viewsByFault the views each fault is judged from, over all its rules ({@link FaultRule#viewsByFault}) */
    RuleCoverage(List<FaultRule> rules, Map<String, Set<ViewKind>> viewsByFault) {
        this.viewsByFault = viewsByFault;
        for (FaultRule r : rules) {
            tallies.put(r, new Tally());
        }
    }

    /** A new rep starts: what happened before it does not count for it. */
    void restart() {
        for (FaultRule r : List.copyOf(tallies.keySet())) {
            tallies.put(r, new Tally());
        }
    }

    void judged(FaultRule rule) {
        tallies.get(rule).judged++;
    }

    void viewUnsuitable(FaultRule rule, ViewKind view) {
        tallies.get(rule).unsuitableView.merge(view, 1, Integer::sum);
    }

    void hidden(FaultRule rule) {
        tallies.get(rule).hidden++;
    }

    /**
     * The faults none of whose rules was judged on any frame of the rep so far, with the main reason over those
     * rules.
     */
    List<NotChecked> notChecked() {
        Map<String, Tally> byFault = new LinkedHashMap<>();
        for (Map.Entry<FaultRule, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            Tally sum = byFault.computeIfAbsent(e.getKey().fault(), f -> new Tally());
            sum.judged += t.judged;
            sum.hidden += t.hidden;
            t.unsuitableView.forEach((view, frames) -> sum.unsuitableView.merge(view, frames, Integer::sum));
        }
        List<NotChecked> out = new ArrayList<>();
        byFault.forEach((fault, t) -> {
            int byView = t.unsuitableView.values().stream().mapToInt(Integer::intValue).sum();
            if (t.judged > 0 || byView + t.hidden == 0) {
                return;
            }
            if (byView >= t.hidden) {
                ViewKind view = t.unsuitableView.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
                        .getKey();
                out.add(NotChecked.filmedFrom(fault, view, viewsByFault.get(fault)));
            } else {
                out.add(NotChecked.notSeenWell(fault, viewsByFault.get(fault)));
            }
        });
        return out;
    }
}
