package com.repcam.exercise;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rep state machine shared by all exercises: rest -> going -> target -> returning -> rest on one smoothed
 * signal, with thresholds as shares of the person's learned range (enter above exit for hysteresis), a shortest
 * rep, partial reps reported but not counted, and pauses: while the signal cannot be trusted nothing advances, and
 * a rep interrupted for longer than the allowed gap is dropped.
 */
final class RepCounter {

    /** Time constant with which the start position follows slow drift while resting. */
    private static final double REST_DRIFT_SECONDS = 3.0;
    /**
     * Time constant with which it follows the body once it has come to rest beyond it (on the far side from the
     * movement) and stayed still there: after a rep the body often settles a little past where that rep began, and
     * the next rep starts from there. A dip on the way back that does not stay (bent elbows let the chest down
     * below the start) is not followed.
     */
    private static final double REST_SETTLE_SECONDS = 0.5;
    /** A rep is "at depth" while within this share of its own deepest point (for phase durations). */
    private static final double AT_DEPTH = 0.85;
    /** A rep that has come back within this share of its own deepest point and stopped there has ended. */
    private static final double RETURNED_SHARE = 0.3;
    /**
     * A full rep that has come back at least this share of the way from its own deepest point towards its start,
     * and then turns to go out again, has ended at its turning point, even where that is short of the start position
     * taken before it: the resting level drifts between reps (obliquely the trunk line rested 3-4 deg away after a
     * 10 deg rep), and before the person's range is known the exit threshold comes from the definition's initial
     * range, which can be a third of what a view shows (two reps then ran together as one). Half the way: a chin
     * tuck keeps a Quadruped Plus rep to a 1.8-deg rise that comes back 56% of the way before the next rep (set4_11
     * dim of the varied set out/set4); with 0.35 the two ran together. Replay (one go over the poses, as live
     * tracks) over the four tuning sets: 0.5 counts 3 more clips exactly than 0.35 (set3 23 -> 24, set4 38 -> 40),
     * none fewer; 0.45 and 0.6 one fewer than 0.5 on set4. Through eval (two halves) one more and one fewer on set4
     * (both mirrored-grain copies, where the trunk line jitters 1.5 deg at rest), set2, set3 and the pool unchanged.
     */
    private static final double RETURNED_FROM_PEAK = 0.5;
    /**
     * A rep coming back to its start fast enough to be past it within this time has ended there only once it has
     * stayed this long (and ends where it came back): a body going on into a dip crosses the start in a frame or two.
     */
    private static final double CONFIRM_BACK_SECONDS = 0.3;
    /** The way back's speed, for where it reaches the start, is fitted over this much of it. */
    private static final double SPEED_WINDOW_SECONDS = 0.2;
    /**
     * A rep that dipped past its start (bent elbows letting the chest down on the way back) has ended once the body
     * has come back to within this share of the dip's depth from the start (80% of the way back) and stopped there
     * ({@link #STOPPED_SECONDS}), a little short of it: set3_01 dim of the varied set out/set3, tracked in one go,
     * came back from 6.1 deg past the start to 0.5 (0.02 beyond the start band) and stayed there. A pause at the
     * bottom of the dip is not the end. Replay over the four tuning sets: set3 one clip more exact, nothing else;
     * with half the dip's depth a slow way back up was cut short (the pool's oblique48 bent-elbows clip 5 -> 3).
     */
    private static final double BACK_FROM_DIP = 0.2;
    /**
     * How long the signal must stay within {@link #PAUSE_SHARE} of a rep's start threshold to count as a pause on a
     * rep's way out (rendered: a dip's way back and 0.4 s of rest before a push, the rest eased in and out).
     */
    private static final double PAUSED_SECONDS = 0.25;
    /**
     * A pause is held within this share of a rep's start threshold: half the band of {@link #STOPPED_SECONDS}. A
     * thoracic extension's slow way down past a partial rep held before counting began (set4_18 mirrored, 4.6 deg/s)
     * stayed 0.4 s within that wider band of 3 deg.
     */
    private static final double PAUSE_SHARE = 0.25;
    /** How long the signal must stay within half a rep's start threshold to count as stopped. */
    private static final double STOPPED_SECONDS = 0.4;
    /** A movement that stops short of the target for this long and stays there is a new resting position. */
    private static final double SHIFTED_SECONDS = 1.5;
    /**
     * A movement taken for a shift of the resting position that comes back to the old one within this time was an
     * attempt held at its deepest point: a partial rep.
     */
    private static final double HELD_ATTEMPT_SECONDS = 3.0;
    /**
     * A movement that stopped short of the target is a full rep all the same when it went at least this share of
     * the way of the person's recent movements (the median depth of the last {@value #RECENT_MOVEMENTS}, full or
     * not, once there are {@value #MOVEMENTS_TO_JUDGE}): the range can be set too deep by one rep, as by a head
     * thrown up during a calibration rep (set4_05 of the varied set: 6.3 deg against 4.1, and every later rep,
     * 3.6-4.2 deg, fell short of the target and was taken for a partial one). Less than that stays partial: at half
     * the way the partial push-up of samples/library (0.55 of the others) and a small extra movement of its clean
     * bird-dog (0.56) became full reps; 0.4 lost a clip each on set4 and the tuning pool (Replay).
     */
    private static final double FULL_SHARE_OF_RECENT = 0.6;
    /**
     * While the person's range is learned a rep needs to reach only the partial share of it (after one rep, of that
     * rep's depth), so a second movement a third of the way down was counted as a rep (set4_03 of the varied set, dim
     * and mirrored-grain: 1.6 deg after 5.2). A second movement less than this share of the first rep's depth is a
     * partial rep, unless a form fault was seen during it: a fault can make a rep shallow (hands forward: 0.4 times a
     * clean rep's depth), and such a rep is a rep with that fault (set4_13 mirrored-grain's second rep). Replay over
     * set4: 0.5 counts 2 clips more exactly (those two) and none fewer, 0.4 one more, 0.6 none; the tuning pool
     * unchanged with each; without the fault's exception set4_13 mirrored-grain lost its hands-forward rep.
     */
    private static final double SECOND_SHARE_OF_FIRST = 0.5;
    private static final int RECENT_MOVEMENTS = 5;
    private static final int MOVEMENTS_TO_JUDGE = 3;

