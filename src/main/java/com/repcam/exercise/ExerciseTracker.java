package com.repcam.exercise;

import com.repcam.pose.PoseFrame;
import com.repcam.signal.CameraView;
import com.repcam.signal.PoseGeometry;
import com.repcam.signal.Reading;
import com.repcam.signal.SignalReader;
import com.repcam.signal.ViewEstimator;
import com.repcam.signal.ViewKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Follows one person through one exercise: from each frame's pose it estimates the view and computes the
 * definition's signals, then composes the three parts that decide: the {@link PostureGate} (when counting may
 * start), the {@link RepCounter} (the phase machine that counts reps) and the {@link FaultBook} (the form rules),
 * attributing faults to reps and reporting what happened as events. Never sees pixels. One instance per set;
 * frames must come in time order.
 */
public final class ExerciseTracker {

    private static final double VIEW_HOLD_SECONDS = 0.5;
    /** A fault that begins this soon after a rep ended (and before the next began) belongs to that rep. */
    private static final double FAULT_GRACE_SECONDS = 1.0;

    private final ExerciseDefinition definition;
    private final ViewEstimator viewEstimator = ViewEstimator.standard();
    private final ViewTracker viewTracker = new ViewTracker(VIEW_HOLD_SECONDS);
    private final SignalReader signals;
    private Map<String, Reading> readings = Map.of();
    private final RepCounter counter;
    private final FaultBook faults;
    private final Map<String, ViewKind> reportedUnsuitable = new HashMap<>();
    private final List<Rep> reps = new ArrayList<>();
    private final List<Rep> partialReps = new ArrayList<>();
    private final LateFaults lateFaults = new LateFaults(FAULT_GRACE_SECONDS);
    private CameraView view;
    private boolean present;
    private boolean everPresent;
    private final PostureGate gate;
    private long gapSince = -1;
    private PostureSpec.Verdict lastPosture = PostureSpec.Verdict.UNKNOWN;
    private PostureSpec.Verdict lastPositionInSet = PostureSpec.Verdict.UNKNOWN;

    public ExerciseTracker(ExerciseDefinition definition) {
        this.definition = definition;
        this.counter = new RepCounter(definition.counting());
        this.gate = new PostureGate(definition.posture());
        this.faults = new FaultBook(definition.rules(), this::trusted, definition.posture().settleSeconds());
        this.signals = new SignalReader(definition.signals(), definition.counting().smoothingSeconds(),
                definition.counting().minConfidence());
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
            lastPosture = PostureSpec.Verdict.OUT;
            lastPositionInSet = PostureSpec.Verdict.OUT;
            readings = Map.of();
            suspendFaults(t, events);
            gap(t);
            gate.lost();
            return events;
        }
        if (!present && everPresent) {
            events.add(new ExerciseEvent.PersonFound(t));
        }
        present = true;
        everPresent = true;
        view = viewTracker.update(t, viewEstimator.estimate(frame.pose().get()));
        PoseGeometry geometry = new PoseGeometry(frame.pose().get(), view, frame.width(), frame.height());
        readings = signals.read(t, geometry);
        // A rep only starts in a view it is counted from, and the camera does not move within a rep; the estimate
        // does at depth, where the head sinks between the arms under the chair seat (face-on for a second on set4_10
        // and set4_14 of the varied set out/set4, filmed 17-41 deg from side-on): that ended the rep. Form rules go
        // on following the estimate.
        boolean inRep = counter.inRep();
        boolean viewSuits = definition.views().contains(view.kind());
        boolean viewOk = inRep || viewSuits;
        if (!viewOk) {
            reportUnsuitable("counting", t, events);
        } else if (viewSuits) {
            reportedUnsuitable.remove("counting");
        }
        double minConfidence = definition.counting().minConfidence();
        boolean waiting = counter.phase() == Phase.WAITING;
        PostureSpec.Verdict ownSignal = definition.posture().judgeInSet(readings, minConfidence);
        // reported: the set-up position itself between reps, which tells this exercise's position from the others
        PostureSpec.Verdict posture = inRep ? ownSignal : definition.posture().judge(readings, minConfidence);
        lastPosture = viewOk ? posture : unknownIfIn(posture);
        // counted on: once the set has begun, the position's own signal alone
        PostureSpec.Verdict setPosition = waiting ? posture : ownSignal;
        lastPositionInSet = viewOk ? setPosition : unknownIfIn(setPosition);
        boolean inPosture = setPosition == PostureSpec.Verdict.IN;
        boolean positionHolds = gate.position(t, inPosture);
        Reading counting = readings.get(definition.counting().signal());
        boolean countable = viewOk && inPosture && trusted(counting);

