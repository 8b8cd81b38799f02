package com.repcam.exercise;

import com.repcam.pose.PoseFrame;
import com.repcam.signal.CameraView;
import com.repcam.signal.PoseGeometry;
import com.repcam.signal.Reading;
import com.repcam.signal.SignalSpec;
import com.repcam.signal.TimedSmoother;
import com.repcam.signal.ViewEstimator;
import com.repcam.signal.ViewKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Follows one person through one exercise: from each frame's pose it estimates the view, computes the definition's
 * signals, waits for the set-up position, counts reps and watches the form rules, and reports what happened as
 * events. Never sees pixels. One instance per set; frames must come in time order.
 */
public final class ExerciseTracker {

    private static final double VIEW_HOLD_SECONDS = 0.5;
    /** A fault that begins this soon after a rep ended (and before the next began) belongs to that rep. */
    private static final double FAULT_GRACE_SECONDS = 1.0;

    private final ExerciseDefinition definition;
    private final ViewEstimator viewEstimator = ViewEstimator.standard();
    private final ViewTracker viewTracker = new ViewTracker(VIEW_HOLD_SECONDS);
    private final Map<String, TimedSmoother> smoothers = new HashMap<>();
    private final Map<String, Reading> readings = new LinkedHashMap<>();
    private final RepCounter counter;
    private final List<FaultMonitor> monitors = new ArrayList<>();
    private final RuleCoverage coverage;
    private final Map<String, ViewKind> reportedUnsuitable = new HashMap<>();
    private final List<Rep> reps = new ArrayList<>();
    private final List<Rep> partialReps = new ArrayList<>();
    /** Faults that began just after a rep, with the number of reps at that moment. */
    private final Map<String, Integer> lateFaults = new HashMap<>();
    private CameraView view;
    private boolean present;
    private boolean everPresent;
    private long postureSince = -1;
    private long gapSince = -1;
    /** Counting-signal samples (time, value) while in the set-up position and waiting to start. */
    private final java.util.ArrayDeque<double[]> settling = new java.util.ArrayDeque<>();

    public ExerciseTracker(ExerciseDefinition definition) {
        this.definition = definition;
        this.counter = new RepCounter(definition.counting());
        for (FaultRule rule : definition.rules()) {
            monitors.add(new FaultMonitor(rule));
        }
        for (String name : definition.signals().keySet()) {
            smoothers.put(name, new TimedSmoother(definition.counting().smoothingSeconds()));
        }
        this.coverage = new RuleCoverage(definition.rules());
    }

    public ExerciseDefinition definition() {
        return definition;
    }