    private final CountingSpec spec;
    private final RangeLearner range;
    /** Depths of the last movements counted as reps or partial reps, oldest first. */
    private final RecentDepths recentMovements = new RecentDepths(RECENT_MOVEMENTS);
    private Phase phase = Phase.WAITING;
    private double rest = Double.NaN;
    private int count;
    private long startMicros;
    /**
     * The last frame at rest on which the signal was not moving out (or the end of the last rep, or the set-up):
     * the movement of the next rep began there. A rep is dated from there rather than from the last frame within a
     * tenth of the range of the start position, which lies part of the way up an eased start: over the four tuning
     * sets (Replay) that dated rep starts 0.32-0.35 s late against the truth (median), this 0.07-0.10 s.
     */
    private long risingFrom;
    private long peakMicros;
    private final RepTrace trace = new RepTrace();
    private double peak;
    private long lastMicros;
    private final Set<String> repFaults = new HashSet<>();
    /** Since when the excursion has stayed within a band (half a rep's start threshold). */
    private final StillBand stillBand = new StillBand();
    /** Since when the signal has stayed within a narrower band ({@link #PAUSE_SHARE} of a rep's start threshold). */
    private final StillBand pauseBand = new StillBand();
    /** Since when the excursion has been beyond the exit threshold (-1: it is not). */
    private long outOfStartSince = -1;
    /** The start position before a movement was taken for a shift of it (NaN: none), and when that was decided. */
    private double restBeforeShift = Double.NaN;
    private long shiftDecidedMicros;
    /** The start position the rep in progress began from. */
    private double restBeforeRep = Double.NaN;
    /** The excursion on the previous frame (for the speed of the return). */
    private double lastExcursion;
    /** Since when the rep in progress has been back at its start (-1: it is not). */
    private long backSince = -1;
    /** The rep in progress: its lowest excursion since its deepest point, where and when. */
    private double trough;
    private double troughValue;
    private long troughMicros;
    /**
     * After a rep that ended at a turning point short of its start ({@link #RETURNED_FROM_PEAK}), the start position
     * follows the body if it goes on back, but no further than where that rep began (NaN: not following).
     */
    private double followBackTo = Double.NaN;
    /**
     * Whether the movement in progress began at a turning point short of the start position (within the exit
     * threshold of it, not having gone back towards the start). One that then falls short of a full rep (or is too
     * quick for one) is not a partial rep: the body never went back to start an attempt, so it was the rest of the
     * rep before, which is reported again with its real end ({@link ExerciseEvent.RepRevised}), as is a rep that
     * turned and then came back to where it began with no movement in between. On the clean bird-dog of
     * samples/library the wrist read 35-55 deg low for a frame or three at the top of each reach; the reps ended at
     * those dips (3.5, 8.0, 11.7 and 15.1 s against the true 5.45, 8.96, 12.97 and 17.15), and the arm's way on up
     * and back was reported as a partial rep once; now they end at 5.2, 8.6, 12.6 and 17.0.
     */
    private boolean fromTurn;
    /**
     * When the last rep ({@link #lastFull}) ended at a turning point short of its start: its trace, and how far that
     * turning point lies from where it began (the excursion the next movement's samples are measured from). Null
     * otherwise.
     */
    private TurnedRep turned;
    /**
     * That rep, with the movement that went on from its turning point and the faults seen on it, until the body stops
     * or sets out again (null: none under way). A turned rep with no movement since that comes back near where it
     * began ends there.
     */
    private TurnedRep goingOn;
    /** The last full rep as reported, its end perhaps dated a little ahead of the frame it was counted on. */
    private Rep lastFull;
    /** Where counting began, while that may have been during a rep. */
    private final UnseenRepStart unseenStart = new UnseenRepStart();
    /**
     * Where the body rested before it last moved against the rep's direction and the start position went with it
     * there (a rep counting began during, or the start position following the body by a rep's start threshold; NaN:
     * it has not, or both came back).
     */
    private double earlierRest = Double.NaN;
    /**
     * The rep in progress set out from such a start position: where the body rested before, as an excursion from the
     * start the rep set out from, and the value there (NaN: it did not, or it went on past there).
     */
    private double earlierRestAt = Double.NaN;
    private double earlierRestValue = Double.NaN;
    /** The last frame on which the rep in progress was paused where the body rested before (-1: none). */
    private long pausedAtEarlierRest = -1;

