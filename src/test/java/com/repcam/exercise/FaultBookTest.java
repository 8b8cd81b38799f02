package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.signal.CameraView;
import com.repcam.signal.Reading;
import com.repcam.signal.Side;
import com.repcam.signal.ViewKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The form rules of a set on hand-made values: the person's own set-up value each rule judges against. */
class FaultBookTest {

    private static final CameraView SIDE = new CameraView(ViewKind.SIDE, Side.LEFT, 90, 1);

    private static FaultBook book() {
        return book(false);
    }

    private static FaultBook book(boolean baselineFromRests) {
        FaultRule bent = new FaultRule("bent_elbows", "elbow_angle", false, -17, true, 4, 0.3, Set.of(ViewKind.SIDE),
                List.of("elbow"), "Keep your arms straight.", Double.POSITIVE_INFINITY, false, Double.NaN,
                baselineFromRests);
        return new FaultBook(List.of(bent), r -> r != null && r.confidence() >= 0.5, 1.0);
    }

    private static Map<String, Reading> angle(double degrees) {
        return Map.of("elbow_angle", new Reading(degrees, 0.9));
    }

    /** 10 frames a second of one angle; returns whether the fault was on at the end. */
    private static boolean judge(FaultBook book, double fromSeconds, double seconds, double degrees) {
        List<ExerciseEvent> events = new ArrayList<>();
        for (int i = 0; i < seconds * 10; i++) {
            book.judge((long) ((fromSeconds + i / 10.0) * 1e6), angle(degrees), SIDE, 0, events, (f, t, e) -> { },
                    f -> { });
        }
        return book.active().contains("bent_elbows");
    }

    @Test
    void theBaselineIsTheSetUpsMedianNotTheOneFrameCountingStartsOn() {
        FaultBook book = book();
        double[] setUp = {158, 161, 157, 160, 159, 158, 162, 160, 157, 145};
        for (int i = 0; i < setUp.length; i++) {
            book.observeSetUp((long) (i * 1e5), angle(setUp[i]));
        }
        // counting starts on a frame where the angle reads 145: judged from it, 135 would be only 10 deg down
        book.setBaselines(angle(145));
        assertFalse(judge(book, 1, 1, 156));
        assertTrue(judge(book, 2, 0.5, 135), "22 deg below the set-up's 159");
    }

    @Test
    void baselinesTakenAgainAfterARepCountingBeganDuringGoBackWhenThatRepWasNotOne() {
        FaultBook book = book();
        book.setBaselines(angle(160)); // where counting began
        for (int i = 0; i < 10; i++) {
            book.observeSetUp((long) (i * 1e5), angle(140));
        }
        book.retakeBaselines(angle(140), 0); // still at 140 since that "rep" ended
        assertFalse(judge(book, 1, 1, 130), "10 deg below the value taken again");
        book.restoreBaselines(); // it was a move against the rep's direction: 160 was the start position
        assertTrue(judge(book, 2, 0.5, 130), "30 deg below the set-up's 160");
        book.restoreBaselines(); // nothing more to restore
        assertTrue(judge(book, 3, 0.5, 130));
    }

    @Test
    void whatWasSeenBeforeThePositionWasLeftDoesNotCount() {
        FaultBook book = book();
        for (int i = 0; i < 10; i++) {
            book.observeSetUp((long) (i * 1e5), angle(120)); // getting into the position, arms still bent
        }
        book.forgetSetUp();
        for (int i = 10; i < 20; i++) {
            book.observeSetUp((long) (i * 1e5), angle(160));
        }
        book.setBaselines(angle(160));
        assertTrue(judge(book, 2, 0.5, 138));
    }

    @Test
    void onlyTheLastSettleTimeOfTheSetUpCounts() {
        FaultBook book = book();
        for (int i = 0; i < 30; i++) {
            // two seconds bent into the position, then a second straight: the settle time is one second
            book.observeSetUp((long) (i * 1e5), angle(i < 20 ? 130 : 160));
        }
        book.setBaselines(angle(160));
        assertTrue(judge(book, 3, 0.5, 140));
    }

    @Test
    void aBaselineTakenAtEveryRestFollowsAReadingThatMovedSinceTheSetUp() {
        for (boolean fromRests : new boolean[] {false, true}) {
            FaultBook book = book(fromRests);
            book.setBaselines(angle(160));
            // the model reads the straight arm 12 deg lower after the first rep, at rest and through the next rep
            for (int i = 0; i < 5; i++) {
                book.atRest(angle(148));
            }
            book.repStarted();
            boolean raised = judge(book, 1, 0.5, 141);
            assertTrue(raised != fromRests, (fromRests ? "against the rest's 148: " : "against the set-up's 160: ")
                    + "141 is " + (fromRests ? "-7" : "-19"));
        }
    }