    /** Takes the next frame's pose and returns what it changed. */
    public List<ExerciseEvent> accept(PoseFrame frame) {
        List<ExerciseEvent> events = new ArrayList<>();
        long t = frame.timestampMicros();
        if (frame.pose().isEmpty()) {
            if (present) {
                events.add(new ExerciseEvent.PersonLost(t));
            }
            present = false;
            readings.clear();
            suspendFaults(t, events);
            gap(t);
            postureSince = -1;
            return events;
        }
        if (!present && everPresent) {
            events.add(new ExerciseEvent.PersonFound(t));
        }
        present = true;
        everPresent = true;
        view = viewTracker.update(t, viewEstimator.estimate(frame.pose().get()));
        PoseGeometry geometry = new PoseGeometry(frame.pose().get(), view, frame.width(), frame.height());
        readings.clear();
        for (Map.Entry<String, SignalSpec> s : definition.signals().entrySet()) {
            Reading raw = s.getValue().evaluate(geometry);
            double smoothed = raw.confidence() >= definition.counting().minConfidence()
                    ? smoothers.get(s.getKey()).apply(t, raw.value()) : raw.value();
            readings.put(s.getKey(), new Reading(smoothed, raw.confidence()));
        }
        boolean viewOk = definition.views().contains(view.kind());
        if (!viewOk) {
            reportUnsuitable("counting", t, events);
        } else {
            reportedUnsuitable.remove("counting");
        }
        Reading posture = readings.get(definition.posture().signal());
        boolean inPosture = trusted(posture) && definition.posture().holds(posture.value());
        postureSince = inPosture ? (postureSince < 0 ? t : postureSince) : -1;
        Reading counting = readings.get(definition.counting().signal());
        boolean countable = viewOk && inPosture && trusted(counting);

        if (counter.phase() == Phase.WAITING) {
            boolean still = countable && still(t, counting.value());
            if (still && (t - postureSince) / 1e6 >= definition.posture().settleSeconds()) {
                counter.begin(t, counting.value());
                for (FaultMonitor m : monitors) {
                    Reading r = readings.get(m.rule().signal());
                    m.setBaseline(r.value());
                }
                gapSince = -1;
                settling.clear();
                events.add(new ExerciseEvent.Settled(t));
            } else if (!countable) {
                settling.clear();
            }
            suspendFaults(t, events);
            return events;
        }
        int beforeFaults = events.size();
        if (trusted(posture) && !definition.posture().holds(posture.value())) {
            // out of the exercise's position (getting up, leaving): form rules are about the exercise, not that
            suspendFaults(t, events);
        } else {
            judgeFaults(t, events);
        }
        attributeLateFaults(t, events.subList(beforeFaults, events.size()));
        counter.noteFaults(activeFaults());
        if (countable) {
            gapSince = -1;
            int before = events.size();
            counter.accept(t, counting.value(), events);
            for (int i = before; i < events.size(); i++) {
                ExerciseEvent e = events.get(i);
                if (e instanceof ExerciseEvent.RepStarted) {
                    coverage.restart();
                } else if (e instanceof ExerciseEvent.RepCompleted c) {
                    Rep rep = c.rep().withNotChecked(coverage.notChecked());
                    events.set(i, new ExerciseEvent.RepCompleted(c.timeMicros(), rep));
                    reps.add(rep);
                } else if (e instanceof ExerciseEvent.PartialRep p) {
                    Rep rep = p.rep().withNotChecked(coverage.notChecked());
                    events.set(i, new ExerciseEvent.PartialRep(p.timeMicros(), rep));
                    partialReps.add(rep);
                }
            }
        } else {
            gap(t);
        }
        return events;
    }