    private record TurnedRep(RepTrace trace, double turnExcursion, Set<String> laterFaults) {
    }

    RepCounter(CountingSpec spec) {
        this.spec = spec;
        this.range = new RangeLearner(spec.initialRange(), spec.calibrationReps());
    }

    Phase phase() {
        return phase;
    }

    int count() {
        return count;
    }

    double range() {
        return range.range();
    }

    double rest() {
        return rest;
    }

    /** Whether the person's range is still being learned (the calibration reps are not done). */
    boolean calibrating() {
        return range.calibrating();
    }

    /** The smallest movement from the start position that starts a rep before the person's range is known. */
    double startThreshold() {
        return Math.max(spec.minExcursion(), spec.enter() * spec.initialRange());
    }

    /** How far a value is from the start position, as a share of the person's range (0 before counting starts). */
    double depthShare(double value) {
        if (Double.isNaN(rest)) {
            return 0;
        }
        return spec.direction().excursion(value, rest) / range.range();
    }

    /** Whether counting may have begun during a rep that is not over ({@link UnseenRepStart}). */
    boolean startMayBeUnseen() {
        return unseenStart.open();
    }

    /** Counting may start: the person holds the set-up position, and this is their start value. */
    void begin(long micros, double startValue) {
        phase = Phase.REST;
        lastFull = null;
        turned = null;
        goingOn = null;
        stillBand.reset();
        pauseBand.reset();
        outOfStartSince = -1;
        restBeforeShift = Double.NaN;
        followBackTo = Double.NaN;
        rest = startValue;
        earlierRest = Double.NaN;
        earlierRestAt = Double.NaN;
        risingFrom = micros;
        lastMicros = micros;
        unseenStart.begin(micros, startValue);
    }

    /** Counting stops (person gone, posture left, view lost for too long): a rep in progress is dropped. */
    void stop() {
        phase = Phase.WAITING;
        lastFull = null;
        turned = null;
        goingOn = null;
        restBeforeShift = Double.NaN;
        followBackTo = Double.NaN;
        earlierRest = Double.NaN;
        earlierRestAt = Double.NaN;
        repFaults.clear();
        unseenStart.close();
    }

    boolean inRep() {
        return phase == Phase.GOING || phase == Phase.TARGET || phase == Phase.RETURNING;
    }

    /** Faults active now; they attach to the rep in progress. */
    void noteFaults(Set<String> active) {
        if (inRep()) {
            repFaults.addAll(active);
        }
    }

