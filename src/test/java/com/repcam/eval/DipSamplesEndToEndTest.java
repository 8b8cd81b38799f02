package com.repcam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repcam.cli.RepCam;
import com.repcam.testing.Chromium;
import com.repcam.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Quadruped Plus clips in which the person, once still in the start position, first dips the chest (against the
 * rep's direction: "push up, then dip down"), holds, and comes back before the first push (samples/dips, rendered
 * with tools/render's {@code dips}). Taken at first for a rep counting began during, the dip used to leave the start
 * position at its bottom, and every push from the real start position ran into one rep that never ended (1 of 4
 * counted on the side-on clip); a first push with bent elbows, whose way back goes on past the start, kept the dip
 * counted (3 of 4 and a false fault). The same folder holds a thoracic extension whose chest is first lifted above
 * the start. Through {@code eval} and {@code analyze} with the real model.
 */
class DipSamplesEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void everyDipClipIsCountedExactlyWithEveryFaultFoundAndNoFalseOne() throws Exception {
        Path dips = TestPaths.samples().resolve("dips");
        EvalRun.assertTruthFollowsFromParameters(dips);
        EvalRun run = EvalRun.of(dips, dir);
        assertEquals(5, run.result().path("clips").size(), run.printed());
        assertTrue(run.miscounts().isEmpty(), run.miscounts() + "\n" + run.printed());
        // the push with bent elbows right after the dip: its way back went on past the start, the dip stayed
        // counted, and the rep was judged against the dip's bottom (3 of 4, a false bent-elbows fault)
        // the thoracic extension's lift: its neck line read as the head up, given to the first rep, which was
        // counted from the top of the lift
        EvalRun.FaultCheck faults = run.faults(c -> true, EvalRun::falseOrMissed);
        assertTrue(faults.wrong().isEmpty(), faults.wrong() + "\n" + run.printed());
        assertEquals(2, faults.found(), "its bent elbows and the next push's head up: " + run.printed());
    }

    @Test
    void theDipIsTakenBackAndThePushesCountedFromTheStartPosition() throws Exception {
        Path clip = TestPaths.samples().resolve("dips/quadruped-plus_side-right_dip-first.mp4");
        CommandLine cli = RepCam.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute("analyze", clip.toString(), "--exercise", "quadruped-plus", "--no-video", "--out",
                dir.toString(), "--models-dir", TestPaths.models().toString()), err.toString());
        Path session;
        try (var dirs = Files.list(dir)) {
            session = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        JsonNode doc = new ObjectMapper().readTree(session.resolve("session.json").toFile());
        List<JsonNode> taken = new ArrayList<>();
        doc.path("events").forEach(e -> {
            if (e.path("type").asText().equals("rep_uncounted")) {
                taken.add(e);
            }
        });
        assertEquals(1, taken.size(), doc.path("events").toString());
        // the dip: 2.0-3.8 s in the truth (held at its bottom from 2.5 to 3.3)
        assertTrue(taken.get(0).path("start_s").asDouble() < 2.5, taken.get(0).toString());
        JsonNode reps = doc.path("reps");
        assertEquals(4, reps.size(), reps.toString());
        for (JsonNode r : reps) {
            assertTrue(r.path("start_seen").asBoolean(), r.toString());
        }
        assertTrue(reps.get(0).path("start_s").asDouble() >= 3.8, "the first push, from 4.2 s in the truth: " + reps);
        assertTrue(reps.get(1).path("start_s").asDouble() > reps.get(0).path("end_s").asDouble() + 0.2,
                "the second push sets out after the 0.4-s rest that follows the first (6.36 -> 6.76 s): " + reps);
        assertEquals(0, doc.path("partial_reps").size(), "the dip is not a partial rep either: " + doc.path(
                "partial_reps"));
        // the report says so, once, over the movement chart (headless Chromium)
        String rendered = Chromium.open(session.resolve("report.html"), dir, "--dump-dom")
                .replaceAll("(?s)<script.*?</script>", "");
        assertEquals(1, Chromium.count(rendered, "Not a rep: the move that ended at "), rendered);
        assertTrue(rendered.contains("amber bands moves that were not reps"), rendered);
    }
}
