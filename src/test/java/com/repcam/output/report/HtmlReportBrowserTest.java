package com.repcam.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code analyze} on a rendered sample, then the report opened from disk in Debian's headless Chromium with every
 * network request made to fail: the summary numbers and the three charts must be there. A screenshot is kept in
 * target/report-screenshot.png for a person to look at.
 */
class HtmlReportBrowserTest {

    @TempDir
    Path dir;

    @Test
    void reportOpensOfflineWithSummaryAndCharts() throws Exception {
        Path sample = TestPaths.samples().resolve("thoracic-extension_side-left_clean.mp4");
        Path session = analyze(0, dir.resolve("clean"), sample.toString(), "--exercise", "thoracic-extension");
        for (String f : List.of("session.json", "reps.csv", "report.html", "annotated.mp4", "poses.jsonl")) {
            assertTrue(Files.size(session.resolve(f)) > 0, f);
        }
        JsonNode doc = new ObjectMapper().readTree(session.resolve("session.json").toFile());
        int reps = doc.path("summary").path("reps").asInt();
        assertEquals(reps, doc.path("reps").size());
        assertEquals(reps + doc.path("partial_reps").size() + 1,
                Files.readAllLines(session.resolve("reps.csv")).size(), "reps.csv: a header and one row per rep");

        String dom = chromium(session.resolve("report.html"), "--dump-dom");
        assertTrue(dom.contains("data-ready=\"1\""), "the report's script did not finish");
        assertTrue(dom.contains("data-charts=\"3\""), "expected three charts");
        Matcher card = Pattern.compile("id=\"summary-reps\"><div class=\"n\">(\\d+) / (\\d+)</div>").matcher(dom);
        assertTrue(card.find(), "summary card missing");
        assertEquals(reps, Integer.parseInt(card.group(1)));
        assertEquals(25, Integer.parseInt(card.group(2)));
        // count rendered elements only: the dumped page also holds the report's script text
        String rendered = dom.replaceAll("(?s)<script.*?</script>", "");
        assertEquals(reps + doc.path("partial_reps").size(), count(rendered, "class=\"rep-row\""));
        assertEquals(reps + doc.path("partial_reps").size(), count(rendered, "class=\"still\""));

        assertTrue(rendered.contains("<div id=\"warnings\" hidden=\"\">"), "no warning box on a clean session");

        Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        chromium(session.resolve("report.html"), "--screenshot=" + shot, "--window-size=1280,2400");
        assertTrue(Files.size(shot) > 50_000, "screenshot too small to show the report");
    }

    @Test
    void aSessionThatCouldNotBeCountedSaysSoAtTheTopAndPraisesNoForm() throws Exception {
        Path turned = dir.resolve("turned.mp4");
        com.repcam.testing.Ffmpeg.run("-i", TestPaths.samples().resolve("quadruped-plus_side-right_clean.mp4").toString(),
                "-vf", "transpose=2", turned.toString());
        Path session = analyze(11, dir.resolve("sessions"), turned.toString(), "--exercise", "quadruped-plus",
                "--model", "lite", "--no-video");
        String rendered = chromium(session.resolve("report.html"), "--dump-dom")
                .replaceAll("(?s)<script.*?</script>", "");
        Matcher box = Pattern.compile("<div id=\"warnings\">(.*?)</div>").matcher(rendered);
        assertTrue(box.find(), "a visible warning box: " + rendered);
        assertTrue(box.group(1).contains("This session could not be counted or checked reliably"), box.group(1));
        assertTrue(box.group(1).contains("looks turned on its side"), box.group(1));
        assertFalse(rendered.contains("No form faults"), "no praise for form that was not checked");
        assertTrue(rendered.contains("Form was not checked reliably in this session"), rendered);
    }