    /** One trusted sample of the smoothed counting signal. */
    void accept(long micros, double value, List<ExerciseEvent> events) {
        if (phase == Phase.WAITING) {
            return;
        }
        if (phase == Phase.REST && !Double.isNaN(followBackTo)
                && spec.direction().excursion(value, rest) < 0) {
            if (spec.direction().excursion(value, followBackTo) >= 0) {
                rest = value;
            } else {
                rest = followBackTo;
                followBackTo = Double.NaN;
            }
        }
        double e = spec.direction().excursion(value, rest);
        double r = range.range();
        double enterAt = Math.max(spec.minExcursion(), spec.enter() * r);
        double exitAt = Math.min(spec.exit() * r, enterAt * 0.8);
        double partialAt = Math.max(spec.minExcursion(), spec.partial() * r);
        double targetAt = Math.max(spec.minExcursion(), (range.calibrating() ? spec.partial() : spec.target()) * r);
        double still = stillBand.update(micros, e, 0.5 * enterAt);
        double paused = pauseBand.update(micros, value, PAUSE_SHARE * enterAt);
        if (phase == Phase.REST && turned != null && !Double.isNaN(followBackTo)
                && spec.direction().excursion(value, followBackTo) < exitAt) {
            // back near where the rep began with no movement since it turned: it went on until now
            goingOn = turned;
            turned = null;
            reviseTurnedRep(micros, micros, events);
        }
        if (e < exitAt || outOfStartSince < 0) {
            outOfStartSince = e < exitAt ? -1 : micros;
        }
        // back near the start and stopped there, though not within the exit threshold of the start position
        // taken before the rep: the resting level has shifted (the body settled a little differently, or the pose
        // estimate drifted); the rep has ended all the same, and where the body stopped is the new start position
        boolean backAndStopped = e <= RETURNED_SHARE * peak && still >= STOPPED_SECONDS;
        if (!Double.isNaN(restBeforeShift) && phase == Phase.REST) {
            double fromOldRest = spec.direction().excursion(value, restBeforeShift);
            if (fromOldRest < exitAt) {
                // back where the movement began: it was an attempt held at depth, not a new start position
                rest = restBeforeShift;
                restBeforeShift = Double.NaN;
                finishPartial(micros, micros, partialAt, events);
                lastMicros = micros;
                return;
            } else if ((micros - shiftDecidedMicros) / 1e6 > HELD_ATTEMPT_SECONDS || e >= enterAt) {
                restBeforeShift = Double.NaN;
            } else {
                trace.add(micros, fromOldRest);
            }
        }
        if (inRep() && lastFull != null && !lastFull.startSeen()) {
            double began = unseenStart.cameBack(spec.direction(), rest); // as an excursion from the start position
            boolean stopped = Math.abs(e - began) < exitAt && still >= STOPPED_SECONDS;
            if (backWhereCountingBegan(began, spec.target() * r, exitAt) && (stopped || e - trough >= 0.5 * enterAt)) {
                long end = stopped ? stillBand.since() : troughMicros;
                double restAfter = stopped ? value : troughValue;
                countFromWhereCountingBegan(micros, end, began, exitAt, events);
                rest = restAfter;
                // still since its end: the next rep sets out from now at the earliest; else from the turning point
                risingFrom = stopped ? micros : end;
                lastMicros = micros;
                lastExcursion = spec.direction().excursion(value, rest);
                return;
            }
        }
        if (inRep() && !Double.isNaN(earlierRestAt)) {
            // after a rep counting began during: a full rep's target past there (a rep seen from its depth was held
            // there) and a pause within the exit threshold of it; else a rep's start threshold past there and a
            // pause within half the exit threshold (a partial rep held before counting began and let up again: the
            // next rep's way down paused 3.0-3.6 deg past it, set4_18 mirrored, and was measured from there, less
            // than half a rep)
            boolean afterUnseenStart = lastFull != null && !lastFull.startSeen();
            double past = afterUnseenStart ? spec.target() * r : enterAt;
            double near = afterUnseenStart ? exitAt : 0.5 * exitAt;
            if (peak - earlierRestAt < past) {
                if (Math.abs(e - earlierRestAt) < near && paused >= PAUSED_SECONDS) {
                    pausedAtEarlierRest = micros;
                }
            } else {
                if (pausedAtEarlierRest >= 0) {
                    if (afterUnseenStart) {
                        takeBackRepCountingBeganDuring(micros, events);
                    }
                    setOutFromEarlierRest(targetAt);
                    e = spec.direction().excursion(value, rest);
                }
                earlierRestAt = Double.NaN;
            }
        }
        switch (phase) {
            case REST -> {
                if (unseenStart.open() && still >= STOPPED_SECONDS
                        && unseenStart.cameBack(spec.direction(), value) >= spec.target() * r) {
                    finishUnseenStart(micros, value, events);
                    break;
                }
                // a rep starts on the way out, not on the rest of the way back after one ended (the band the rep
                // ended in can shrink under the body as the person's range is learned from that rep)
                if (goingOn != null && still >= STOPPED_SECONDS) {
                    reviseTurnedRep(stillBand.since(), micros, events); // stopped short of where it began
                }
                if (e >= enterAt && e > lastExcursion) {
                    reviseTurnedRep(risingFrom, micros, events); // set out again first
                    endBefore(risingFrom, micros, events);
                    phase = Phase.GOING;
                    unseenStart.close();
                    earlierRestAt = Double.isNaN(earlierRest) ? Double.NaN
                            : spec.direction().excursion(earlierRest, rest);
                    earlierRestValue = earlierRest;
                    earlierRest = Double.NaN;
                    pausedAtEarlierRest = -1;
                    // (troughValue is still the last rep's turning point: this rep's trough is taken below)
                    fromTurn = !Double.isNaN(followBackTo)
                            && Math.abs(spec.direction().excursion(rest, troughValue)) < exitAt;
                    turned = fromTurn ? turned : null;
                    restBeforeRep = rest;
                    followBackTo = Double.NaN;
                    backSince = -1;
                    startMicros = risingFrom;
                    peak = e;
                    peakMicros = micros;
                    trough = e;
                    troughValue = value;
                    troughMicros = micros;
                    repFaults.clear();
                    trace.clear();
                    trace.add(micros, e);
                    events.add(new ExerciseEvent.RepStarted(micros, count + 1));
                } else {
                    if (e <= lastExcursion) {
                        risingFrom = micros;
                    }
                    if (!Double.isNaN(earlierRest) && (lastFull == null || lastFull.startSeen())
                            && Math.abs(spec.direction().excursion(earlierRest, value)) < 0.5 * exitAt
                            && paused >= PAUSED_SECONDS) {
                        // back where the body rested before it moved against the rep's direction, and paused there
                        // before the start position had followed it all the way (a lift held only a second: the
                        // rep set out from the start position half way up the lift, 24 deg deep against 16)
                        rest = value;
                        earlierRest = Double.NaN;
                    } else if (e < exitAt) {
                        if (e <= -enterAt && Double.isNaN(earlierRest)) {
                            earlierRest = rest; // the start position follows the body against the rep's direction
                        } else if (!Double.isNaN(earlierRest)
                                && Math.abs(spec.direction().excursion(earlierRest, rest)) < exitAt
                                && Math.abs(spec.direction().excursion(earlierRest, value)) < exitAt) {
                            earlierRest = Double.NaN; // the body and the start position are back where they were
                        }
                        double dt = Math.max(0, (micros - lastMicros) / 1e6);
                        double tau = e < 0 && still >= STOPPED_SECONDS ? REST_SETTLE_SECONDS : REST_DRIFT_SECONDS;
                        rest += (1 - Math.exp(-dt / tau)) * (value - rest);
                    } else if (still >= SHIFTED_SECONDS && (micros - outOfStartSince) / 1e6 >= SHIFTED_SECONDS) {
                        // stopped a little into the movement and stayed there: the body rests there now (not
                        // sooner: the pose estimate can stall for half a second on the way into a rep)
                        rest = value;
                    }
                }
            }
            case GOING -> {
                trackPeak(e, value, micros);
                if (e >= targetAt) {
                    phase = Phase.TARGET;
                } else if (e < exitAt) {
                    finishPartial(micros, micros, partialAt, events);
                } else if (backAndStopped) {
                    finishPartial(stillBand.since(), micros, partialAt, events);
                    rest = value;
                } else if (still >= SHIFTED_SECONDS) {
                    phase = Phase.REST; // moved a little and stayed there: not a rep, a new resting position,
                    restBeforeShift = rest; // unless the body goes back to the old one soon (a held attempt)
                    shiftDecidedMicros = micros;
                    rest = value;
                    risingFrom = micros;
                }
            }
            case TARGET -> {
                trackPeak(e, value, micros);
                if (turnedShortOfStart(e, enterAt)) {
                    finishAtTrough(micros, events);
                } else if (e < targetAt) {
                    phase = Phase.RETURNING;
                }
            }
            case RETURNING -> {
                trackPeak(e, value, micros);
                if (e >= targetAt) {
                    phase = Phase.TARGET;
                    backSince = -1;
                } else if (e < exitAt && e >= -exitAt) {
                    // back at the start: the rep ends here, unless the body is going on past it (at the speed of
                    // the last frame it would be past the start within CONFIRM_BACK_SECONDS): then it ends once the
                    // body slows within the start band, or comes back to it from a dip past it
                    double dt = Math.max(1e-3, (micros - lastMicros) / 1e6);
                    boolean goingPast = e - (lastExcursion - e) / dt * CONFIRM_BACK_SECONDS < -exitAt;
                    backSince = backSince < 0 ? micros : backSince;
                    if (!goingPast) {
                        finishFull(backSince, arrival(backSince, micros, e), micros, events);
                    }
                } else if (e < -exitAt) {
                    // past the start: a dip (the chest let down by bending the elbows) is still part of the rep,
                    // which ends when the body is back at the start, has settled where it is, or has come most of
                    // the way back from the dip and stopped
                    backSince = -1;
                    if (still >= SHIFTED_SECONDS || (e >= BACK_FROM_DIP * trough && still >= STOPPED_SECONDS)) {
                        finishFull(stillBand.since(), micros, events);
                        rest = value;
                    }
                } else if (backSince >= 0) {
                    // it was back at the start and goes out again at once: the next rep begins where this ended
                    finishFull(backSince, micros, events);
                } else if (backAndStopped) {
                    finishFull(stillBand.since(), micros, events);
                    rest = value;
                } else if (turnedShortOfStart(e, enterAt)) {
                    finishAtTrough(micros, events);
                }
            }
            default -> {
            }
        }
        lastMicros = micros;
        lastExcursion = spec.direction().excursion(value, rest);
    }

