package com.repcam.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.exercise.ExerciseCatalog;
import com.repcam.exercise.PostureSpec.Verdict;
import com.repcam.programme.ProgrammeDirector.Announce;
import com.repcam.programme.ProgrammeDirector.EndReason;
import com.repcam.programme.ProgrammeDirector.EndSet;
import com.repcam.programme.ProgrammeDirector.FrameFacts;
import com.repcam.programme.ProgrammeDirector.Instruction;
import com.repcam.programme.ProgrammeDirector.Stage;
import com.repcam.programme.ProgrammeDirector.StartSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The programme's state machine on frame facts: sets open, end at the target or when the person leaves, rest,
 * switching to the exercise the person actually took up, and the end of the programme. No pixels, no keys.
 */
class ProgrammeDirectorTest {

    private static final String TE = "thoracic-extension";
    private static final String QP = "quadruped-plus";

    private ProgrammeDirector director;
    private final List<Instruction> said = new ArrayList<>();
    /** The open set, as the one running the sets keeps it. */
    private int openStep;
    private int openSet;
    private int count;
    private long micros;
    private final List<String> saved = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Programme p = ProgrammeLoader.parse("p.yaml", ProgrammeLoaderTest.UPPER_BACK, ExerciseCatalog.builtIn());
        director = new ProgrammeDirector(p);
        apply(director.start());
    }

    @Test
    void runsTheWholeProgrammeWithRestsAndNoKeys() {
        assertEquals(List.of(0, 1), List.of(openStep, openSet));
        assertTrue(lastAnnouncement().contains("Upper back, week 2: 2 exercises, 4 sets. Move slowly and stop if the "
                + "pain spreads to your arm. First: Upper Back Thoracic Extension, set 1 of 2, 5 reps. Breathe out"),
                lastAnnouncement());
        walkIn(TE, 3);
        doReps(TE, 5);
        assertEquals(List.of("thoracic-extension set 1: 5 TARGET"), saved);
        assertEquals(Stage.RESTING, director.stage());
        assertTrue(lastAnnouncement().startsWith("Set done: 5 reps. Rest 30 seconds. Next: Upper Back Thoracic "
                + "Extension, set 2 of 2, 5 reps."), lastAnnouncement());
        assertEquals(List.of(0, 2), List.of(openStep, openSet));
        hold(TE, 10);
        assertTrue(director.statusLine().startsWith("Rest 0:2"), director.statusLine());
        standAround(25); // the rest runs out
        assertEquals(Stage.WAITING, director.stage());
        assertEquals("Rest over. Upper Back Thoracic Extension, set 2 of 2, 5 reps. Get into position.",
                lastAnnouncement());
        walkIn(TE, 2);
        doReps(TE, 3);
        standAround(3); // stood up after 3 of 5
        assertEquals("thoracic-extension set 2: 3 LEFT_POSITION", saved.get(1));
        assertEquals(List.of(1, 1), List.of(openStep, openSet));
        assertTrue(lastAnnouncement().contains("Next: Quadruped Plus, set 1 of 2, 6 reps."), lastAnnouncement());
        walkIn(QP, 2);
        doReps(QP, 6);
        walkIn(QP, 1);
        doReps(QP, 6);
        assertEquals(List.of("thoracic-extension set 1: 5 TARGET", "thoracic-extension set 2: 3 LEFT_POSITION",
                "quadruped-plus set 1: 6 TARGET", "quadruped-plus set 2: 6 TARGET"), saved);
        assertEquals(Stage.DONE, director.stage());
        assertEquals("Set done: 6 reps. That was the whole programme. Well done.", lastAnnouncement());
        assertEquals(4, director.log().size());
    }

    @Test
    void takingUpAnotherExercisesPositionOpensThatExercisesSet() {
        walkIn(QP, 2); // the programme starts with the thoracic extension; the person is on all fours
        assertEquals(List.of(1, 1), List.of(openStep, openSet));
        assertEquals("That is Quadruped Plus, set 1 of 2, 6 reps.", lastAnnouncement());
        assertEquals(List.of(), saved, "the thoracic set had counted nothing: dropped, not saved");
        doReps(QP, 6);
        // rest: the person moves to the chair before the rest is over; the rest was for another quadruped set
        walkIn(TE, 2);
        assertEquals(List.of(0, 1), List.of(openStep, openSet));
        doReps(TE, 5);
        assertEquals(List.of("quadruped-plus set 1: 6 TARGET", "thoracic-extension set 1: 5 TARGET"), saved);
    }

    @Test
    void stayingInTheFinishedExercisesPositionDoesNotStartAnExtraSetOfIt() {
        walkIn(TE, 2);
        doReps(TE, 5);
        walkIn(TE, 1);
        doReps(TE, 5); // both thoracic sets done; next is the quadruped
        assertEquals(List.of(1, 1), List.of(openStep, openSet));
        hold(TE, 5); // still kneeling at the chair
        assertEquals(List.of(1, 1), List.of(openStep, openSet));
    }

    @Test
    void aShortLossOfThePersonDoesNotEndTheSet() {
        walkIn(TE, 2);
        doReps(TE, 2);
        for (int i = 0; i < 20; i++) { // 1.3 s nobody (a landmark model's bad second): under the 2 s
            frame(false, Verdict.OUT, Set.of());
        }
        doReps(TE, 1);
        assertEquals(List.of(), saved);
        assertEquals(Stage.IN_SET, director.stage());
    }

    @Test
    void keysSkipAndRestart() {
        walkIn(TE, 2);
        doReps(TE, 2);
        apply(director.skip(+1));
        assertEquals(List.of("(ended SKIPPED)"), saved, "n saves the set that counted 2");
        assertEquals(List.of(1, 1), List.of(openStep, openSet));
        apply(director.skip(-1));
        assertEquals(List.of(0, 1), List.of(openStep, openSet), "the skipped set was not done");
        apply(director.skip(0));
        assertEquals(List.of(0, 1), List.of(openStep, openSet));
    }

    // ----- a person, in frame facts at 15 frames a second -----

    private void walkIn(String exercise, double seconds) {
        standAround(1);
        hold(exercise, seconds);
    }

    private void hold(String exercise, double seconds) {
        for (int i = 0; i < seconds * 15; i++) {
            frame(true, verdictFor(exercise), Set.of(exercise));
        }
    }

    private void doReps(String exercise, int n) {
        for (int r = 0; r < n; r++) {
            hold(exercise, 2);
            count++;
            hold(exercise, 0.1);
        }
    }

    private void standAround(double seconds) {
        for (int i = 0; i < seconds * 15; i++) {
            frame(true, Verdict.OUT, Set.of());
        }
    }

    private Verdict verdictFor(String exercise) {
        String open = director.programme().steps().get(openStep).exercise().id();
        return open.equals(exercise) ? Verdict.IN : Verdict.OUT;
    }

    private void frame(boolean person, Verdict posture, Set<String> recognised) {
        micros += 1_000_000 / 15;
        apply(director.onFrame(new FrameFacts(micros, person, posture, count, count > 0, recognised)));
    }

    private void apply(List<Instruction> instructions) {
        for (Instruction i : instructions) {
            said.add(i);
            if (i instanceof EndSet end) {
                if (count > 0) {
                    String id = director.programme().steps().get(openStep).exercise().id();
                    saved.add(end.reason() == EndReason.SKIPPED ? "(ended SKIPPED)"
                            : id + " set " + openSet + ": " + count + " " + end.reason());
                }
                count = 0;
            } else if (i instanceof StartSet s) {
                openStep = s.stepIndex();
                openSet = s.set();
                count = 0;
            }
        }
    }

    private String lastAnnouncement() {
        for (int i = said.size() - 1; i >= 0; i--) {
            if (said.get(i) instanceof Announce a) {
                return a.text();
            }
        }
        return "";
    }
}