    /**
     * An oblique Quadruped Plus with a bent-elbows rule for the side view only: it cannot be judged from there, so
     * no rep may be called "good"; each says which rule was not checked and how to film instead, in session.json,
     * reps.csv and the report.
     */
    @Test
    void rulesNotCheckedFromTheViewAreSaidPerRepNeverGood() throws Exception {
        Path sample = TestPaths.samples().resolve("quadruped-plus_oblique_hands-forward_head-up.mp4");
        // the built-in bent-elbows rules (the elbow's angle, the chest's dip) are judged obliquely too; here both
        // are for the side view only
        String builtIn = Files.readString(Path.of("src/main/resources/exercises/quadruped-plus.yaml"));
        String sideOnly = builtIn.replace("views: [side, oblique] # elbow straightness", "views: [side] # elbow")
                .replace("views: [side, oblique] # the chest's dip", "views: [side] # the chest's dip");
        assertEquals(2, sideOnly.split("views: \\[side\\] #", -1).length - 1,
                "the two bent-elbows rules' views were not found");
        Path definition = Files.writeString(dir.resolve("quadruped-plus.yaml"), sideOnly);
        Path session = analyze(0, dir.resolve("oblique"), sample.toString(), "--exercise", "quadruped-plus",
                "--exercise-file", definition.toString(), "--no-video");
        JsonNode doc = new ObjectMapper().readTree(session.resolve("session.json").toFile());
        assertEquals(6, doc.path("reps").size());
        for (JsonNode rep : doc.path("reps")) {
            assertEquals("bent_elbows", rep.path("not_checked").path(0).path("fault").asText(), rep.toString());
            assertEquals("filmed obliquely", rep.path("not_checked").path(0).path("why").asText());
            assertEquals("film from the side", rep.path("not_checked").path(0).path("fix").asText());
        }
        List<String> csv = Files.readAllLines(session.resolve("reps.csv"));
        assertTrue(csv.get(0).endsWith(",not_checked,start_seen"), csv.get(0));
        assertTrue(csv.get(1).endsWith(",\"bent_elbows (filmed obliquely; film from the side)\",true"), csv.get(1));

        String rendered = chromium(session.resolve("report.html"), "--dump-dom")
                .replaceAll("(?s)<script.*?</script>", "");
        assertFalse(rendered.contains(">good<"), "no rep is called good with a rule unchecked");
        assertEquals(6, count(rendered, "Bent elbows not checked: filmed obliquely; film from the side"));
        assertTrue(rendered.contains("was not checked in 6 reps: filmed obliquely; film from the side."), rendered);
        assertFalse(rendered.contains("No form faults: keep it up"));
    }

    /**
     * A recording that begins near the top of a Quadruped Plus rep, held there 1.5 s (the sample from just before its
     * second rep's highest point, that first frame repeated): counting begins there, so little more than the rep's way
     * back is seen of it. It is
     * counted (7 reps, the sample's last seven), said to have begun before counting in session.json, reps.csv and the
     * report, and its form is said not checked, never good.
     */
    @Test
    void aRepCountingBeganDuringIsCountedAndSaidToBeSeenOnlyFromThere() throws Exception {
        Path clip = dir.resolve("begins-mid-rep.mp4");
        com.repcam.testing.Ffmpeg.run("-ss", "5.5", "-i",
                TestPaths.samples().resolve("quadruped-plus_side-right_clean.mp4").toString(),
                "-vf", "tpad=start_mode=clone:start_duration=1.5", "-c:v", "libx264", "-pix_fmt", "yuv420p",
                clip.toString());
        Path session = analyze(0, dir.resolve("mid-rep"), clip.toString(), "--exercise", "quadruped-plus",
                "--no-video");
        JsonNode doc = new ObjectMapper().readTree(session.resolve("session.json").toFile());
        assertEquals(7, doc.path("summary").path("reps").asInt(), doc.path("reps").toString());
        JsonNode first = doc.path("reps").path(0);
        assertFalse(first.path("start_seen").asBoolean(true), first.toString());
        assertTrue(first.path("going_s").isNull() && first.path("hold_s").isNull(), first.toString());
        assertEquals(doc.path("exercise").path("form_rules").size(), first.path("not_checked").size(),
                "every rule of the exercise: " + first);
        for (JsonNode n : first.path("not_checked")) {
            assertEquals("counting began during this rep", n.path("why").asText(), first.toString());
        }
        for (int i = 1; i < 7; i++) {
            assertTrue(doc.path("reps").path(i).path("start_seen").asBoolean(), doc.path("reps").path(i).toString());
        }
        List<String> csv = Files.readAllLines(session.resolve("reps.csv"));
        assertTrue(csv.get(1).endsWith(",false") && csv.get(1).contains(",deg,"), csv.get(1));
        assertTrue(csv.get(2).endsWith(",true"), csv.get(2));

        String rendered = chromium(session.resolve("report.html"), "--dump-dom")
                .replaceAll("(?s)<script.*?</script>", "");
        assertEquals(1, count(rendered, "counting began during this rep: its start was not seen"), rendered);
        assertEquals(1, count(rendered, "form not checked: counting began during this rep; hold the start position"),
                rendered);
        assertTrue(rendered.contains("were not checked in 1 rep: counting began during this rep"), rendered);
        assertEquals(6, count(rendered, ">good<"), "the six reps seen whole, and not the first");
    }

    /** Runs {@code analyze VIDEO ARGS...} into {@code out}, expects the exit code, returns the session folder. */
    private static Path analyze(int expectedCode, Path out, String... args) throws Exception {
        CommandLine cli = RepCam.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        List<String> all = new java.util.ArrayList<>(List.of("analyze"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString(), "--models-dir", TestPaths.models().toString()));
        assertEquals(expectedCode, cli.execute(all.toArray(String[]::new)), err.toString());
        try (var dirs = Files.list(out)) {
            return dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    private static int count(String text, String needle) {
        return Chromium.count(text, needle);
    }

    private String chromium(Path page, String... extra) throws Exception {
        return Chromium.open(page, dir, extra);
    }
}
