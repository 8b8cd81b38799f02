package com.repcam.exercise;

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
}