    @Test
    void aRestTooShortToTellLeavesTheBaseline() {
        FaultBook book = book(true);
        book.setBaselines(angle(160));
        book.atRest(angle(140));
        book.atRest(angle(140));
        book.repStarted();
        assertTrue(judge(book, 1, 0.5, 141), "two frames of rest are not enough to move it: -19 from 160");
    }
    /** Bent elbows named by two rules: the elbow's angle from the side only, the trunk line from side and oblique. */
    private static FaultBook twoRulesOneFault() {
        FaultRule angle = new FaultRule("bent_elbows", "elbow_angle", false, -17, true, 4, 0.2, Set.of(ViewKind.SIDE),
                List.of("elbow"), "Keep your arms straight.", Double.POSITIVE_INFINITY, false, Double.NaN, false);
        FaultRule chest = new FaultRule("bent_elbows", "trunk_incline", false, -5, true, 1, 0.2,
                Set.of(ViewKind.SIDE, ViewKind.OBLIQUE), List.of("elbow"), "Push the floor away.",
                Double.POSITIVE_INFINITY, false, Double.NaN, false);
        FaultBook book = new FaultBook(List.of(angle, chest), r -> r != null && r.confidence() >= 0.5, 1.0);
        book.setBaselines(readings(160, 10));
        return book;
    }

    private static Map<String, Reading> readings(double elbow, double trunk) {
        return Map.of("elbow_angle", new Reading(elbow, 0.9), "trunk_incline", new Reading(trunk, 0.9));
    }

    /** Judges 10 frames a second from {@code seconds} on; returns the events. */
    private static List<ExerciseEvent> judge(FaultBook book, CameraView view, double fromSeconds, double elbow,
                                             double trunk, List<ViewKind> unsuitable) {
        List<ExerciseEvent> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            book.judge((long) ((fromSeconds + i / 10.0) * 1e6), readings(elbow, trunk), view, 0, events,
                    (f, t, e) -> unsuitable.add(view.kind()), f -> { });
        }
        return events;
    }

    @Test
    void aFaultNamedByTwoRulesBeginsWithTheFirstAndEndsWithTheLast() {
        FaultBook book = twoRulesOneFault();
        List<ViewKind> unsuitable = new ArrayList<>();
        book.repStarted();
        List<ExerciseEvent> events = new ArrayList<>();
        events.addAll(judge(book, SIDE, 0, 135, 10, unsuitable));  // the angle holds it
        events.addAll(judge(book, SIDE, 0.5, 135, 2, unsuitable)); // and the trunk line too
        assertEquals(List.of("Keep your arms straight."), book.cues());
        events.addAll(judge(book, SIDE, 1.0, 160, 2, unsuitable)); // the angle lets go, the trunk line holds it
        assertEquals(Set.of("bent_elbows"), book.active());
        assertEquals(List.of("Push the floor away."), book.cues());
        events.addAll(judge(book, SIDE, 1.5, 160, 10, unsuitable)); // both let go
        assertEquals(Set.of(), book.active());
        assertEquals(List.of(ExerciseEvent.FaultBegan.class, ExerciseEvent.FaultEnded.class),
                events.stream().map(Object::getClass).toList());
        assertEquals(List.of(), unsuitable);
    }

    @Test
    void aFaultWhoseSignalsWereNeverTrustedInARepIsSaidNotSeenWellNotFilmedWrongly() {
        FaultBook book = twoRulesOneFault();
        book.repStarted();
        for (int i = 0; i < 5; i++) {
            book.judge((long) (i * 1e5), Map.of("elbow_angle", new Reading(120, 0.2), "trunk_incline",
                    new Reading(2, 0.2)), SIDE, 0, new ArrayList<>(), (f, t, e) -> { }, f -> { });
        }
        List<NotChecked> notChecked = book.notChecked();
        assertEquals(List.of(NotChecked.notSeenWell("bent_elbows", Set.of(ViewKind.SIDE, ViewKind.OBLIQUE))),
                notChecked, "both rules suit the side view; their landmarks were not trusted on any frame");
        assertEquals("bent elbows not checked: not seen well enough; keep the whole body in the picture, well lit",
                notChecked.get(0).describe());
        assertEquals(Set.of(), book.active());
    }

    @Test
    void aFaultOneOfWhoseRulesSuitsTheViewIsCheckedAndNotReportedUnsuitable() {
        CameraView oblique = new CameraView(ViewKind.OBLIQUE, Side.LEFT, 50, 1);
        FaultBook book = twoRulesOneFault();
        List<ViewKind> unsuitable = new ArrayList<>();
        book.repStarted();
        List<ExerciseEvent> events = judge(book, oblique, 0, 120, 2, unsuitable);
        assertEquals(1, events.size(), "the trunk line raises it obliquely: " + events);
        assertEquals(List.of(), unsuitable, "the elbow's angle is not judged obliquely, the fault is");
        assertEquals(List.of(), book.notChecked());

        // from the front neither rule is judged: the fault is not checked, once, filmed from the front
        CameraView front = new CameraView(ViewKind.FRONT, Side.LEFT, 0, 1);
        book.repStarted();
        judge(book, front, 1, 160, 10, unsuitable);
        assertEquals(List.of(NotChecked.filmedFrom("bent_elbows", ViewKind.FRONT,
                Set.of(ViewKind.SIDE, ViewKind.OBLIQUE))), book.notChecked());
        assertTrue(!unsuitable.isEmpty() && unsuitable.stream().allMatch(v -> v == ViewKind.FRONT),
                "reported unsuitable from the front (the tracker says so once per view): " + unsuitable);
    }
}