    /**
     * Whether the person has held still in the set-up position for the settle time: the counting signal moved less
     * over it than it takes to start a rep. Getting down into the position (kneeling, putting the elbows on the
     * chair) passes through the set-up range while still moving, often the way a rep goes; the start position is
     * where that movement ends, not where the posture was first recognised.
     */
    private boolean still(long t, double value) {
        double settle = definition.posture().settleSeconds();
        settling.addLast(new double[] {t, value});
        while (settling.size() > 1 && (t - settling.peekFirst()[0]) / 1e6 > settle) {
            settling.removeFirst();
        }
        if ((t - settling.peekFirst()[0]) / 1e6 < settle * 0.9) {
            return false; // not yet seen for long enough (frames may be dropped: 90% of the time will do)
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] s : settling) {
            lo = Math.min(lo, s[1]);
            hi = Math.max(hi, s[1]);
        }
        return hi - lo < counter.startThreshold();
    }

    /**
     * A fault that begins while the person settles back after a rep (within the grace time) and ends before the
     * next rep starts belongs to the rep just finished; one still on when the next rep starts belongs to that one.
     */
    private void attributeLateFaults(long t, List<ExerciseEvent> newEvents) {
        for (ExerciseEvent e : newEvents) {
            if (e instanceof ExerciseEvent.FaultBegan b) {
                boolean afterRep = !counter.inRep() && !reps.isEmpty()
                        && (t - reps.get(reps.size() - 1).endMicros()) / 1e6 <= FAULT_GRACE_SECONDS;
                if (afterRep) {
                    lateFaults.put(b.fault(), reps.size());
                }
            } else if (e instanceof ExerciseEvent.FaultEnded f) {
                Integer repsWhenBegun = lateFaults.remove(f.fault());
                if (repsWhenBegun != null && !counter.inRep() && repsWhenBegun == reps.size()) {
                    Rep last = reps.get(reps.size() - 1);
                    Set<String> faults = new TreeSet<>(last.faults());
                    faults.add(f.fault());
                    reps.set(reps.size() - 1, last.withFaults(faults));
                }
            }
        }
        if (counter.inRep()) {
            lateFaults.clear();
        }
    }

    private boolean trusted(Reading r) {
        return r != null && r.confidence() >= definition.counting().minConfidence();
    }

    /** Counting cannot go on this frame; after the longest allowed gap the set waits for the set-up position. */
    private void gap(long t) {
        if (gapSince < 0) {
            gapSince = t;
        }
        if (counter.phase() != Phase.WAITING
                && (t - gapSince) / 1e6 > definition.counting().maxGapSeconds()) {
            counter.stop();
        }
    }

    private void judgeFaults(long t, List<ExerciseEvent> events) {
        Reading counting = readings.get(definition.counting().signal());
        double depth = counting == null ? 0 : counter.depthShare(counting.value());
        for (FaultMonitor m : monitors) {
            Reading r = readings.get(m.rule().signal());
            if (depth > m.rule().judgeBelowDepth() && m.rule().views().contains(view.kind())) {
                m.hold();
                continue;
            }
            if (!m.rule().views().contains(view.kind())) {
                reportUnsuitable(m.rule().fault(), t, events);
                coverage.viewUnsuitable(m.rule(), view.kind());
                m.suspend(t, events);
            } else if (!trusted(r)) {
                coverage.hidden(m.rule());
                m.suspend(t, events);
            } else {
                reportedUnsuitable.remove(m.rule().fault());
                coverage.judged(m.rule());
                m.accept(t, r.value(), events);
            }
        }
    }

    private void suspendFaults(long t, List<ExerciseEvent> events) {
        for (FaultMonitor m : monitors) {
            m.suspend(t, events);
        }
    }

    private void reportUnsuitable(String what, long t, List<ExerciseEvent> events) {
        if (reportedUnsuitable.get(what) != view.kind()) {
            reportedUnsuitable.put(what, view.kind());
            events.add(new ExerciseEvent.ViewNotSuitable(t, what, view.kind()));
        }
    }

    /** Full reps so far. */
    public int count() {
        return counter.count();
    }

    public Phase phase() {
        return counter.phase();
    }

    public List<Rep> reps() {
        return Collections.unmodifiableList(reps);
    }

    public List<Rep> partialReps() {
        return Collections.unmodifiableList(partialReps);
    }

    /** Fault ids on now. */
    public Set<String> activeFaults() {
        Set<String> on = new TreeSet<>();
        for (FaultMonitor m : monitors) {
            if (m.active()) {
                on.add(m.rule().fault());
            }
        }
        return on;
    }

    /** The form rules the current view does not let RepCam judge (while a person is in view). */
    public List<NotChecked> notCheckableNow() {
        List<NotChecked> out = new ArrayList<>();
        if (!present) {
            return out;
        }
        for (FaultRule rule : definition.rules()) {
            ViewKind seen = reportedUnsuitable.get(rule.fault());
            if (seen != null && view != null && seen == view.kind() && !rule.views().contains(seen)) {
                out.add(new NotChecked(rule.fault(), seen, rule.views()));
            }
        }
        return out;
    }

    /** The current cue texts, one per active fault. */
    public List<String> activeCues() {
        List<String> cues = new ArrayList<>();
        for (FaultMonitor m : monitors) {
            if (m.active()) {
                cues.add(m.rule().cue());
            }
        }
        return cues;
    }

    /** Smoothed signal values of the last frame with a person (empty while nobody is in view). */
    public Map<String, Reading> readings() {
        return Collections.unmodifiableMap(readings);
    }

    public Optional<CameraView> view() {
        return Optional.ofNullable(view);
    }

    /** The person's learned range of the counting signal. */
    public double range() {
        return counter.range();
    }
}
