package com.repcam.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.repcam.cli.RepCam;
import com.repcam.testing.Chromium;
import com.repcam.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Sessions analysed from two samples (one of them again as if done the day before, and a cut-off folder), then
 * {@code repcam history} over them, opened in headless Chromium with no network: the cards, both exercises with
 * their three charts, a row per day and per session, the skipped folder named, and links that reach the reports. A
 * screenshot is kept in target/history-screenshot.png for a person to look at.
 */
class HistoryReportBrowserTest {

    @TempDir
    Path dir;

    @Test
    void progressReportOpensOfflineWithEveryExerciseDayAndSession() throws Exception {
        Path sessions = dir.resolve("sessions");
        Path te = analyze(sessions, "thoracic-extension_side-left_clean.mp4", "thoracic-extension");
        analyze(sessions, "quadruped-plus_side-right_clean.mp4", "quadruped-plus");
        ObjectMapper json = new ObjectMapper();
        int teReps = json.readTree(te.resolve("session.json").toFile()).path("summary").path("reps").asInt();
        // the same session as if done the day before, and a folder a run left unfinished
        Path yesterday = sessions.resolve("earlier_thoracic-extension");
        copy(te, yesterday);
        ObjectNode doc = (ObjectNode) json.readTree(yesterday.resolve("session.json").toFile());
        doc.put("created", Instant.parse(doc.path("created").asText()).minus(1, ChronoUnit.DAYS).toString());
        json.writeValue(yesterday.resolve("session.json").toFile(), doc);
        copy(te, sessions.resolve("cut-off_thoracic-extension.incomplete"));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "history", sessions.toString(), "--time-zone", "UTC"), err.toString());
        assertTrue(err.toString().contains("cut-off_thoracic-extension.incomplete: skipped"), err.toString());
        assertTrue(out.toString().contains("thoracic-extension: 2 sessions on 2 days, " + 2 * teReps + " reps"),
                out.toString());
        Path report = sessions.resolve("history.html");
        assertTrue(Files.size(report) > 100_000, "Chart.js is inlined");

        String dom = Chromium.open(report, dir, "--dump-dom");
        assertTrue(dom.contains("data-ready=\"1\""), "the report's script did not finish");
        assertTrue(dom.contains("data-charts=\"6\""), "expected three charts for each of two exercises");
        String rendered = dom.replaceAll("(?s)<script.*?</script>", "");
        Matcher card = Pattern.compile("id=\"history-sessions\"><div class=\"n\">(\\d+)</div>").matcher(rendered);
        assertTrue(card.find(), "sessions card missing");
        assertEquals(3, Integer.parseInt(card.group(1)));
        assertEquals(2, Chromium.count(rendered, "class=\"exercise\""));
        assertEquals(3, Chromium.count(rendered, "class=\"day-row\""), "two days of one exercise, one of the other");
        assertEquals(3, Chromium.count(rendered, "class=\"session-row\""));
        assertTrue(rendered.contains("<td>" + teReps + " / 25</td>"), "a day's reps against the prescription");
        assertTrue(rendered.contains("Left out of this report") && rendered.contains("not finished"),
                "the skipped folder is named");
        Matcher link = Pattern.compile("<a href=\"([^\"]+)\">report</a>").matcher(rendered);
        List<String> links = new ArrayList<>();
        while (link.find()) {
            links.add(link.group(1));
        }
        assertEquals(3, links.size());
        for (String l : links) {
            assertTrue(Files.exists(sessions.resolve(l)), "link " + l + " reaches a report");
        }
        assertFalse(rendered.contains("NaN"), "no number left undefined");

        Path shot = Path.of("target", "history-screenshot.png").toAbsolutePath();
        Chromium.open(report, dir, "--screenshot=" + shot, "--window-size=1280,1800");
        assertTrue(Files.size(shot) > 30_000, "screenshot too small to show the report");
    }

    @Test
    void aFolderWithoutSessionsSaysWhatToDoAndFails() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        StringWriter err = new StringWriter();
        assertEquals(3, run(new StringWriter(), err, "history", dir.resolve("empty").toString()));
        assertTrue(err.toString().contains("no saved session under"), err.toString());
        assertEquals(3, run(new StringWriter(), err, "history", dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("is not a folder"), err.toString());
    }

    private static Path analyze(Path out, String sample, String exercise) throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(0, run(new StringWriter(), err, "analyze", TestPaths.samples().resolve(sample).toString(),
                "--exercise", exercise, "--no-video", "--out", out.toString(), "--models-dir",
                TestPaths.models().toString()), err.toString());
        try (Stream<Path> dirs = Files.list(out)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith(sample.replace(".mp4", "_"))).findFirst()
                    .orElseThrow();
        }
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = RepCam.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
