package com.repcam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: help, argument errors and input errors, with their exit codes. */
class RepCamCliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cli = RepCam.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"pose", "exercises", "bench"}) {
            Run r = run(command, "--help");
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(r.out().contains("Usage: repcam " + command), r.out());
        }
        Run root = run("--help");
        assertEquals(0, root.code());
        assertTrue(root.out().contains("pose") && root.out().contains("bench"), root.out());
    }

    @Test
    void exercisesListsBothSeedExercisesWithTheirViews() {
        Run r = run("exercises");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("thoracic-extension  (Upper Back Thoracic Extension, version 1)"), r.out());
        assertTrue(r.out().contains("quadruped-plus  (Quadruped Plus, version 1)"), r.out());
        assertTrue(r.out().contains("camera: side or oblique view"), r.out());
        assertTrue(r.out().contains("bent_elbows (side)"), r.out());
    }

    @Test
    void aBrokenExerciseFileStopsWithFileLineAndField() throws Exception {
        Path bad = dir.resolve("squat.yaml");
        Files.writeString(bad, com.repcam.exercise.DefinitionLoaderTest.ARM_RAISE.replace("wrist]}", "wirst]}"));
        Run r = run("exercises", "--exercise-file", bad.toString());
        assertEquals(ExitCodes.DEFINITION, r.code());
        assertTrue(r.err().contains(bad + " line 8, field signals.arm_lift.angle: unknown landmark 'wirst'"),
                r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("pose", "x.mp4", "--colour", "red");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("Unknown options: '--colour'"), r.err());
    }

    @Test
    void missingInputIsAnInputErrorWithoutAStackTrace() {
        Run r = run("pose", dir.resolve("nothing.mp4").toString());
        assertEquals(ExitCodes.INPUT, r.code());
        assertTrue(r.err().startsWith("repcam: Input "), r.err());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void missingModelsFolderIsAModelError() throws Exception {
        Path image = dir.resolve("a.png");
        Files.copy(com.repcam.testing.TestPaths.debianPhoto("messi5.jpg"), dir.resolve("a.jpg"));
        Run r = run("pose", dir.resolve("a.jpg").toString(), "--models-dir", dir.resolve("no-models").toString());
        assertEquals(ExitCodes.MODEL, r.code(), r.err());
        assertTrue(r.err().contains("manifest.json is missing"), r.err());
        assertFalse(Files.exists(image));
    }
}
