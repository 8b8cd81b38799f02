package com.repcam.exercise;

import com.repcam.signal.CameraView;
import com.repcam.signal.Reading;
import com.repcam.signal.ViewKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The form rules of one exercise as a set runs: a monitor per rule judging its signal against the person's own
 * set-up value, only from views the rule suits and only while its signal can be trusted and the movement is where
 * the rule is judged; and, per rep, which rules were judged and which could not be (see {@link RuleCoverage}).
 */
final class FaultBook {

    /** Told when a rule meets a view it cannot be judged from (once per view; the tracker words the event). */
    @FunctionalInterface
    interface UnsuitableView {
        void report(String fault, long t, List<ExerciseEvent> events);
    }

    private final List<FaultMonitor> monitors = new ArrayList<>();
    /** The views each fault is judged from, over all the rules that name it. */
    private final Map<String, Set<ViewKind>> viewsByFault;
    private final RuleCoverage coverage;
    private final Predicate<Reading> trusted;
    private final double setUpSeconds;
    /** Per judged signal, its trusted values (time, value) over the last {@code setUpSeconds} of the set-up. */
    private final Map<String, ArrayDeque<double[]>> setUp = new HashMap<>();
    /** Each rule's baseline before the last {@link #retakeBaselines}, in the rules' order (null: none taken again). */
    private double[] baselinesBeforeRetake;

    /**
     * @param trusted      whether a reading can be judged (the tracker's confidence rule, the same for counting)
     * @param setUpSeconds how long the set-up position is held before counting starts; the baselines are the
     *                     person's values over that time
     */
    FaultBook(List<FaultRule> rules, Predicate<Reading> trusted, double setUpSeconds) {
        for (FaultRule rule : rules) {
            monitors.add(new FaultMonitor(rule));
            setUp.put(rule.signal(), new ArrayDeque<>());
        }
        this.viewsByFault = Collections.unmodifiableMap(FaultRule.viewsByFault(rules));
        this.coverage = new RuleCoverage(rules, viewsByFault);
        this.trusted = trusted;
        this.setUpSeconds = setUpSeconds;
    }

    /**
     * One frame of the person holding the set-up position before counting starts, or, once counting has begun, of a
     * position that may be the real start ({@link UnseenRepStart}).
     */
    void observeSetUp(long t, Map<String, Reading> readings) {
        setUp.forEach((signal, window) -> {
            Reading r = readings.get(signal);
            if (trusted.test(r)) {
                window.addLast(new double[] {t, r.value()});
            }
            while (!window.isEmpty() && (t - window.peekFirst()[0]) / 1e6 > setUpSeconds) {
                window.removeFirst();
            }
        });
    }

    /** What was seen of the set-up position no longer counts: it was left before counting started, or a rep began. */
    void forgetSetUp() {
        setUp.values().forEach(ArrayDeque::clear);
    }

    /**
     * Counting starts: every rule takes the person's set-up value of its signal as its baseline, the median over
     * the set-up time (one frame's value moved an oblique elbow angle by 7 deg), or this frame's when none was seen.
     */
    void setBaselines(Map<String, Reading> readings) {
        for (FaultMonitor m : monitors) {
            double[] values = setUp.get(m.rule().signal()).stream().mapToDouble(s -> s[1]).toArray();
            m.setBaseline(values.length == 0 ? readings.get(m.rule().signal()).value() : Median.of(values));
        }
        forgetSetUp();
    }

    /**
     * Judges every rule on this frame.
     *
     * @param depthShare how far into the rep the person is, as a share of their range
     * @param judgeable  called for a rule the view allows (its "not suitable" notice may be withdrawn)
     */
    void judge(long t, Map<String, Reading> readings, CameraView view, double depthShare, List<ExerciseEvent> events,
               UnsuitableView unsuitable, Consumer<String> judgeable) {
        Set<String> before = active();
        int from = events.size();
        for (FaultMonitor m : monitors) {
            Reading r = readings.get(m.rule().signal());
            boolean viewSuits = m.rule().views().contains(view.kind());
            if (viewSuits && trusted.test(r)) {
                m.sampleDepth(depthShare, r.value());
            }
            if (depthShare > m.rule().judgeBelowDepth() && viewSuits && !m.depthLineLearned()) {
                m.hold();
                continue;
            }
            if (!viewSuits) {
                if (!viewsByFault.get(m.rule().fault()).contains(view.kind())) {
                    unsuitable.report(m.rule().fault(), t, events);
                }
                coverage.viewUnsuitable(m.rule(), view.kind());
                m.suspend(t, events);
            } else if (!trusted.test(r)) {
                coverage.hidden(m.rule());
                m.suspend(t, events);
            } else {
                judgeable.accept(m.rule().fault());
                coverage.judged(m.rule());
                m.accept(t, r.value(), depthShare, events);
            }
        }
        oneEventPerFault(events, from, before);
    }

