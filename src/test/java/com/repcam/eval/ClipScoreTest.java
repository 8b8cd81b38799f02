package com.repcam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClipScoreTest {

    private static RepSpan rep(double start, double end, String... faults) {
        return new RepSpan(start, end, Set.of(faults));
    }

    @Test
    void exactCountWithEveryFaultFoundScoresPerfectly() {
        List<RepSpan> truth = List.of(rep(0, 2), rep(2, 4, "head_up"), rep(4, 6));
        List<RepSpan> counted = List.of(rep(0.1, 2.1), rep(2.1, 4.0, "head_up"), rep(4.0, 5.8));
        ClipScore s = ClipScore.score("a", truth, counted, 0, 180);
        assertTrue(s.exact());
        assertEquals(0.0, s.normalisedAbsoluteError());
        assertEquals(new FaultTally(1, 0, 0), s.faults().get("head_up"));
        assertEquals(3, s.matchedReps());
    }

    @Test
    void eachMatchedRepCarriesItsStartAndEndErrorAndTheSummaryTakesTheirSizeAndBias() {
        List<RepSpan> truth = List.of(rep(0, 2), rep(2, 4), rep(4, 6), rep(8, 9));
        List<RepSpan> counted = List.of(rep(0.1, 2.5), rep(2.5, 4.2), rep(4.0, 5.5), rep(20, 21));
        ClipScore s = ClipScore.score("t", truth, counted, 0, 0);
        assertEquals(3, s.timing().size(), "the spurious rep at 20 s has no true rep to be timed against");
        assertEquals(0.1, s.timing().get(0).startError(), 1e-9);
        assertEquals(0.5, s.timing().get(0).endError(), 1e-9);
        assertEquals(-0.5, s.timing().get(2).endError(), 1e-9);
        TimingSummary t = new EvalSummary(List.of(s)).timing();
        assertEquals(3, t.reps());
        assertEquals(0.1, t.startError().median(), 1e-9);  // |0.1|, |0.5|, |0.0|
        assertEquals(0.5, t.endError().median(), 1e-9);    // |0.5|, |0.2|, |-0.5|
        assertEquals(0.2, t.endBias(), 1e-9);              // 0.5, 0.2, -0.5
    }

    @Test
    void aRepCountingBeganDuringIsLeftOutOfTheStartFiguresButNotOutOfTheEndOnes() {
        List<RepSpan> truth = List.of(rep(0, 2), rep(2, 4), rep(4, 6));
        RepSpan foundAtDepth = new RepSpan(1.2, 2.3, Set.of(), Set.of(), false);
        List<RepSpan> counted = List.of(foundAtDepth, rep(2.4, 4.1), rep(4.2, 6.3));
        ClipScore s = ClipScore.score("u", truth, counted, 0, 0);
        assertTrue(s.exact(), "a rep whose start was not seen is still a counted rep");
        assertFalse(s.timing().get(0).startSeen());
        TimingSummary t = new EvalSummary(List.of(s)).timing();
        assertEquals(3, t.reps());
        assertEquals(1, t.startsNotSeen());
        assertEquals(2, t.startError().count(), "the 1.2-s start is when counting began, not a start found late");
        assertEquals(0.3, t.startError().median(), 1e-9);  // |0.4|, |0.2|
        assertEquals(3, t.endError().count());
        assertEquals(0.3, t.endError().median(), 1e-9);    // |0.3|, |0.1|, |0.3|
    }

    @Test
    void aFaultOnARepWhoseRuleWasToldNotCheckedIsAMissCountedApart() {
        List<RepSpan> truth = List.of(rep(0, 2, "head_up"), rep(2, 4, "head_up"), rep(4, 6, "head_up"));
        List<RepSpan> counted = List.of(new RepSpan(0, 2, Set.of(), Set.of("head_up")), rep(2, 4, "head_up"),
                rep(4, 6));
        FaultTally t = ClipScore.score("n", truth, counted, 0, 0).faults().get("head_up");
        assertEquals(new FaultTally(1, 0, 2, 1), t);
        assertEquals(1 / 3.0, t.recall(), 1e-9);
        assertEquals(0.5, t.recallWhereChecked(), 1e-9, "the third rep was checked and missed");
    }

    @Test
    void faultOnTheWrongRepCountsAsOneFalsePositiveAndOneMiss() {
        List<RepSpan> truth = List.of(rep(0, 2, "bent_elbows"), rep(2, 4));
        List<RepSpan> counted = List.of(rep(0, 2), rep(2, 4, "bent_elbows"));
        FaultTally t = ClipScore.score("b", truth, counted, 0, 0).faults().get("bent_elbows");
        assertEquals(new FaultTally(0, 1, 1), t);
        assertEquals(0.0, t.precision());
        assertEquals(0.0, t.recall());
    }

    @Test
    void missedAndSpuriousRepsCarryTheirFaultsIntoTheTally() {
        List<RepSpan> truth = List.of(rep(0, 2), rep(2, 4, "chin_tucked"));
        List<RepSpan> counted = List.of(rep(0, 2), rep(10, 12, "chin_tucked"), rep(12, 14));
        ClipScore s = ClipScore.score("c", truth, counted, 5, 300);
        assertEquals(1, s.matchedReps());
        assertEquals(new FaultTally(0, 1, 1), s.faults().get("chin_tucked"));
        assertEquals(1, s.error());
        assertTrue(s.offByAtMostOne());
        assertEquals(0.5, s.normalisedAbsoluteError(), 1e-12);
    }

    @Test
    void oneCountedRepSpanningTwoTrueRepsMatchesOnlyOne() {
        List<RepSpan> truth = List.of(rep(0, 2), rep(2, 4));
        List<RepSpan> counted = List.of(rep(0.5, 3.9));
        ClipScore s = ClipScore.score("d", truth, counted, 0, 0);
        assertEquals(1, s.matchedReps());
        assertFalse(s.exact());
    }

    @Test
    void summaryUsesRepCountDefinitionsOfMaeAndObo() {
        ClipScore exact = ClipScore.score("x", List.of(rep(0, 1), rep(1, 2)), List.of(rep(0, 1), rep(1, 2)), 0, 0);
        ClipScore oneOff = ClipScore.score("y", List.of(rep(0, 1), rep(1, 2), rep(2, 3), rep(3, 4)),
                List.of(rep(0, 1), rep(1, 2), rep(2, 3)), 0, 0);
        ClipScore twoOff = ClipScore.score("z", List.of(rep(0, 1), rep(1, 2)), List.of(), 0, 0);
        EvalSummary sum = new EvalSummary(List.of(exact, oneOff, twoOff));
        assertEquals((0 + 0.25 + 1.0) / 3, sum.meanAbsoluteError(), 1e-12);
        assertEquals(2.0 / 3, sum.offByOneAccuracy(), 1e-12);
        assertEquals(1, sum.exactClips());
    }
}