    /** Follows the deepest point of the rep, and the lowest point since it. */
    private void trackPeak(double e, double value, long micros) {
        trace.add(micros, e);
        if (e > peak) {
            peak = e;
            peakMicros = micros;
        }
        if (peakMicros == micros || e < trough) {
            trough = e;
            troughValue = value;
            troughMicros = micros;
        }
    }

    /**
     * Back at least {@link #RETURNED_FROM_PEAK} of the way from the deepest point, then out again by half a rep's
     * start threshold from the lowest point since (more than the signal's jitter).
     */
    private boolean turnedShortOfStart(double e, double enterAt) {
        return trough <= RETURNED_FROM_PEAK * peak && e - trough >= 0.5 * enterAt;
    }

    /**
     * @param endMicros when the body was back (the rep's end)
     * @param nowMicros the frame on which that became clear (the event's time)
     */
    private Rep finishFull(long endMicros, long nowMicros, List<ExerciseEvent> events) {
        return finishFull(endMicros, endMicros, nowMicros, events);
    }

    /**
     * @param backMicros when the body was back within the start band (the rep's end for its shortest length, and
     *                   where the next one may start)
     * @param endMicros  when the body is taken to have arrived at the start (the rep's end as reported)
     */
    private Rep finishFull(long backMicros, long endMicros, long nowMicros, List<ExerciseEvent> events) {
        phase = Phase.REST;
        risingFrom = backMicros;
        if ((backMicros - startMicros) / 1e6 < spec.minRepSeconds()) {
            goOnFromTurn();
            return null; // too quick to be a controlled rep: a twitch or a tracking jump
        }
        boolean secondMovement = count == 1 && lastFull != null;
        if (secondMovement && peak < SECOND_SHARE_OF_FIRST * lastFull.depth() && repFaults.isEmpty()) {
            if (!goOnFromTurn()) {
                reportPartial(endMicros, nowMicros, events);
            }
            return null;
        }
        turned = null;
        if (secondMovement && lastFull.startSeen() && lastFull.depth() < spec.withdrawFirstBelow() * peak) {
            withdrawFirstRep(nowMicros, events);
        }
        count++;
        recentMovements.add(peak);
        range.learn(peak); // first, so that a calibration rep is measured against the person's own range
        double[] phases = trace.phases(startMicros, endMicros, AT_DEPTH * peak);
        Rep rep = new Rep(count, startMicros, peakMicros, endMicros, peak, peak / range.range(), phases[0],
                phases[1], phases[2], repFaults, false);
        events.add(new ExerciseEvent.RepCompleted(nowMicros, rep));
        lastFull = rep;
        return rep;
    }