    /**
     * The events of this frame from {@code from} on, as the faults saw them rather than their rules: a fault named by
     * several rules begins when the first of them holds it and ends when the last lets it go.
     */
    private void oneEventPerFault(List<ExerciseEvent> events, int from, Set<String> before) {
        Set<String> after = active();
        Set<String> began = new HashSet<>();
        Set<String> ended = new HashSet<>();
        events.subList(from, events.size()).removeIf(e -> e instanceof ExerciseEvent.FaultBegan b
                ? before.contains(b.fault()) || !began.add(b.fault())
                : e instanceof ExerciseEvent.FaultEnded f && (after.contains(f.fault()) || !ended.add(f.fault())));
    }

    /** No judging now (nobody in view, out of position, waiting to start): faults on end. */
    void suspend(long t, List<ExerciseEvent> events) {
        Set<String> before = active();
        int from = events.size();
        for (FaultMonitor m : monitors) {
            m.suspend(t, events);
        }
        oneEventPerFault(events, from, before);
    }

    /** The calibration reps are done: rules whose baseline follows depth learn it from what they saw. */
    void calibrationDone() {
        for (FaultMonitor m : monitors) {
            m.learnDepthLine();
        }
    }

    /** The person rests between reps on this frame: rules whose baseline is taken at every rest see the value. */
    void atRest(Map<String, Reading> readings) {
        for (FaultMonitor m : monitors) {
            Reading r = readings.get(m.rule().signal());
            if (trusted.test(r)) {
                m.sampleRest(r.value());
            }
        }
    }

    /**
     * A rep starts: coverage is counted afresh, and baselines taken at every rest are taken from the one over. The
     * values kept in case counting began during a rep ({@link #retakeBaselines}) are not needed: it did not.
     */
    void repStarted() {
        coverage.restart();
        monitors.forEach(FaultMonitor::restOver);
        forgetSetUp();
    }

    /**
     * Counting began during a rep ({@link UnseenRepStart}) and the body has been back at the start, still, since
     * {@code sinceMicros}: the rules take their baselines again, over that stillness (those taken where counting
     * began were the rep's depth: the trunk line's return from it read as a chest let down, set4_15 of the varied
     * set).
     */
    void retakeBaselines(Map<String, Reading> readings, long sinceMicros) {
        baselinesBeforeRetake = monitors.stream().mapToDouble(FaultMonitor::baseline).toArray();
        setUp.values().forEach(window -> window.removeIf(s -> s[0] < sinceMicros));
        setBaselines(readings);
    }

    /**
     * The rep counting began during was not one ({@link ExerciseEvent.RepUncounted}): counting had begun in the start
     * position, so the baselines taken there are the rules' again.
     */
    void restoreBaselines() {
        if (baselinesBeforeRetake == null) {
            return;
        }
        for (int i = 0; i < monitors.size(); i++) {
            monitors.get(i).setBaseline(baselinesBeforeRetake[i]);
        }
        baselinesBeforeRetake = null;
    }

    /** Every fault, not checked on a rep counting began during ({@link UnseenRepStart}). */
    List<NotChecked> countingBeganDuring() {
        List<NotChecked> out = new ArrayList<>();
        viewsByFault.forEach((fault, views) -> out.add(NotChecked.countingBeganDuring(fault, views)));
        return out;
    }

    /** The rules the rep now ending was not judged by, and why. */
    List<NotChecked> notChecked() {
        return coverage.notChecked();
    }

    /** The views each fault is judged from, over all the rules that name it, in the order of their first rule. */
    Map<String, Set<ViewKind>> viewsByFault() {
        return viewsByFault;
    }

    /** Fault ids on now. */
    Set<String> active() {
        Set<String> on = new TreeSet<>();
        for (FaultMonitor m : monitors) {
            if (m.active()) {
                on.add(m.rule().fault());
            }
        }
        return on;
    }

    /** The cue texts of the faults on now, one per fault (its first rule on now), in rule order. */
    List<String> cues() {
        Map<String, String> cues = new LinkedHashMap<>();
        for (FaultMonitor m : monitors) {
            if (m.active()) {
                cues.putIfAbsent(m.rule().fault(), m.rule().cue());
            }
        }
        return List.copyOf(cues.values());
    }
}
