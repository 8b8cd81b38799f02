package com.repcam.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.exercise.DefinitionException;
import com.repcam.exercise.ExerciseCatalog;
import com.repcam.exercise.UnreadableDefinitionException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Programme files: a good one loads with its reps as each exercise's target; every mistake names its line. */
class ProgrammeLoaderTest {

    static final String UPPER_BACK = """
            name: Upper back, week 2
            note: Move slowly and stop if the pain spreads to your arm.
            exercises:
              - exercise: thoracic-extension
                sets: 2
                reps: 5
                rest_seconds: 30
                note: Breathe out as the chest sinks.
              - exercise: quadruped-plus
                sets: 2
                reps: 6
                rest_seconds: 20
            """;

    private static ExerciseCatalog catalog;

    @BeforeAll
    static void catalog() throws Exception {
        catalog = ExerciseCatalog.builtIn();
    }

    @Test
    void readsTheExercisesInOrderWithTheirDose() throws Exception {
        Programme p = ProgrammeLoader.parse("upper-back.yaml", UPPER_BACK, catalog);
        assertEquals("Upper back, week 2", p.name());
        assertEquals(2, p.steps().size());
        assertEquals(4, p.totalSets());
        ProgrammeStep first = p.steps().get(0);
        assertEquals("thoracic-extension", first.exercise().id());
        assertEquals(5, first.reps());
        assertEquals(5, first.exercise().prescribedReps(), "the programme's reps are the set's target");
        assertEquals(30.0, first.restSeconds());
        assertEquals("Breathe out as the chest sinks.", first.note());
        assertEquals("", p.steps().get(1).note());
    }

    @Test
    void anUnknownExerciseNamesTheKnownOnes() {
        ProgrammeException e = assertThrows(ProgrammeException.class, () -> ProgrammeLoader.parse("p.yaml",
                UPPER_BACK.replace("quadruped-plus", "quadruped-pluss"), catalog));
        assertTrue(e.getMessage().startsWith("p.yaml line 9, field exercises.1.exercise: unknown exercise "
                + "'quadruped-pluss' (known: thoracic-extension, quadruped-plus"), e.getMessage());
    }

    @Test
    void badNumbersAndUnknownFieldsAreNamedWithTheirLine() {
        assertMessage(UPPER_BACK.replace("sets: 2\n    reps: 5", "sets: two\n    reps: 5"),
                "p.yaml line 5, field exercises.0.sets: must be a whole number from 1 to 20, found 'two'");
        assertMessage(UPPER_BACK.replace("rest_seconds: 20", "rest_seconds: -5"),
                "p.yaml line 12, field exercises.1.rest_seconds: must be a number of seconds from 0 to 1800, found '-5'");
        assertMessage(UPPER_BACK.replace("rest_seconds: 20", "rest: 20"),
                "p.yaml line 12, field exercises.1.rest: unknown field (expected one of [exercise, note, reps, "
                        + "rest_seconds, sets])");
        assertMessage(UPPER_BACK.replace("    reps: 6\n", ""), "p.yaml line 9, field exercises.1.reps: is missing");
        assertMessage("name: empty\nexercises: []\n", "p.yaml line 2, field exercises: must list at least one "
                + "exercise ({exercise: ID, sets: N, reps: N, rest_seconds: S})");
        assertMessage("- just a list\n", "p.yaml line 1: a programme file is a YAML mapping (name:, note:, "
                + "exercises:)");
        assertMessage("name: [unclosed\n", "p.yaml line 1: not valid YAML");
    }

    @Test
    void aMissingFileSaysWhichPathToCheck(@TempDir Path dir) throws Exception {
        DefinitionException e = assertThrows(UnreadableDefinitionException.class,
                () -> ProgrammeLoader.load(dir.resolve("nope.yaml"), catalog));
        assertTrue(e.getMessage().contains("nope.yaml does not exist: check the path given to --programme"));
        Path binary = dir.resolve("bin.yaml");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        e = assertThrows(DefinitionException.class, () -> ProgrammeLoader.load(binary, catalog));
        assertTrue(e.getMessage().contains("is not a text file"), e.getMessage());
    }

    private static void assertMessage(String yaml, String expectedStart) {
        ProgrammeException e = assertThrows(ProgrammeException.class, () -> ProgrammeLoader.parse("p.yaml", yaml,
                catalog));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