    /**
     * Counting began during a rep ({@link UnseenRepStart}), which has now come back and stopped: counted from where
     * counting began, its depth there as far as it came back (at least that deep), its form not judged. Its depth
     * does not teach the person's range, and it is never withdrawn as a shallow first rep: how deep it went is not
     * known.
     */
    private void finishUnseenStart(long micros, double value, List<ExerciseEvent> events) {
        double back = unseenStart.cameBack(spec.direction(), value);
        long began = unseenStart.beganMicros();
        count++;
        long stopped = stillBand.since();
        Rep rep = new Rep(count, began, began, stopped, back, back / range.range(), 0, 0, (stopped - began) / 1e6,
                Set.of(), false, List.of(), false);
        unseenStart.close();
        events.add(new ExerciseEvent.RepCompleted(micros, rep));
        lastFull = rep;
        earlierRest = unseenStart.value(); // where the body rested before, if this was no rep
        rest = value;
        risingFrom = micros;
    }

    /**
     * Whether the movement under way, the first since a rep counting began during ({@link UnseenRepStart}), went out
     * past where counting began by at least a full rep's target and has since come back there (its lowest point
     * since its deepest within the exit threshold of it). If it stops there, or turns out again from there (by half
     * a rep's start threshold), counting had begun in the start position, and that rep was a move against the rep's
     * direction and back (a dip before the first push of a Quadruped Plus, rendered in samples/dips: the trunk line
     * 9.3 -> 5.2 deg, held, back to 9.3, and every push from there, back to 9.3, was taken for one rep that never
     * ended). A rep seen from its depth comes back past where counting began to where the body rested before it,
     * and its depth is where it is held: it does not go a rep past that and turn or stop back there. (With a rep's
     * start threshold instead of its target, a thoracic extension found at depth lost two reps: its next rep went
     * 7.3 deg past where counting began, 6 asked, and paused on the way back; set4_18 of the varied set, mirrored.)
     *
     * @param began where counting began, as an excursion from the start position the movement set out from
     */
    private boolean backWhereCountingBegan(double began, double repTarget, double exitAt) {
        return peak - began >= repTarget && Math.abs(trough - began) < exitAt;
    }

