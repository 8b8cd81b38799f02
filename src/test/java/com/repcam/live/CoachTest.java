package com.repcam.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.exercise.ExerciseEvent;
import com.repcam.exercise.Rep;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoachTest {

    private static final long S = 1_000_000;

    private static ExerciseEvent.RepCompleted rep(int n, long t) {
        return new ExerciseEvent.RepCompleted(t, new Rep(n, t - 2 * S, t - S, t, 10, 1, 0.5, 0.5, 0.5, java.util.Set.of(),
                false));
    }

    private static ExerciseEvent.FaultBegan fault(String id, long t) {
        return new ExerciseEvent.FaultBegan(t, id, "cue for " + id);
    }

    @Test
    void aToneForEveryRepAndTheCountSpokenEveryFewRepsAndAtTheTarget() {
        RecordingCues sink = new RecordingCues();
        Coach coach = new Coach(sink, 5);
        for (int n = 1; n <= 12; n++) {
            coach.onFrame(List.of(rep(n, n * 3 * S)), n, 12);
        }
        assertEquals(12, sink.of(Cue.Kind.REP_TONE).size());
        List<Cue> counts = sink.of(Cue.Kind.COUNT);
        assertEquals(3, counts.size(), counts.toString());
        assertEquals("5", counts.get(0).text());
        assertEquals(15 * S, counts.get(0).timeMicros(), "spoken when rep 5 completed");
        assertEquals("10", counts.get(1).text());
        assertTrue(counts.get(2).text().startsWith("12. That is all 12"), counts.get(2).text());
    }

    @Test
    void aFirstRepTakenBackIsExplainedAndTheNextCountedAsOne() {
        RecordingCues sink = new RecordingCues();
        Coach coach = new Coach(sink, 1);
        coach.onFrame(List.of(rep(1, 3 * S)), 1, 12);
        Rep asPartial = new Rep(1, S, 2 * S, 3 * S, 4, 0.4, 0.5, 0.5, 0.5, java.util.Set.of(), true);
        coach.onFrame(List.of(new ExerciseEvent.RepWithdrawn(6 * S, asPartial), rep(1, 6 * S)), 1, 12);
        List<Cue> guide = sink.of(Cue.Kind.GUIDE);
        assertEquals(1, guide.size(), guide.toString());
        assertTrue(guide.get(0).text().contains("count from this one"), guide.get(0).text());
        assertEquals(List.of("1", "1"), sink.of(Cue.Kind.COUNT).stream().map(Cue::text).toList());
    }

    @Test
    void aFirstMoveThatWasNotARepIsExplainedAndTheNextCountedAsOne() {
        RecordingCues sink = new RecordingCues();
        Coach coach = new Coach(sink, 1);
        assertEquals(List.of(), coach.onFrame(List.of(rep(1, 3 * S)), 1, 12), "a rep is counted, not explained");
        Rep dip = new Rep(1, S, S, 3 * S, 4, 1.1, 0, 0, 2, java.util.Set.of(), false, List.of(), false);
        List<String> shown = coach.onFrame(List.of(new ExerciseEvent.RepUncounted(6 * S, dip), rep(1, 6 * S)), 1, 12);
        List<Cue> guide = sink.of(Cue.Kind.GUIDE);
        assertEquals(1, guide.size(), guide.toString());
        assertEquals("That first move was not a rep: I count from this one.", guide.get(0).text());
        assertEquals(List.of(guide.get(0).text()), shown, "what is said is handed back to be shown");
        assertEquals(List.of("1", "1"), sink.of(Cue.Kind.COUNT).stream().map(Cue::text).toList());
    }

    @Test
    void whatTheCoachExplainsIsHandedBackToBeShownWithTheSoundOff() {
        RecordingCues sink = new RecordingCues();
        Coach coach = new Coach(sink, 1);
        coach.toggleMute();
        coach.onFrame(List.of(rep(1, 3 * S)), 1, 12);
        Rep asPartial = new Rep(1, S, 2 * S, 3 * S, 4, 0.4, 0.5, 0.5, 0.5, java.util.Set.of(), true);
        List<String> shown = coach.onFrame(List.of(new ExerciseEvent.RepWithdrawn(6 * S, asPartial), rep(1, 6 * S)),
                1, 12, List.of(), 6 * S);
        assertTrue(sink.cues.isEmpty(), "muted: nothing said");
        assertEquals(List.of("The first one was not as deep as this: I count from this one."), shown);
    }

    @Test
    void countEveryZeroSpeaksOnlyAtTheTarget() {
        RecordingCues sink = new RecordingCues();
        Coach coach = new Coach(sink, 0);
        for (int n = 1; n <= 6; n++) {
            coach.onFrame(List.of(rep(n, n * S)), n, 6);
        }
        assertEquals(1, sink.of(Cue.Kind.COUNT).size());
    }

    @Test
    void formCuesAreRateLimitedOverallAndPerFault() {
        RecordingCues sink = new RecordingCues();
        Coach coach = new Coach(sink, 5);
        coach.onFrame(List.of(fault("head_up", 10 * S)), 0, 12);          // said
        coach.onFrame(List.of(fault("bent_elbows", 12 * S)), 0, 12);      // 2 s later: too soon after any cue
        coach.onFrame(List.of(fault("bent_elbows", 17 * S)), 0, 12);      // 7 s after the last cue: said
        coach.onFrame(List.of(fault("head_up", 25 * S)), 0, 12);          // 15 s after head_up was said: too soon
        coach.onFrame(List.of(fault("head_up", 31 * S)), 0, 12);          // 21 s after: said
        List<Cue> form = sink.of(Cue.Kind.FORM);
        assertEquals(List.of("cue for head_up@10", "cue for bent_elbows@17", "cue for head_up@31"),
                form.stream().map(c -> c.text() + "@" + c.timeMicros() / S).toList());
    }

    @Test
    void aNewSetStartsTheRateLimitsAfresh() {
        RecordingCues sink = new RecordingCues();
        Coach coach = new Coach(sink, 5);
        coach.onFrame(List.of(fault("head_up", 10 * S)), 0, 12);
        coach.newSet();
        coach.onFrame(List.of(fault("head_up", 1 * S)), 0, 12); // the new set's clock may start again
        assertEquals(2, sink.of(Cue.Kind.FORM).size());
    }

    @Test
    void aRuleTheViewDoesNotLetRepCamJudgeIsToldOnceASetWithHowToFilm() {
        RecordingCues sink = new RecordingCues();
        Coach coach = new Coach(sink, 5);
        List<com.repcam.exercise.NotChecked> elbows = List.of(com.repcam.exercise.NotChecked.filmedFrom(
                "bent_elbows", com.repcam.signal.ViewKind.OBLIQUE, java.util.Set.of(com.repcam.signal.ViewKind.SIDE)));
        coach.onFrame(List.of(fault("head_up", 10 * S)), 0, 12, elbows, 10 * S); // the fault's cue comes first
        for (long t = 11; t < 40; t++) {
            coach.onFrame(List.of(), 0, 12, elbows, t * S);
        }
        assertEquals(List.of("cue for head_up@10", "I cannot check bent elbows from here: film from the side.@16"),
                sink.of(Cue.Kind.FORM).stream().map(c -> c.text() + "@" + c.timeMicros() / S).toList());
        coach.newSet();
        coach.onFrame(List.of(), 0, 12, elbows, 2 * S);
        assertEquals(3, sink.of(Cue.Kind.FORM).size(), "told again in the next set");
    }

    @Test
    void mutedEmitsNothingAndUnmutingBringsCuesBack() {
        RecordingCues sink = new RecordingCues();
        Coach coach = new Coach(sink, 1);
        assertEquals(false, coach.toggleMute());
        coach.onFrame(List.of(rep(1, S), fault("head_up", S)), 1, 10);
        assertTrue(sink.cues.isEmpty());
        assertEquals(true, coach.toggleMute());
        coach.onFrame(List.of(rep(2, 9 * S)), 2, 10);
        assertEquals(2, sink.cues.size(), "tone and spoken count");
    }

    @Test
    void announcementsAreSpokenAsTheyComeUnlessMuted() {
        RecordingCues sink = new RecordingCues();
        Coach coach = new Coach(sink, 5);
        coach.onFrame(List.of(fault("head_up", 10 * S)), 0, 12);
        coach.announce("Set done: 5 reps. Rest 20 seconds.", 10 * S); // right after a form cue: still said
        coach.announce("Rest over.", 11 * S);
        assertEquals(List.of("Set done: 5 reps. Rest 20 seconds.", "Rest over."),
                sink.of(Cue.Kind.GUIDE).stream().map(Cue::text).toList());
        coach.toggleMute();
        coach.announce("Next: Quadruped Plus.", 12 * S);
        assertEquals(2, sink.of(Cue.Kind.GUIDE).size());
    }
}