        if (waiting) {
            boolean settling = viewOk && positionHolds && trusted(counting);
            if (settling) {
                faults.observeSetUp(t, readings);
            } else {
                faults.forgetSetUp();
            }
            if (gate.settles(t, settling, settling ? counting.value() : Double.NaN, counter.startThreshold())) {
                counter.begin(t, counting.value());
                faults.setBaselines(readings);
                gapSince = -1;
                events.add(new ExerciseEvent.Settled(t));
            }
            suspendFaults(t, events);
            return events;
        }
        int beforeFaults = events.size();
        if (setPosition == PostureSpec.Verdict.OUT) {
            // out of the exercise's position (getting up, leaving): form rules are about the exercise, not that
            suspendFaults(t, events);
        } else {
            judgeFaults(t, events);
        }
        lateFaults.note(t, events.subList(beforeFaults, events.size()), counter.inRep(), reps);
        counter.noteFaults(activeFaults());
        if (counter.startMayBeUnseen()) {
            faults.observeSetUp(t, readings); // perhaps the real start position, for the rules' baselines
        }
        if (countable) {
            gapSince = -1;
            int before = events.size();
            counter.accept(t, counting.value(), events);
            if (counter.phase() == Phase.REST) {
                faults.atRest(readings);
            }
            boolean repCompleted = false;
            for (int i = before; i < events.size(); i++) {
                ExerciseEvent e = events.get(i);
                if (e instanceof ExerciseEvent.RepStarted) {
                    faults.repStarted();
                } else if (e instanceof ExerciseEvent.RepCompleted c) {
                    Rep rep = c.rep();
                    if (rep.startSeen()) {
                        rep = rep.withNotChecked(faults.notChecked());
                    } else {
                        rep = rep.withNotChecked(faults.countingBeganDuring());
                        faults.retakeBaselines(readings, rep.endMicros()); // still at the start since its end
                    }
                    events.set(i, new ExerciseEvent.RepCompleted(c.timeMicros(), rep));
                    reps.add(rep);
                    repCompleted = true;
                    if (!counter.calibrating()) {
                        faults.calibrationDone();
                    }
                } else if (e instanceof ExerciseEvent.RepRevised r && isLastRep(r.rep())) {
                    // the faults given to the rep since it was counted stay with it
                    Rep last = reps.get(reps.size() - 1);
                    Set<String> all = new TreeSet<>(last.faults());
                    all.addAll(r.rep().faults());
                    Rep rep = r.rep().withFaults(all).withNotChecked(last.notChecked());
                    events.set(i, new ExerciseEvent.RepRevised(r.timeMicros(), rep));
                    reps.set(reps.size() - 1, rep);
                } else if (e instanceof ExerciseEvent.RepWithdrawn w && isLastRep(w.rep())) {
                    // the first rep, taken back: a partial rep with the faults and unchecked rules it had
                    Rep last = reps.remove(reps.size() - 1);
                    Rep rep = w.rep().withFaults(last.faults()).withNotChecked(last.notChecked());
                    events.set(i, new ExerciseEvent.RepWithdrawn(w.timeMicros(), rep));
                    int at = 0;
                    while (at < partialReps.size() && partialReps.get(at).startMicros() < rep.startMicros()) {
                        at++;
                    }
                    partialReps.add(at, rep); // partial reps stay in the order they began
                } else if (e instanceof ExerciseEvent.RepUncounted n && isLastRep(n.rep())) {
                    // counting had begun in the start position: neither a rep nor a partial one
                    events.set(i, new ExerciseEvent.RepUncounted(n.timeMicros(), reps.remove(reps.size() - 1)));
                    faults.restoreBaselines();
                } else if (e instanceof ExerciseEvent.PartialRep p) {
                    // a fault that began just after the last full rep is that rep's, not this attempt's
                    Set<String> own = new TreeSet<>(p.rep().faults());
                    own.removeAll(lateFaults.attemptCameToNothing(reps));
                    Rep rep = p.rep().withFaults(own).withNotChecked(faults.notChecked());
                    events.set(i, new ExerciseEvent.PartialRep(p.timeMicros(), rep));
                    partialReps.add(rep);
                }
            }
            if (repCompleted) {
                lateFaults.attemptCounted();
            } else if (inRep && !counter.inRep()) {
                lateFaults.attemptCameToNothing(reps);
            }
        } else {
            gap(t);
        }
        return events;
    }

    /** In the position but seen from a view it is not counted from: not known. */
    private static PostureSpec.Verdict unknownIfIn(PostureSpec.Verdict v) {
        return v == PostureSpec.Verdict.IN ? PostureSpec.Verdict.UNKNOWN : v;
    }

    /** Whether {@code rep} is the counter's word on the last rep counted (the same number). */
    private boolean isLastRep(Rep rep) {
        return !reps.isEmpty() && reps.get(reps.size() - 1).number() == rep.number();
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
        faults.judge(t, readings, view, depth, events, this::reportUnsuitable, reportedUnsuitable::remove);
    }

    private void suspendFaults(long t, List<ExerciseEvent> events) {
        faults.suspend(t, events);
    }

    private void reportUnsuitable(String what, long t, List<ExerciseEvent> events) {
        if (reportedUnsuitable.get(what) != view.kind()) {
            reportedUnsuitable.put(what, view.kind());
            events.add(new ExerciseEvent.ViewNotSuitable(t, what, view.kind()));
        }
    }

    /**
     * Whether the last frame showed the person in this exercise's set-up position, seen from a view it is counted
     * from: out when nobody was in view or a trusted signal was out of the position's range, not known when a
     * signal was not trusted or the view does not suit counting.
     */
    public PostureSpec.Verdict posture() {
        return lastPosture;
    }

    /**
     * As {@link #posture}, judged the way the set counts: the set-up position until counting starts, then the
     * position's own signal alone ({@link PostureSpec#judgeInSet}), between reps too.
     */
    public PostureSpec.Verdict positionInSet() {
        return lastPositionInSet;
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
        return faults.active();
    }

    /** The form rules the current view does not let RepCam judge (while a person is in view). */
    public List<NotChecked> notCheckableNow() {
        List<NotChecked> out = new ArrayList<>();
        if (!present) {
            return out;
        }
        faults.viewsByFault().forEach((fault, views) -> {
            ViewKind seen = reportedUnsuitable.get(fault);
            if (seen != null && view != null && seen == view.kind() && !views.contains(seen)) {
                out.add(NotChecked.filmedFrom(fault, seen, views));
            }
        });
        return out;
    }

    /** The current cue texts, one per active fault. */
    public List<String> activeCues() {
        return faults.cues();
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
