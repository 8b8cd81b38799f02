package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The phase machine alone, on a counting signal written out sample by sample (Quadruped Plus's counting). */
class RepCounterTest {

    private static final double FPS = 15;

    private final List<ExerciseEvent> events = new ArrayList<>();
    private double t;

    /** Moves the signal from {@code from} to {@code to} over {@code seconds}, then holds it for {@code hold}. */
    private void move(RepCounter counter, double from, double to, double seconds, double hold) {
        for (double s = 0; s < seconds; s += 1 / FPS) {
            counter.accept(Math.round(t * 1e6), from + (to - from) * s / seconds, events);
            t += 1 / FPS;
        }
        for (double s = 0; s < hold; s += 1 / FPS) {
            counter.accept(Math.round(t * 1e6), to, events);
            t += 1 / FPS;
        }
    }

    private void rep(RepCounter counter, double rest, double rise) {
        move(counter, rest, rest + rise, 1.2, 0.5);
        move(counter, rest + rise, rest, 1.2, 1.0);
    }

    /** Quadruped Plus's counter, started at 12 deg and held a second there, after {@code reps} 4-deg reps. */
    private RepCounter afterReps(int reps) throws Exception {
        RepCounter counter = quadrupedPlusFrom(12);
        for (int i = 0; i < reps; i++) {
            rep(counter, 12, 4.0);
        }
        return counter;
    }

    /** Quadruped Plus's counter, started at {@code start} deg and held a second there. */
    private RepCounter quadrupedPlusFrom(double start) throws Exception {
        RepCounter counter = new RepCounter(ExerciseCatalog.builtIn().require("quadruped-plus").counting());
        counter.begin(0, start);
        move(counter, start, start, 0, 1.0);
        return counter;
    }

    private List<Rep> completedReps() {
        return events.stream().filter(e -> e instanceof ExerciseEvent.RepCompleted)
                .map(e -> ((ExerciseEvent.RepCompleted) e).rep()).toList();
    }

    private List<ExerciseEvent.RepUncounted> uncounted() {
        return events.stream().filter(e -> e instanceof ExerciseEvent.RepUncounted)
                .map(e -> (ExerciseEvent.RepUncounted) e).toList();
    }

    private Rep firstRep() {
        return completedReps().get(0);
    }

    @Test
    void aRepStartingFromWhereTheBodySettledAfterThePreviousOneIsMeasuredFromThere() throws Exception {
        RepCounter counter = afterReps(3); // learns a range of about 4 deg
        assertEquals(3, counter.count());
        // the body comes to rest 1.5 deg below where the reps began and stays there, then rises 3 deg from there:
        // 0.75 of the person's range from where it rests, but only about 0.56 from the old start after 2 s of
        // slow drift, short of the 0.6 target
        move(counter, 12, 10.5, 0.6, 2.0);
        rep(counter, 10.5, 3.0);
        assertEquals(4, counter.count(), "the fourth rep counts: " + events);
    }

    @Test
    void aRepShortOfATargetSetTooDeepByOneCalibrationRepCountsWhenItWentMostOfTheWayOfTheRecentMovements()
            throws Exception {
        RepCounter counter = quadrupedPlusFrom(12);
        rep(counter, 12, 4.0);
        rep(counter, 12, 6.5); // a head thrown up: the range is the larger calibration rep, 6.5 deg, target 4.2
        rep(counter, 12, 3.8);
        rep(counter, 12, 3.6);
        assertEquals(4, counter.count(), "3.8 and 3.6 deg are most of the way of the recent 4.0, 6.5, 3.8: " + events);
        assertEquals(0, partialReps().size(), events.toString());
    }

    @Test
    void aMovementWellShortOfTheRecentOnesStaysAPartialRep() throws Exception {
        RepCounter counter = afterReps(3); // 4-deg reps
        rep(counter, 12, 1.8);
        assertEquals(3, counter.count(), events.toString());
        assertEquals(1, partialReps().size(), events.toString());
    }

    private List<Rep> revisedReps() {
        return events.stream().filter(e -> e instanceof ExerciseEvent.RepRevised)
                .map(e -> ((ExerciseEvent.RepRevised) e).rep()).toList();
    }

    private List<Rep> partialReps() {
        return events.stream().filter(e -> e instanceof ExerciseEvent.PartialRep)
                .map(e -> ((ExerciseEvent.PartialRep) e).rep()).toList();
    }

    @Test
    void aRepIsDatedFromWhereTheBodyBeganToMoveNotFromPartWayUp() throws Exception {
        RepCounter counter = afterReps(3);
        double began = t;
        // eased out of the start as a body moves (slow, faster, slow), as the renderer's truth is eased
        for (double s = 0; s < 1.2; s += 1 / FPS) {
            counter.accept(Math.round(t * 1e6), 12 + 4.0 * (0.5 - 0.5 * Math.cos(Math.PI * s / 1.2)), events);
            t += 1 / FPS;
        }
        move(counter, 16, 16, 0, 0.5);
        move(counter, 16, 12, 1.2, 1.0);
        assertEquals(4, counter.count());
        // a tenth of the way up is 0.25 s into this start
        assertEquals(began, completedReps().get(3).startMicros() / 1e6, 1.0 / FPS, events.toString());
    }

    @Test
    void aDipBelowTheStartThatDoesNotStayDoesNotMoveIt() throws Exception {
        RepCounter counter = afterReps(3);
        // bent elbows let the chest down below the start on the way back, for a moment, and it comes back up
        move(counter, 12, 10.0, 0.3, 0);
        move(counter, 10.0, 12, 0.3, 1.0);
        double rest = counter.rest();
        assertEquals(12, rest, 0.5, "the start position stays where the body rests");
        rep(counter, 12, 4.0);
        assertEquals(4, counter.count());
    }

    @Test
    void repsThatComeBackShortOfTheirStartAndGoOutAgainCountEachEndingWhereItTurned() throws Exception {
        // filmed obliquely the trunk line swings 10 deg, nearly three times the initial range of 3.7, and after
        // the first rep rests 3 deg higher than it began: before, the first two reps ran together as one
        RepCounter counter = quadrupedPlusFrom(1);
        move(counter, 1, 11, 1.2, 0.5);
        move(counter, 11, 4, 1.2, 0);
        double turned = t;
        move(counter, 4, 14, 1.2, 0.5);
        move(counter, 14, 4.5, 1.2, 0);
        move(counter, 4.5, 14, 1.2, 0.5);
        move(counter, 14, 4, 1.2, 1.0);
        assertEquals(3, counter.count(), events.toString());
        Rep first = firstRep();
        assertEquals(turned, first.endMicros() / 1e6, 0.1, "the first rep ends where the body turned");
        assertEquals(10, first.depth(), 0.1);
    }

    @Test
    void aSmallRepThatComesBackMoreThanHalfWayAndGoesOutAgainIsARepOfItsOwn() throws Exception {
        // set4_11 dim of the varied set out/set4 (31 deg, 10 frames a second): a chin tuck keeps the first rep's
        // trunk line to a 1.8-deg rise; it comes back to 0.8 above the start (56% of the way) and the next rep, a
        // full one, goes out from there. Before, a rep ended at its turning point only when back 65% of the way,
        // and the two ran together as one.
        RepCounter counter = quadrupedPlusFrom(6);
        move(counter, 6, 7.8, 0.6, 0.6);
        move(counter, 7.8, 6.8, 0.5, 0);
        double turned = t;
        move(counter, 6.8, 7.7, 0.6, 0.6); // the next rep sets out slowly, as tracked
        move(counter, 7.7, 12.2, 0.8, 1.0);
        move(counter, 12.2, 7.0, 1.0, 1.0);
        assertEquals(2, counter.count(), events.toString());
        Rep first = firstRep();
        assertEquals(turned, first.endMicros() / 1e6, 0.15, "the first rep ends where the body turned");
    }

    @Test
    void aDipInTheReadingAtTheTopOfARepDoesNotMakeTheRestOfItAPartialRep() throws Exception {
        // the clean bird-dog of samples/library: at the top of a reach the wrist read low for 0.3 s, more than half
        // the way back; the rep ends at that turning point, and the way on up and back from it, short of a rep,
        // is the rest of that rep, not an attempt of its own
        RepCounter counter = afterReps(3); // 4-deg reps
        double began = t;
        move(counter, 12, 16, 1.2, 0.2);
        move(counter, 16, 13.6, 0.1, 0.2);
        move(counter, 13.6, 14.5, 0.1, 0);
        move(counter, 14.5, 15.8, 0.3, 0.4); // on up, 2.2 deg from the dip (short of the 2.4 target)
        double back = t + 1.2;
        move(counter, 15.8, 12, 1.2, 1.0);
        assertEquals(4, counter.count(), events.toString());
        assertEquals(0, partialReps().size(), events.toString());
        // the rep, counted at the dip, is revised: it went on until the body was back
        List<Rep> revised = revisedReps();
        assertEquals(1, revised.size(), events.toString());
        Rep rep = revised.get(0);
        assertEquals(4, rep.number());
        assertEquals(began, rep.startMicros() / 1e6, 0.15);
        assertEquals(back, rep.endMicros() / 1e6, 0.35, "back at the start, not at the dip");
        assertEquals(4.0, rep.depth(), 0.1, "the deepest point, before the dip, from where the rep began");
        assertEquals(began + 1.2, rep.peakMicros() / 1e6, 0.15);
    }

    @Test
    void aRepReadLowTwiceAtItsTopEndsWhereTheBodyIsBackNotAtTheDip() throws Exception {
        // the counting signal of samples/library/bird-dog_side-right_clean from 1.0 to 6.0 s (10 frames a second,
        // the near arm's incline): the wrist read low twice at the top of the first reach (-42.6, -55.1), the rep
        // ended at the second dip, and the jump back up to 0.5 deg, too quick for a rep, was the rest of it; the
        // arm was back down at 5.2 s (the rendered truth: 5.45)
        RepCounter counter = new RepCounter(ExerciseCatalog.builtIn().require("bird-dog").counting());
        t = 1.0;
        counter.begin(Math.round(t * 1e6), -88.8);
        samples(counter, 10, -88.8, -88.9, -88.9, -88.9, -88.9, -88.9, -88.9, -88.9, -88.9, -88.9, -88.9, -88.3,
                -85.9, -82.4, -75.9, -67.8, -58.3, -48.6, -38.4, -28.5, -20.2, -12.1, -42.6, -16.0, -13.1, -55.1, -20.5,
                -6.6, -1.6, 0.4, 0.5, -29.5, -39.7, -24.9, -22.6, -26.4, -33.4, -41.4, -49.5, -58.0, -67.3, -76.1,
                -81.0, -84.7, -87.3, -88.3, -88.8, -88.8, -89.2, -89.4, -89.4);
        assertEquals(1, counter.count(), events.toString());
        assertEquals(0, partialReps().size(), events.toString());
        List<Rep> revised = revisedReps();
        assertEquals(1, revised.size(), events.toString());
        assertEquals(5.2, revised.get(0).endMicros() / 1e6, 0.25, events.toString());
        assertEquals(firstRep().startMicros(), revised.get(0).startMicros());
    }

    @Test
    void aRepThatTurnedOnItsWayBackAndThenCameBackWithoutAnotherMovementEndsWhereItIsBack() throws Exception {
        // more than half the way back, a wobble up (enough to be a turn, not a movement), then on back to the start
        RepCounter counter = afterReps(3); // 4-deg reps
        move(counter, 12, 16, 1.2, 0.2);
        move(counter, 16, 13, 0.3, 0);
        move(counter, 13, 13.9, 0.2, 0);
        double turnedBack = t;
        move(counter, 13.9, 12, 0.6, 1.0);
        assertEquals(4, counter.count(), events.toString());
        List<Rep> revised = revisedReps();
        assertEquals(1, revised.size(), events.toString());
        // within the exit threshold (0.2 of the 4-deg range) of the start: 12.8 deg, 0.35 s on the way back
        assertEquals(turnedBack + 0.35, revised.get(0).endMicros() / 1e6, 0.1, events.toString());
    }

    @Test
    void aRepEndsWhereAnEasedReturnReachesTheStartNotWhereItEntersTheStartBand() throws Exception {
        // the renders' motion: in and out eased (a half cosine); the start band (a fifth of the range) is entered
        // 0.35 s before an eased 1.2-s return arrives, and the rep is dated by the speed it was coming back at
        RepCounter counter = afterReps(3); // 4-deg reps
        move(counter, 12, 16, 1.2, 0.5);
        for (double s = 0; s < 1.2; s += 1 / FPS) {
            counter.accept(Math.round(t * 1e6), 16 - 4 * (0.5 - 0.5 * Math.cos(Math.PI * s / 1.2)), events);
            t += 1 / FPS;
        }
        double arrived = t;
        move(counter, 12, 12, 0, 1.0);
        assertEquals(4, counter.count(), events.toString());
        assertEquals(arrived, completedReps().get(3).endMicros() / 1e6, 0.25, events.toString());
    }

    @Test
    void aRepDatedToEndAheadEndsWhereTheNextOneBeganWhenThatWasSooner() throws Exception {
        RepCounter counter = afterReps(3); // 4-deg reps
        move(counter, 12, 16, 1.2, 0.5);
        double s = 0;
        for (; s < 0.9; s += 1 / FPS) { // an eased way back, cut short: the next rep sets out 0.6 deg from the start
            counter.accept(Math.round(t * 1e6), 16 - 4 * (0.5 - 0.5 * Math.cos(Math.PI * s / 1.2)), events);
            t += 1 / FPS;
        }
        move(counter, 12.6, 16, 1.0, 0.5);
        move(counter, 16, 12, 1.2, 1.0);
        assertEquals(5, counter.count(), events.toString());
        Rep fourth = revisedReps().stream().filter(r -> r.number() == 4).reduce((a, b) -> b)
                .orElse(completedReps().get(3));
        assertEquals(completedReps().get(4).startMicros(), fourth.endMicros(), events.toString());
    }

    @Test
    void aSwayThatComesBackOnlyAQuarterOfTheWayIsNotTheEndOfTheRep() throws Exception {
        RepCounter counter = afterReps(2);
        // at depth the trunk sways back by a quarter of the rep and out again before the person comes back
        move(counter, 12, 16, 1.2, 0.3);
        move(counter, 16, 15, 0.3, 0);
        move(counter, 15, 16, 0.3, 0.3);
        move(counter, 16, 12, 1.2, 1.0);
        assertEquals(3, counter.count(), events.toString());
    }

    @Test
    void aDipPastTheStartOnTheWayBackBelongsToTheRepWhichEndsWhenTheBodyIsBack() throws Exception {
        RepCounter counter = afterReps(2);
        // bent elbows: the chest comes back down and on 3 deg below the start, then back up to it
        move(counter, 12, 16, 1.2, 0.3);
        move(counter, 16, 9, 1.2, 0.2);
        assertEquals(2, counter.count(), "still in the rep at the bottom of the dip");
        move(counter, 9, 12, 0.6, 0);
        double back = t;
        move(counter, 12, 12, 0, 1.0);
        assertEquals(3, counter.count(), events.toString());
        Rep third = completedReps().get(2);
        assertEquals(back, third.endMicros() / 1e6, 0.2, "the rep ends when the body is back at the start");
        assertEquals(12, counter.rest(), 0.3, "the start position stays where the body rests");
        rep(counter, 12, 4.0);
        assertEquals(4, counter.count());
    }

    @Test
    void aRepThatComesBackFromADipAndStopsJustShortOfTheStartHasEnded() throws Exception {
        RepCounter counter = afterReps(2);
        // bent elbows: the chest goes on 6 deg below the start and pauses there, then comes back up and stops 1 deg
        // short of the start (set3_01 dim of the varied set out/set3: back from -6.1 to -0.5, where it stayed)
        move(counter, 12, 16, 1.2, 0.3);
        move(counter, 16, 6, 1.2, 0.6);
        assertEquals(2, counter.count(), "a pause at the bottom of the dip is still the rep");
        move(counter, 6, 11, 0.6, 0);
        double stopped = t;
        move(counter, 11, 11, 0, 1.0);
        assertEquals(3, counter.count(), events.toString());
        Rep third = completedReps().get(2);
        assertEquals(stopped, third.endMicros() / 1e6, 1.5 / FPS, "the rep ended where the body stopped, not when "
                + "the stop became clear");
        assertEquals(11, counter.rest(), 0.3, "where the body stopped is the start position now");
        rep(counter, 11, 4.0);
        assertEquals(4, counter.count());
    }

    /** Feeds one sample after another at {@code fps}. */
    private void samples(RepCounter counter, double fps, double... values) {
        for (double value : values) {
            counter.accept(Math.round(t * 1e6), value, events);
            t += 1 / fps;
        }
    }

    @Test
    void aReturnThatCrossesTheStartWithoutSlowingOnItsWayIntoADipDoesNotEndTheRepThere() throws Exception {
        RepCounter counter = afterReps(2);
        move(counter, 12, 16, 1.2, 0.3);
        // the way back at 10 frames a second as tracked on a bent-elbow rep filmed obliquely (out/set2, set2_19,
        // scaled to this range): 0.3 s through the start band without slowing, on into the dip, then back up
        samples(counter, 10, 14.0, 12.62, 12.21, 11.78, 11.28, 10.6, 10.36, 9.41, 9.17, 10.01);
        assertEquals(2, counter.count(), "still in the rep in the dip: " + events);
        double back = t;
        samples(counter, 10, 11.44);
        move(counter, 12, 12, 0, 1.0);
        assertEquals(3, counter.count(), events.toString());
        Rep third = completedReps().get(2);
        assertEquals(back, third.endMicros() / 1e6, 0.05, "the rep ends when the body is back at the start");
    }

    @Test
    void aRepThatEndsWhileTheBodyIsStillComingBackIsNotFollowedByANewOne() throws Exception {
        // the thoracic extension's first rep ends within its start band (a fifth of the initial range of 24 deg)
        // while the chest is still coming up; the person's range learned from it shrinks the band, and the rest
        // of the way back must not start another rep (out/set3, set3_00 mirrored)
        RepCounter counter = new RepCounter(ExerciseCatalog.builtIn().require("thoracic-extension").counting());
        counter.begin(0, 0);
        move(counter, 0, 0, 0, 1.0);
        move(counter, 0, -8, 0.6, 1.0);
        move(counter, -8, 0, 1.5, 1.0);
        long started = events.stream().filter(e -> e instanceof ExerciseEvent.RepStarted).count();
        assertEquals(1, started, events.toString());
    }

    /** Thoracic extension's counter (trunk incline, decreasing), started level and held a second there. */
    private RepCounter thoracicExtension() throws Exception {
        return thoracicExtensionFrom(0);
    }

    /** Thoracic extension's counter, started at {@code start} deg and held a second there. */
    private RepCounter thoracicExtensionFrom(double start) throws Exception {
        RepCounter counter = new RepCounter(ExerciseCatalog.builtIn().require("thoracic-extension").counting());
        counter.begin(0, start);
        move(counter, start, start, 0, 1.0);
        return counter;
    }

    @Test
    void countingBegunAtTheDepthOfARepCountsThatRepOnceTheBodyIsBackAndStopped() throws Exception {
        // set4_08 of the varied set: the person found during the first rep, still at its depth for the settle time
        RepCounter counter = thoracicExtensionFrom(-17);
        move(counter, -17, 0, 1.2, 1.0);
        assertEquals(1, counter.count(), events.toString());
        Rep first = firstRep();
        assertFalse(first.startSeen(), first.toString());
        assertEquals(0, first.startMicros(), "dated from where counting began");
        assertEquals(17, first.depth(), 0.5, "at least as deep as it came back");
        assertTrue(first.faults().isEmpty(), first.toString());
        assertEquals(24, counter.range(), 1e-9, "its depth, not known, does not teach the person's range");
        sink(counter, 18);
        sink(counter, 17);
        assertEquals(3, counter.count(), events.toString());
        assertTrue(events.stream().noneMatch(e -> e instanceof ExerciseEvent.RepWithdrawn),
                "a rep counting began during is never taken back as a shallow first rep: " + events);
        assertTrue(completedReps().get(1).startSeen(), events.toString());
    }

    @Test
    void settlingBackLessThanARepAfterCountingBeganIsNoRep() throws Exception {
        // Quadruped Plus's target before the range is known: 0.6 of 3.7 deg; this comes back 1.5
        RepCounter counter = quadrupedPlusFrom(13.5);
        move(counter, 13.5, 12, 0.8, 1.5);
        assertEquals(0, counter.count(), events.toString());
        rep(counter, 12, 4.0);
        assertEquals(1, counter.count(), events.toString());
        assertTrue(firstRep().startSeen(), firstRep().toString());
    }

    @Test
    void aDipAfterTheFirstRepIsNotTakenForARepCountingBeganDuring() throws Exception {
        RepCounter counter = quadrupedPlusFrom(12);
        rep(counter, 12, 4.0);
        move(counter, 12, 8, 0.8, 1.5); // the chest let down 4 deg below the start after the rep, and left there
        assertEquals(1, counter.count(), events.toString());
    }

    @Test
    void aDipHeldBeforeTheFirstPushIsTakenBackOnceThePushComesBackWhereCountingBegan() throws Exception {
        // "push up, then dip down": the rendered Quadruped Plus of tools/render's `dips`, side-on: the trunk line
        // 9.3 deg in the start position, 5.2 at the held dip, back to 9.3, then pushes of 3.6 deg back to 9.3
        RepCounter counter = quadrupedPlusFrom(9.3);
        move(counter, 9.3, 5.2, 0.5, 0.8);
        assertEquals(1, counter.count(), "taken for a rep counting began during, as yet: " + events);
        move(counter, 5.2, 9.3, 0.5, 0.4);
        rep(counter, 9.3, 3.6);
        assertEquals(1, counter.count(), events.toString());
        List<ExerciseEvent.RepUncounted> taken = uncounted();
        assertEquals(1, taken.size(), events.toString());
        assertFalse(taken.get(0).rep().startSeen(), "the dip, counted as a rep counting began during");
        Rep push = completedReps().get(1);
        assertEquals(1, push.number(), "the push is counted in its place");
        assertTrue(push.startSeen(), push.toString());
        assertEquals(3.6, push.depth(), 0.3, "measured from where counting began, not from the dip");
        assertTrue(push.startMicros() >= Math.round(2.7e6), "dated from when it left the start position (2.8 s): "
                + push);
        rep(counter, 9.3, 3.8);
        rep(counter, 9.3, 3.5);
        assertEquals(3, counter.count(), events.toString());
        assertEquals(1, uncounted().size(), events.toString());
    }

    @Test
    void aDipTakenBackWhenThePushTurnsOutAgainWhereCountingBeganWithoutStopping() throws Exception {
        // samples/dips' deep dip, side-on: 6.7 deg in the start position, 1.3 at the dip, pushes to 12 that come back
        // to 7.1 and go straight out again
        RepCounter counter = quadrupedPlusFrom(6.7);
        move(counter, 6.7, 1.3, 0.5, 1.0);
        move(counter, 1.3, 6.7, 0.5, 0.2);
        for (int i = 0; i < 3; i++) {
            move(counter, 7.1, 12, 1.0, 0.3);
            move(counter, 12, 7.1, 1.0, 0);
        }
        move(counter, 7.1, 7.1, 0, 1.0);
        assertEquals(3, counter.count(), events.toString());
        assertEquals(1, uncounted().size(), events.toString());
        Rep first = completedReps().get(1);
        assertEquals(1, first.number(), events.toString());
        assertEquals(5.3, first.depth(), 0.4, "from where counting began, 6.7, to 12: " + first);
    }

    @Test
    void aDipTakenBackOnTheWayOutWhenThePushSetsOutFromARestWhereCountingBegan() throws Exception {
        // a dip and back, 0.4 s of rest where counting began, then a push whose bent elbows let the chest down past
        // that start on its way back (rendered, side-on: 6.8 deg at the start, 3.5 at the dip, pushes to 10.4, the
        // bent push's way back down to 3.1): it never comes back to stop or turn where counting began, so only the
        // rest before it tells that the dip was no rep
        RepCounter counter = quadrupedPlusFrom(6.8);
        move(counter, 6.8, 3.5, 0.5, 0.8);
        move(counter, 3.5, 6.8, 0.5, 0.4);
        move(counter, 6.8, 10.4, 1.0, 0.3);
        assertEquals(0, counter.count(), "taken back on the way out: " + events);
        assertEquals(1, uncounted().size(), events.toString());
        assertEquals(Phase.TARGET, counter.phase(), "the push goes on as a rep from where counting began");
        move(counter, 10.4, 3.1, 1.0, 0.1);
        move(counter, 3.1, 6.8, 0.5, 1.0);
        assertEquals(1, counter.count(), events.toString());
        Rep push = completedReps().get(1);
        assertTrue(push.startSeen(), push.toString());
        assertEquals(3.6, push.depth(), 0.3, "measured from where counting began: " + push);
        assertTrue(push.startMicros() >= Math.round(3.1e6), "set out after the rest (from 3.2 s): " + push);
        rep(counter, 6.8, 3.6);
        rep(counter, 6.8, 3.6);
        assertEquals(3, counter.count(), events.toString());
    }

    @Test
    void aRepCountingBeganDuringStaysWhenTheNextPassesWhereItBeganWithoutPausing() throws Exception {
        // found at the top of a 4-deg push, back to 12, and the next goes up through where counting began without
        // stopping, on past it by more than a rep's target
        RepCounter counter = quadrupedPlusFrom(16);
        move(counter, 16, 12, 0.8, 1.0);
        assertEquals(1, counter.count(), events.toString());
        move(counter, 12, 19, 1.4, 0.3);
        move(counter, 19, 12, 1.2, 1.0);
        assertEquals(2, counter.count(), events.toString());
        assertTrue(uncounted().isEmpty(), events.toString());
    }

    @Test
    void aRepFoundAtDepthStaysWhenTheNextPausesThereAndGoesOnLessThanARepPast() throws Exception {
        // the pool's thoracic extension at 45 deg: counting began at the depth of a rep (-22 deg), the body came back
        // to -3, and the next rep paused on its way down near -22 and went on to -28.5. The way back from where
        // counting began is no lift: measured from -22 that rep was 7.2 deg, under a third of one (eval: 4 of 5)
        RepCounter counter = thoracicExtensionFrom(-22);
        move(counter, -22, -3, 1.2, 1.0);
        assertEquals(1, counter.count(), events.toString());
        move(counter, -3, -21.5, 0.6, 0.4);
        move(counter, -21.5, -28.5, 0.5, 0.3);
        move(counter, -28.5, -3, 1.2, 1.0);
        assertEquals(2, counter.count(), events.toString());
        assertTrue(uncounted().isEmpty(), events.toString());
        assertEquals(25.5, completedReps().get(1).depth(), 1.0, "measured from -3: " + completedReps().get(1));
    }

    @Test
    void aPartialRepHeldBeforeCountingBeganIsNoStartPositionForTheNextRep() throws Exception {
        // set4_18 mirrored (set4b): counting began on a partial rep held at -17 deg, the body came up to -6 (less than
        // a rep's target: no rep counting began during) and rested, then the first rep went down slowly past -17,
        // paused at -19 (3 deg past) and went on to -23.4. Measured from -17 it was less than half a rep (2 of 3)
        RepCounter counter = thoracicExtensionFrom(-17);
        move(counter, -17, -6, 1.2, 1.2);
        move(counter, -6, -16, 0.4, 0);
        move(counter, -16, -19, 0.5, 0.3);
        move(counter, -19, -23.4, 0.5, 0.5);
        move(counter, -23.4, -6, 1.4, 1.0);
        assertEquals(1, counter.count(), events.toString());
        assertTrue(firstRep().depth() > 14, "measured from where the body rested (-6, the start position a little "
                + "behind it), not from -17: " + firstRep());
    }

    @Test
    void aChestLiftedBeforeTheFirstSinkIsNoPartOfTheRep() throws Exception {
        // the thoracic extension rendered with the chest lifted above the start before the first sink (samples/dips,
        // side-on): the trunk line -2.3 deg at the start, 12.9 at the lift (less than a rep's target of 15.6 back, so
        // not a rep counting began during), held a second, back to -2.3, 0.5 s there, then reps of 13.6 deg
        RepCounter counter = thoracicExtensionFrom(-2.3);
        move(counter, -2.3, 12.9, 0.5, 1.0);
        move(counter, 12.9, -2.3, 0.5, 0.5);
        double setOut = t;
        move(counter, -2.3, -15.9, 1.2, 0.8);
        move(counter, -15.9, -2.3, 1.2, 1.0);
        assertEquals(1, counter.count(), events.toString());
        Rep first = firstRep();
        assertEquals(13.6, first.depth(), 0.5, "measured from the start, not from the top of the lift: " + first);
        assertTrue(first.startMicros() >= Math.round((setOut - 0.3) * 1e6), "set out after the rest at the start ("
                + setOut + " s), not from the top of the lift: " + first);
        rep(counter, -2.3, -13.6);
        assertEquals(2, counter.count(), events.toString());
    }

    @Test
    void aChestLiftedBrieflyIsNoPartOfTheRepEitherWhenTheBodyPausesBackAtTheStartBeforeTheSink() throws Exception {
        // the lift held only half a second: the start position follows the body only part of the way up, so the
        // way back down comes to rest at the start before a rep sets out from there (mirrored lift clip: -3.75 deg at
        // the start, 9.1 at the lift, back to -2.0 and 0.4 s there; the first rep was 24 deg deep against 16)
        RepCounter counter = thoracicExtensionFrom(-3.75);
        move(counter, -3.75, 9.1, 0.4, 0.5);
        move(counter, 9.1, -2.0, 0.6, 0.5);
        move(counter, -2.0, -19.9, 1.2, 0.6);
        move(counter, -19.9, -3.75, 1.2, 1.0);
        assertEquals(1, counter.count(), events.toString());
        assertEquals(17.9, firstRep().depth(), 1.0, "measured from where the body paused at the start: " + firstRep());
    }

    @Test
    void aRepCountingBeganDuringStaysWhenTheNextGoesNoFartherThanARepPastWhereItBegan() throws Exception {
        // found at the depth of a 4-deg push and back to 12: the next push goes 5.8 deg, 1.8 past where counting
        // began (more than a rep's start threshold of 1.5, less than its target of 2.2), and pauses on its way back
        // there
        RepCounter counter = quadrupedPlusFrom(16);
        move(counter, 16, 12, 0.8, 1.0);
        assertEquals(1, counter.count(), events.toString());
        move(counter, 12, 17.8, 1.0, 0.3);
        move(counter, 17.8, 16.2, 0.4, 0.6);
        move(counter, 16.2, 12, 0.8, 1.0);
        assertEquals(2, counter.count(), events.toString());
        assertTrue(uncounted().isEmpty(), events.toString());
        assertFalse(firstRep().startSeen(), firstRep().toString());
    }

    private void sink(RepCounter counter, double depth) {
        move(counter, 0, -depth, 1.2, 0.5);
        move(counter, -depth, 0, 1.2, 1.0);
    }

    @Test
    void aShallowFirstRepIsTakenBackWhenTheSecondGoesMoreThanTwiceAsDeep() throws Exception {
        // out/set4's partial first reps: 6-9 deg, counted against the initial range of 24 deg, then 12-21 deg reps
        RepCounter counter = thoracicExtension();
        sink(counter, 7);
        assertEquals(1, counter.count(), "counted before the range is known: " + events);
        sink(counter, 17);
        sink(counter, 16);
        assertEquals(2, counter.count(), events.toString());
        List<Rep> withdrawn = events.stream().filter(e -> e instanceof ExerciseEvent.RepWithdrawn)
                .map(e -> ((ExerciseEvent.RepWithdrawn) e).rep()).toList();
        assertEquals(1, withdrawn.size(), events.toString());
        Rep first = withdrawn.get(0);
        assertTrue(first.partial(), first.toString());
        assertEquals(first.depth() / completedReps().get(1).depth(), first.depthShare(), 1e-9,
                "its depth as a share of the second rep's");
        assertTrue(first.depthShare() < 0.5, first.toString());
        assertEquals(List.of(1, 1, 2), completedReps().stream().map(Rep::number).toList(),
                "the second rep is counted as the first");
    }

    @Test
    void aFirstRepMoreThanHalfAsDeepAsTheSecondStays() throws Exception {
        RepCounter counter = thoracicExtension();
        sink(counter, 10);
        sink(counter, 17);
        assertEquals(2, counter.count(), events.toString());
        assertTrue(events.stream().noneMatch(e -> e instanceof ExerciseEvent.RepWithdrawn), events.toString());
    }

    @Test
    void aShallowFirstRepStaysWhereTheExerciseDoesNotAskForIt() throws Exception {
        RepCounter counter = quadrupedPlusFrom(12); // Quadruped Plus: no withdraw_first_below
        rep(counter, 12, 2.0);
        rep(counter, 12, 5.0);
        assertEquals(2, counter.count(), events.toString());
    }

    @Test
    void aSecondMovementLessThanHalfAsDeepAsTheFirstRepIsAPartialRep() throws Exception {
        // set4_03 of the varied set: 1.6 deg after a 5.2-deg first rep, counted while the range was being learned
        RepCounter counter = quadrupedPlusFrom(12);
        rep(counter, 12, 5.0);
        rep(counter, 12, 2.0);
        assertEquals(1, counter.count(), events.toString());
        assertEquals(1, partialReps().size(), events.toString());
        assertEquals(2, partialReps().get(0).number(), "the number the next full rep gets");
        rep(counter, 12, 5.0);
        assertEquals(2, counter.count(), events.toString());
    }

    @Test
    void aSecondRepMoreThanHalfAsDeepAsTheFirstCounts() throws Exception {
        RepCounter counter = quadrupedPlusFrom(12);
        rep(counter, 12, 5.0);
        rep(counter, 12, 3.0);
        assertEquals(2, counter.count(), events.toString());
        assertEquals(0, partialReps().size(), events.toString());
    }

    @Test
    void aShallowSecondRepWithAFormFaultCounts() throws Exception {
        // hands forward keeps a Quadruped Plus rep to 0.4 times a clean one's depth (set4_13 mirrored-grain)
        RepCounter counter = quadrupedPlusFrom(12);
        rep(counter, 12, 5.0);
        move(counter, 12, 14.0, 1.2, 0);
        counter.noteFaults(Set.of("hands_forward"));
        move(counter, 14.0, 14.0, 0, 0.5);
        move(counter, 14.0, 12, 1.2, 1.0);
        assertEquals(2, counter.count(), events.toString());
        assertTrue(completedReps().get(1).faults().contains("hands_forward"), events.toString());
    }
}