    /**
     * The rep counting began during was not one ({@link ExerciseEvent.RepUncounted}): it is taken back, and the
     * movement under way is counted in its place, measured from where counting began (its start where it left
     * there) and ended at {@code endMicros}, where the body was back there.
     *
     * @param began where counting began, as an excursion from the start position the movement set out from
     */
    private void countFromWhereCountingBegan(long micros, long endMicros, double began, double exitAt,
                                             List<ExerciseEvent> events) {
        long leftBegan = trace.lastBelow(began + exitAt, peakMicros);
        measureFrom(Math.max(startMicros, leftBegan), began, unseenStart.value());
        takeBackRepCountingBeganDuring(micros, events);
        finishFull(endMicros, micros, events);
    }

    /** The rep counting began during was not one ({@link ExerciseEvent.RepUncounted}). */
    private void takeBackRepCountingBeganDuring(long micros, List<ExerciseEvent> events) {
        events.add(new ExerciseEvent.RepUncounted(micros, lastFull));
        count--;
        lastFull = null;
    }

    /**
     * The rep in progress set out from a start position the body had moved to against the rep's direction, paused
     * on its way where the body rested before that, and has now gone past there (a rep's start threshold, or a full
     * rep's target after a rep counting began during): that move and its way back were no part of the rep. It sets
     * out from the end of the pause, measured from where the body rested before. Two such moves, rendered in
     * samples/dips: a Quadruped Plus dip a push's target deep, back and 0.4 s of rest before a push with bent
     * elbows, whose way back goes on past the start, so it never comes back to stop or turn where counting began
     * ({@link #backWhereCountingBegan}): the dip stayed counted as a rep counting began during, and the push was
     * judged against the dip's bottom (3 of 4, a false bent-elbows fault); and a thoracic extension's chest lifted
     * 15 deg above the start, held and let down, less than a rep's target (no rep counting began during), with the
     * start position following the body up: the first rep was dated from the top of the lift, a second early, 22.6
     * deg deep against 14, with the lift's neck line read as the head up.
     */
    private void setOutFromEarlierRest(double targetAt) {
        measureFrom(pausedAtEarlierRest, earlierRestAt, earlierRestValue);
        repFaults.clear(); // seen on the way back from the move, judged against where it ended
        phase = peak >= targetAt ? Phase.TARGET : Phase.GOING;
    }

    /**
     * The rep in progress is measured from another start position, {@code shift} further along the rep's direction
     * than the one it set out from, with value {@code restValue}, and set out at {@code fromMicros}.
     */
    private void measureFrom(long fromMicros, double shift, double restValue) {
        startMicros = fromMicros;
        trace.rebase(fromMicros, shift);
        peak -= shift;
        trough -= shift;
        rest = restValue;
        restBeforeRep = rest;
    }

    /**
     * The first rep, counted before the person's range was known, was an attempt ({@link ExerciseEvent.RepWithdrawn}):
     * the count and the range start again from the rep being counted now.
     */
    private void withdrawFirstRep(long nowMicros, List<ExerciseEvent> events) {
        count = 0;
        range.forget();
        events.add(new ExerciseEvent.RepWithdrawn(nowMicros, lastFull.asPartial(lastFull.depth() / peak)));
    }

    /**
     * A rep whose end was dated ahead ({@link #arrival}) and the next movement began before that: it ended where the
     * next began (reported again, its way back shortened by as much).
     */
    private void endBefore(long nextStartMicros, long nowMicros, List<ExerciseEvent> events) {
        if (lastFull == null || lastFull.endMicros() <= nextStartMicros) {
            return;
        }
        Rep r = lastFull;
        double cut = (r.endMicros() - nextStartMicros) / 1e6;
        lastFull = new Rep(r.number(), r.startMicros(), Math.min(r.peakMicros(), nextStartMicros), nextStartMicros,
                r.depth(), r.depthShare(), r.goingSeconds(), r.holdSeconds(), Math.max(0, r.returningSeconds() - cut),
                r.faults(), false, r.notChecked(), r.startSeen());
        events.add(new ExerciseEvent.RepRevised(nowMicros, lastFull));
    }

