package com.repcam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.repcam.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The eight upper-back samples flipped left-right (tools/render/clip-variant.sh: as a mirror or a selfie camera
 * shows the person, both exercises, facing either way), through {@code eval} with the real model: every clip
 * counted exactly, no fault raised on a rep that does not have it, and every bent elbow, hand forward and lifted
 * head found (the head lifted reads less mirrored: +13 deg against +31 on the quadruped's oblique sample). The
 * tucked chin, missed unmirrored too, is reported by the eval, not asserted here.
 */
class MirroredSamplesEndToEndTest {

    @TempDir
    static Path dir;

    private static EvalRun run;
    private static JsonNode result;
    private static String printed;

    @BeforeAll
    static void mirrorAndEvaluate() throws Exception {
        Path mirrored = Files.createDirectories(dir.resolve("mirrored"));
        try (var files = Files.list(TestPaths.samples())) {
            for (Path video : files.filter(f -> f.toString().endsWith(".mp4")).sorted().toList()) {
                String name = video.getFileName().toString().replace(".mp4", "");
                Process p = new ProcessBuilder("tools/render/clip-variant.sh", video.toString(),
                        mirrored.resolve(name + "-mirrored.mp4").toString(), "mirrored").redirectErrorStream(true)
                        .start();
                String output = new String(p.getInputStream().readAllBytes());
                assertEquals(0, p.waitFor(), output);
            }
        }
        run = EvalRun.of(mirrored, dir);
        result = run.result();
        printed = run.printed();
    }

    @Test
    void everyMirroredClipIsCountedExactly() {
        List<String> wrong = run.miscounts();
        assertEquals(8, result.path("clips").size(), printed);
        assertTrue(wrong.isEmpty(), wrong + "\n" + printed);
        assertTrue(result.path("per_picture").has("mirrored"), printed);
    }

    @Test
    void noFaultIsRaisedOnARepWithoutIt() {
        EvalRun.FaultCheck check = run.faults(clip -> true, EvalRun::falseAlarm);
        assertTrue(check.wrong().isEmpty(), check.wrong() + "\n" + printed);
        // two bent-elbow reps, one with the hands forward, three with the head up
        assertEquals(6, check.found(), "the mirrored bent elbows, hands forward and head-ups are found\n" + printed);
    }
}
