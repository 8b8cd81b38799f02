package com.repcam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.testing.TestPaths;
import com.repcam.testing.TestVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --programme} on the command line: bad programme files, bad combinations and a video with no set in it. */
class ProgrammeCommandTest {

    @TempDir
    Path dir;

    private RepCamCliTest.Run analyze(String... args) {
        String[] fixed = {"analyze", "--models-dir", TestPaths.models().toString(), "--out",
            dir.resolve("sessions").toString()};
        String[] all = java.util.Arrays.copyOf(fixed, fixed.length + args.length);
        System.arraycopy(args, 0, all, fixed.length, args.length);
        return RepCamCliTest.run(all);
    }

    private static void assertClean(RepCamCliTest.Run r) {
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void aMistakeInTheProgrammeIsNamedBeforeAnythingIsAnalysed() throws Exception {
        Path programme = dir.resolve("week1.yaml");
        Files.writeString(programme, "name: Week 1\nexercises:\n  - {exercise: thoracic-extension, sets: 2, "
                + "reps: many}\n");
        RepCamCliTest.Run r = analyze(TestPaths.samples().resolve("thoracic-extension_side-left_clean.mp4")
                .toString(), "--programme", programme.toString());
        assertEquals(ExitCodes.DEFINITION, r.code(), r.err());
        assertTrue(r.err().contains(programme + " line 3, field exercises.0.reps: must be a whole number from 1 to "
                + "200, found 'many'"), r.err());
        assertClean(r);
        assertFalse(Files.exists(dir.resolve("sessions")), "nothing written");
    }

    @Test
    void aMissingProgrammeFileIsAnInputError() {
        Path missing = dir.resolve("nope.yaml");
        RepCamCliTest.Run r = analyze("x.mp4", "--programme", missing.toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.err());
        assertTrue(r.err().contains("Programme file " + missing + " does not exist: check the path given to "
                + "--programme."), r.err());
        assertClean(r);
    }

    @Test
    void exerciseAndProgrammeAreOneOrTheOther() throws Exception {
        Path programme = dir.resolve("p.yaml");
        Files.writeString(programme, "name: P\nexercises:\n  - {exercise: quadruped-plus, sets: 1, reps: 3}\n");
        RepCamCliTest.Run both = analyze("x.mp4", "--programme", programme.toString(), "--exercise",
                "quadruped-plus");
        assertEquals(ExitCodes.USAGE, both.code(), both.err());
        assertTrue(both.err().contains("give --exercise ID (or any) or --programme FILE, not both"), both.err());
        RepCamCliTest.Run neither = analyze("x.mp4");
        assertEquals(ExitCodes.USAGE, neither.code(), neither.err());
        assertTrue(neither.err().contains("not neither"), neither.err());
    }

    @Test
    void aVideoWithNoSetOfTheProgrammeSaysSoWithItsOwnExitCode() throws Exception {
        Path programme = dir.resolve("p.yaml");
        Files.writeString(programme, "name: P\nexercises:\n  - {exercise: quadruped-plus, sets: 1, reps: 3}\n");
        Path empty = dir.resolve("empty-room.mp4");
        TestVideos.write(empty, 45, 15, 320, 240);
        RepCamCliTest.Run r = analyze(empty.toString(), "--programme", programme.toString(), "--no-video");
        assertEquals(ExitCodes.NOT_COUNTABLE, r.code(), r.err());
        assertTrue(r.err().contains(empty + ": no set of the programme 'P' was counted"), r.err());
        assertClean(r);
    }

    @Test
    void aRoutineCutShortKeepsTheSetsItHoldsAndSaysItWasIncomplete() throws Exception {
        Path cut = dir.resolve("routine-cut.mp4");
        byte[] whole = Files.readAllBytes(Path.of("samples/routine/upper-back.mp4"));
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        RepCamCliTest.Run r = analyze(cut.toString(), "--programme", "samples/routine/upper-back.programme.yaml",
                "--no-video");
        assertEquals(ExitCodes.INCOMPLETE_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("the file looks truncated"), r.err());
        assertTrue(r.out().contains("thoracic-extension: 5 reps (5 prescribed)"), r.out());
        assertClean(r);
    }
}