    /**
     * When a body coming back into the start band on this frame ({@code backMicros}, {@code e} from the start) reaches
     * the start itself, by a straight line fitted to its last {@value #SPEED_WINDOW_SECONDS} s, looking no further
     * ahead than {@link #CONFIRM_BACK_SECONDS}, on the nearest frame at this frame rate: the band ends a rep a fifth
     * of the range short of the start, which an eased return takes a while to cover. Replay over set4 and the pool:
     * end error median -0.19 s with the band's edge, -0.10 and -0.07 with this; |error| median 0.23 and 0.25 -> 0.18
     * and 0.17 s, 90th percentile 0.63 -> 0.59 and 0.54 -> 0.57 (with {@link #endBefore}). The last frame's speed
     * alone did as well there, but live and analyze, whose landmarks differ a little, then dated one rep of a sample
     * 70 ms apart (LiveWindowXvfbTest allows a frame). On a later frame in the band, or when not coming back, the
     * band's edge.
     */
    private long arrival(long backMicros, long micros, double e) {
        long at = trace.reachesStartAt(micros, SPEED_WINDOW_SECONDS);
        long frame = micros - lastMicros;
        if (backMicros != micros || e <= 0 || at < 0 || frame <= 0) {
            return backMicros;
        }
        // on the frame (at this frame rate) nearest to it, as every other time in a rep is a frame's
        long ahead = Math.min(at - backMicros, Math.round(CONFIRM_BACK_SECONDS * 1e6));
        return backMicros + Math.max(0, Math.round((double) ahead / frame)) * frame;
    }

    /**
     * The rep ended at its turning point, where the next movement began: that is the start position now, and it
     * follows the body if the body goes on back towards where the rep began.
     */
    private void finishAtTrough(long micros, List<ExerciseEvent> events) {
        if (finishFull(troughMicros, micros, events) != null) {
            turned = new TurnedRep(trace.copy(), spec.direction().excursion(troughValue, restBeforeRep), Set.of());
        }
        rest = troughValue;
        followBackTo = restBeforeRep;
    }

    /**
     * @param endMicros when the body was back (the attempt's end)
     * @param nowMicros the frame on which that became clear (the event's time)
     */
    private void finishPartial(long endMicros, long nowMicros, double partialAt, List<ExerciseEvent> events) {
        phase = Phase.REST;
        risingFrom = endMicros;
        boolean attempt = peak >= partialAt && (endMicros - startMicros) / 1e6 >= spec.minRepSeconds();
        if (attempt && deepEnoughAgainstRecentMovements(peak)) {
            finishFull(endMicros, nowMicros, events);
            return;
        }
        if (goOnFromTurn()) {
            return;
        }
        if (!attempt) {
            return; // a fidget
        }
        reportPartial(endMicros, nowMicros, events);
    }

    private void reportPartial(long endMicros, long nowMicros, List<ExerciseEvent> events) {
        recentMovements.add(peak);
        double[] phases = trace.phases(startMicros, endMicros, AT_DEPTH * peak);
        Rep rep = new Rep(count + 1, startMicros, peakMicros, endMicros, peak, peak / range.range(), phases[0],
                phases[1], phases[2], repFaults, true);
        events.add(new ExerciseEvent.PartialRep(nowMicros, rep));
    }

    /**
     * A movement from the turning point where the last rep ended came to less than a rep: it was that rep going on
     * ({@link #goingOn}), which ends once the body stops or sets out again.
     *
     * @return whether the movement began at such a turning point
     */
    private boolean goOnFromTurn() {
        if (!fromTurn) {
            turned = null;
            return false;
        }
        if (turned != null) {
            goingOn = new TurnedRep(turned.trace().followedBy(trace, turned.turnExcursion()), turned.turnExcursion(),
                    Set.copyOf(repFaults));
            turned = null;
        }
        return true;
    }

    /**
     * The rep that ended at a turning point and went on ({@link #goingOn}) has ended at {@code endMicros}: reported
     * again with that end, and its depth and phases over the whole movement.
     */
    private void reviseTurnedRep(long endMicros, long nowMicros, List<ExerciseEvent> events) {
        if (goingOn == null) {
            return;
        }
        Rep was = lastFull; // the rep that turned: no rep is counted while it goes on
        RepTrace whole = goingOn.trace();
        long end = Math.max(endMicros, whole.lastMicros()); // a band the body stopped in may reach back into it
        double depth = Math.max(was.depth(), whole.deepest());
        long deepestAt = depth > was.depth() ? whole.deepestMicros() : was.peakMicros();
        Set<String> faults = new HashSet<>(was.faults());
        faults.addAll(goingOn.laterFaults());
        double[] phases = whole.phases(was.startMicros(), end, AT_DEPTH * depth);
        lastFull = new Rep(was.number(), was.startMicros(), deepestAt, end, depth, depth / range.range(), phases[0],
                phases[1], phases[2], faults, false);
        events.add(new ExerciseEvent.RepRevised(nowMicros, lastFull));
        goingOn = null;
    }

    private boolean deepEnoughAgainstRecentMovements(double depth) {
        if (recentMovements.size() + 1 < MOVEMENTS_TO_JUDGE) {
            return false;
        }
        return depth >= FULL_SHARE_OF_RECENT * recentMovements.medianWith(depth);
    }
}
