package com.repcam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.live.LiveConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code repcam live} on the command line: help, option errors, and what the options turn into. */
class LiveCommandTest {

    private static LiveConfig parse(String... args) throws Exception {
        LiveCommand command = new LiveCommand();
        CommandLine cli = new CommandLine(command);
        cli.parseArgs(args);
        return command.config();
    }

    @Test
    void helpListsTheKeysAndTheCommandIsRegistered() {
        for (String c : new String[] {"live", "bench-live"}) {
            RepCamCliTest.Run r = RepCamCliTest.run(c, "--help");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("Usage: repcam " + c), r.out());
        }
        RepCamCliTest.Run r = RepCamCliTest.run("live", "--help");
        assertTrue(r.out().contains("space pause/resume, r reset the set, n/p next/previous exercise"), r.out());
    }

    @Test
    void optionMistakesAreUsageErrors() {
        RepCamCliTest.Run r = RepCamCliTest.run("live", "--exercise", "thoracic-extension", "--realtime");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--realtime needs --source VIDEO"), r.err());
        r = RepCamCliTest.run("live", "--exercise", "thoracic-extension", "--camera-size", "big");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--camera-size wants WIDTHxHEIGHT"), r.err());
        r = RepCamCliTest.run("live");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--exercise"), r.err());
    }

    @Test
    void cameraNumbersBecomeDevicesAndLiveDefaultsToOneThread() throws Exception {
        LiveConfig c = parse("--exercise", "quadruped-plus", "--camera", "2", "--camera-size", "1280x720");
        assertEquals("/dev/video2", c.camera());
        assertEquals(1280, c.cameraWidth());
        assertEquals(720, c.cameraHeight());
        assertEquals("quadruped-plus", c.exercises().get(c.first()).id());
        assertEquals(1, c.pose().threads());
        assertTrue(c.sound() && c.mirror() && c.video() && !c.stats());
        assertEquals(5, c.countEvery());

        c = parse("--exercise", "thoracic-extension", "--camera", "/dev/video7", "--threads", "2", "--no-sound",
                "--no-mirror", "--no-video", "--stats", "--count-every", "10");
        assertEquals("/dev/video7", c.camera());
        assertEquals(2, c.pose().threads());
        assertTrue(!c.sound() && !c.mirror() && !c.video() && c.stats());
        assertEquals(10, c.countEvery());

        c = parse("--exercise", "thoracic-extension", "--source", "clip.mp4", "--realtime");
        assertEquals(null, c.camera());
        assertEquals(Path.of("clip.mp4"), c.recording());
        assertTrue(c.realtime());
    }
}
