package com.repcam.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repcam.cli.RepCam;
import com.repcam.testing.TestPaths;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/**
 * The live path for real: the test starts its own Xvfb, runs {@code repcam live --source SAMPLE --realtime} in a
 * separate JVM on that display (exactly as a user would, with the window, the pose model and the session files),
 * takes a screenshot of the screen while the recording plays, and checks that the window exists and that the large
 * count on it, read back with Tesseract OCR, is the count the session had drawn at that moment. The screenshot is
 * kept as target/live-window-screenshot.png for a person to look at. The session live saved is then compared with
 * {@code analyze} on the same video: same reps, starts and ends within one frame, same faults.
 *
 * <p>A second run presses real keys (xdotool): space pauses the recording and resumes it, r saves the set, n
 * drops an empty set and switches exercise, q ends and saves.
 *
 * <p>Needs Debian's xvfb, imagemagick, x11-utils, xdotool and tesseract-ocr (tools/setup.sh installs them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveWindowXvfbTest {

    private static final String SAMPLE = "thoracic-extension_side-left_clean.mp4";
    private static final String TITLE = "RepCam live: Upper Back Thoracic Extension";
    private static final Pattern TRACE = Pattern.compile("(\\d+) (-?\\d+) (\\d+) (\\d+) (\\S+)");

    private Path dir;
    private Process xvfb;
    private String display;
    private int liveExit;
    private String liveOut;
    private String windowTree;
    private Path screenshot;
    private long shotFrom;
    private long shotTo;
    private List<long[]> trace; // {millis, frame, count}

    @BeforeAll
    void runLiveUnderXvfb() throws Exception {
        for (String tool : List.of("Xvfb", "import", "convert", "tesseract", "xwininfo")) {
            assertTrue(onPath(tool), tool + " is missing: install xvfb, imagemagick, tesseract-ocr and x11-utils "
                    + "(tools/setup.sh does)");
        }
        dir = Files.createTempDirectory("repcam-live-test");
        // -displayfd 1: Xvfb picks a free display number and prints it on its standard output
        xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader xout = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8));
        String number = xout.readLine();
        assertTrue(number != null && number.trim().matches("\\d+"), "Xvfb did not start: " + number);
        display = ":" + number.trim();

        Path trace = dir.resolve("trace.txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-Dai.djl.offline=true",
                "-Drepcam.live.trace=" + trace, "-cp", System.getProperty("java.class.path"),
                RepCam.class.getName(), "live", "--exercise", "thoracic-extension",
                "--source", TestPaths.samples().resolve(SAMPLE).toString(), "--realtime", "--no-sound",
                "--out", dir.resolve("live").toString(), "--models-dir", TestPaths.models().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("live-output.txt").toFile());
        pb.environment().put("DISPLAY", display);
        pb.environment().put("OPENCV_LOG_LEVEL", "SILENT");
        Process live = pb.start();
        try {
            // wait until at least two reps are on the screen, then photograph it
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (maxCount(readTrace(trace)) < 2 && live.isAlive() && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            assertTrue(live.isAlive(), "live ended before two reps were shown: "
                    + Files.readString(dir.resolve("live-output.txt")));
            windowTree = run("xwininfo", "-display", display, "-root", "-tree");
            screenshot = dir.resolve("screen.png");
            shotFrom = System.currentTimeMillis();
            run("import", "-display", display, "-window", "root", screenshot.toString());
            shotTo = System.currentTimeMillis();
            Path kept = Path.of("target", "live-window-screenshot.png");
            Files.createDirectories(kept.getParent());
            Files.copy(screenshot, kept, StandardCopyOption.REPLACE_EXISTING);
            assertTrue(live.waitFor(120, TimeUnit.SECONDS), "live did not end with the recording");
            liveExit = live.exitValue();
        } finally {
            live.destroyForcibly();
        }
        liveOut = Files.readString(dir.resolve("live-output.txt"));
        System.out.println("LiveWindowXvfbTest: repcam live said:\n" + liveOut);
        this.trace = readTrace(trace);
    }

    @AfterAll
    void stopXvfbAndCleanUp() throws Exception {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void windowShowsTheCountThatWasDrawnAtThatMoment() throws Exception {
        assertEquals(0, liveExit, liveOut);
        assertTrue(windowTree.contains(TITLE), "no live window on " + display + ":\n" + windowTree);

        BufferedImage shot = ImageIO.read(screenshot.toFile());
        int[] at = windowOrigin(windowTree);
        // the count's dark box: its top rows hold no glyph, so the box's width can be read off one row
        int x0 = at[0] + 12;
        int y0 = at[1] + 16;
        int row = y0 + 2;
        assertTrue(dark(shot.getRGB(x0 + 2, row)), "no count box at the top left of the window");
        int x1 = x0 + 2;
        while (x1 < shot.getWidth() - 1 && dark(shot.getRGB(x1 + 1, row))) {
            x1++;
        }
        int y1 = at[1] + 100;
        Set<Integer> drawn = trace.stream().filter(t -> t[0] >= shotFrom - 400 && t[0] <= shotTo + 100)
                .map(t -> (int) t[2]).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(drawn.isEmpty(), "the trace has nothing drawn around the screenshot");
        List<String> reads = new ArrayList<>();
        boolean matched = false;
        for (int percent : new int[] {25, 30}) {
            String read = ocrDigits(x0, y0, x1, y1, percent);
            reads.add(read);
            if (read.matches("\\d+") && drawn.contains(Integer.parseInt(read))) {
                matched = true;
                break;
            }
        }
        assertTrue(matched, "OCR read " + reads + " in the count box, but the window drew " + drawn
                + " then; screenshot: target/live-window-screenshot.png");
        assertTrue(Integer.parseInt(reads.get(reads.size() - 1)) >= 1, "the screenshot was meant to show reps");
        String target = ocr(x1 + 4, at[1] + 48, x1 + 140, y1 + 4, 50, "0123456789/");
        assertTrue(target.replace(" ", "").contains("25"), "the target (/ 25) was not read: '" + target + "'");
    }

    @Test
    void savedSessionEqualsAnalyzeOfTheSameVideoWithinOneFrame() throws Exception {
        assertEquals(0, liveExit, liveOut);
        Matcher dropped = Pattern.compile("(\\d+) dropped").matcher(liveOut);
        assertTrue(dropped.find(), liveOut);
        JsonNode live = sessionJson(dir.resolve("live"));
        for (String f : List.of("session.json", "reps.csv", "report.html", "poses.jsonl", "annotated.mp4")) {
            assertTrue(Files.size(sessionDir(dir.resolve("live")).resolve(f)) > 0, f);
        }
        CommandLine cli = RepCam.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int code = cli.execute("analyze", TestPaths.samples().resolve(SAMPLE).toString(), "--exercise",
                "thoracic-extension", "--out", dir.resolve("analyze").toString(), "--no-video", "--threads", "1",
                "--models-dir",
                TestPaths.models().toString());
        assertEquals(0, code, err.toString());
        JsonNode analyzed = sessionJson(dir.resolve("analyze"));

        double frame = 1.0 / analyzed.path("input").path("frame_rate").asDouble();
        // Live drops frames when the machine cannot keep up (on a shared machine it sometimes cannot); an event
        // can then only be seen up to the longest run of frames live did not see. With no frame dropped, the
        // tolerance is exactly one frame.
        long gap = longestGap(sessionDir(dir.resolve("live")).resolve("poses.jsonl"));
        double tolerance = frame * gap + 0.0011; // session.json rounds times to the millisecond
        String context = " (live dropped " + dropped.group(1) + " frames, at most " + (gap - 1)
                + " in a row; tolerance " + Math.round(tolerance * 1000) + " ms)";
        System.out.println("LiveWindowXvfbTest: comparing with analyze" + context);
        assertEquals(live.path("input").path("frames_analysed").asLong() + Long.parseLong(dropped.group(1)),
                analyzed.path("input").path("frames_analysed").asLong(), "every frame analysed or dropped");
        assertEquals(analyzed.path("summary").path("reps").asInt(), live.path("summary").path("reps").asInt(),
                "reps" + context);
        assertTrue(analyzed.path("summary").path("reps").asInt() >= 5, "the sample has six reps");
        assertEquals(analyzed.path("summary").path("partial_reps").asInt(),
                live.path("summary").path("partial_reps").asInt(), "partial reps" + context);
        assertEquals(analyzed.path("summary").path("faults_by_kind"), live.path("summary").path("faults_by_kind"),
                "faults" + context);
        for (String list : List.of("reps", "partial_reps")) {
            for (int i = 0; i < analyzed.path(list).size(); i++) {
                JsonNode a = analyzed.path(list).get(i);
                JsonNode l = live.path(list).get(i);
                for (String t : List.of("start_s", "end_s")) {
                    assertEquals(a.path(t).asDouble(), l.path(t).asDouble(), tolerance,
                            list + " " + (i + 1) + " " + t + context);
                }
                assertEquals(a.path("faults"), l.path("faults"), list + " " + (i + 1) + " faults" + context);
            }
        }
        assertEquals(analyzed.path("input").path("file").asText(), live.path("input").path("file").asText());
        assertEquals(analyzed.path("exercise"), live.path("exercise"));
    }

    @Test
    void withoutADisplayLiveSaysWhatToDoAndExitsWith10() throws Exception {
        // no DISPLAY at all, and a DISPLAY naming a server that is not there
        for (String value : new String[] {null, ":" + (Integer.parseInt(display.substring(1)) + 37)}) {
            List<String> cmd = List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                    System.getProperty("java.class.path"), RepCam.class.getName(), "live", "--exercise",
                    "thoracic-extension", "--source", TestPaths.samples().resolve(SAMPLE).toString(), "--realtime",
                    "--out", dir.resolve("no-display").toString());
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().remove("DISPLAY");
            if (value != null) {
                pb.environment().put("DISPLAY", value);
            }
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(10, p.exitValue(), output);
            assertTrue(output.contains("needs a screen") && output.contains("repcam analyze"), output);
            assertTrue(output.contains(value == null ? "DISPLAY is not set" : "cannot be opened"), output);
        }
        assertFalse(Files.exists(dir.resolve("no-display")) && Files.list(dir.resolve("no-display")).findAny()
                .isPresent(), "no session folder without a window");
    }

    @Test
    void realKeysPauseResetSwitchAndQuitAndEverySetThatCountedIsSaved() throws Exception {
        assertTrue(onPath("xdotool"), "xdotool is missing: install it (tools/setup.sh does)");
        Path trace = dir.resolve("trace-keys.txt");
        Path out = dir.resolve("keys");
        List<String> cmd = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g",
                "-Dai.djl.offline=true", "-Drepcam.live.trace=" + trace, "-cp", System.getProperty("java.class.path"),
                RepCam.class.getName(), "live", "--exercise", "thoracic-extension", "--source",
                TestPaths.samples().resolve(SAMPLE).toString(), "--realtime", "--no-sound", "--no-video",
                "--model", "lite", "--out", out.toString(), "--models-dir", TestPaths.models().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("keys-output.txt").toFile());
        pb.environment().put("DISPLAY", display);
        Process live = pb.start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (maxCount(readTrace(trace)) < 1 && live.isAlive() && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            assertTrue(live.isAlive(), Files.readString(dir.resolve("keys-output.txt")));
            run("xdotool", "mousemove", "--sync", "200", "300", "click", "1"); // focus the window (no window manager)
            Thread.sleep(300);
            key("space");
            Thread.sleep(400);
            long pausedAt = maxFrame(readTrace(trace));
            Thread.sleep(1200);
            long stillAt = maxFrame(readTrace(trace));
            key("space");
            Thread.sleep(600);
            long resumedAt = maxFrame(readTrace(trace));
            assertEquals(pausedAt, stillAt, "frames went on during the pause");
            assertTrue(resumedAt > stillAt, "frames did not come back after the pause");
            key("r");      // the set so far (at least one rep) is saved
            Thread.sleep(1000);
            key("n");      // a set with no rep in one second: dropped; now quadruped plus
            Thread.sleep(1000);
            key("q");      // the last set is saved
            assertTrue(live.waitFor(60, TimeUnit.SECONDS), "q did not end the session");
        } finally {
            live.destroyForcibly();
        }
        String said = Files.readString(dir.resolve("keys-output.txt"));
        assertEquals(0, live.exitValue(), said);
        assertTrue(said.matches("(?s).*thoracic-extension: [1-9]\\d* reps? \\(25 prescribed\\).*"), said);
        assertTrue(said.contains("thoracic-extension: nothing counted in this set: not saved"), said);
        assertTrue(said.contains("quadruped-plus: 0 reps (30 prescribed)"), said);
        assertTrue(said.contains("live: ended;"), said);
        try (var dirs = Files.list(out)) {
            List<String> names = dirs.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.get(0).contains("_quadruped-plus_") && names.get(1).contains("_thoracic-extension_"),
                    names.toString());
            for (String n : names) {
                assertTrue(Files.size(out.resolve(n).resolve("session.json")) > 0, n);
                assertTrue(Files.size(out.resolve(n).resolve("report.html")) > 0, n);
            }
        }
    }

    @Test
    void terminatingTheProcessSavesTheSessionSoFar() throws Exception {
        // SIGTERM runs the same shutdown hook as Ctrl-C (SIGINT), which the test cannot send reliably to a child
        Path trace = dir.resolve("trace-term.txt");
        Path out = dir.resolve("term");
        List<String> cmd = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx1g",
                "-Dai.djl.offline=true", "-Drepcam.live.trace=" + trace, "-cp", System.getProperty("java.class.path"),
                RepCam.class.getName(), "live", "--exercise", "thoracic-extension", "--source",
                TestPaths.samples().resolve(SAMPLE).toString(), "--realtime", "--no-sound", "--no-video",
                "--model", "lite", "--out", out.toString(), "--models-dir", TestPaths.models().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("term-output.txt").toFile());
        pb.environment().put("DISPLAY", display);
        Process live = pb.start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (maxCount(readTrace(trace)) < 1 && live.isAlive() && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            assertTrue(live.isAlive(), Files.readString(dir.resolve("term-output.txt")));
            live.destroy();
            assertTrue(live.waitFor(60, TimeUnit.SECONDS), "did not end on SIGTERM");
        } finally {
            live.destroyForcibly();
        }
        String said = Files.readString(dir.resolve("term-output.txt"));
        assertEquals(143, live.exitValue(), said);
        assertTrue(said.contains("live: interrupted;"), said);
        Matcher reps = Pattern.compile("thoracic-extension: (\\d+) reps? .* -> (\\S+)").matcher(said);
        assertTrue(reps.find(), said);
        assertTrue(Integer.parseInt(reps.group(1)) >= 1, said);
        JsonNode doc = new ObjectMapper().readTree(Path.of(reps.group(2)).resolve("session.json").toFile());
        assertEquals(Integer.parseInt(reps.group(1)), doc.path("summary").path("reps").asInt());
        assertTrue(Files.size(Path.of(reps.group(2)).resolve("report.html")) > 0);
    }

    /** The largest step between consecutive frame numbers in poses.jsonl: 1 when no frame was dropped. */
    private static long longestGap(Path posesJsonl) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long previous = -1;
        long gap = 1;
        for (String line : Files.readAllLines(posesJsonl)) {
            if (line.isBlank()) {
                continue;
            }
            long i = json.readTree(line).path("i").asLong();
            if (previous >= 0) {
                gap = Math.max(gap, i - previous);
            }
            previous = i;
        }
        return gap;
    }

    private void key(String name) throws Exception {
        run("xdotool", "key", name);
    }

    private static long maxFrame(List<long[]> trace) {
        return trace.stream().mapToLong(t -> t[1]).max().orElse(-1);
    }

    // --- helpers ---

    private String ocrDigits(int x0, int y0, int x1, int y1, int percent) throws Exception {
        return ocr(x0, y0, x1, y1, percent, "0123456789");
    }

    /** Crops the screenshot, makes it dark-on-light at a size Tesseract reads well, and reads one line. */
    private String ocr(int x0, int y0, int x1, int y1, int percent, String chars) throws Exception {
        Path crop = dir.resolve("crop-" + x0 + "-" + percent + ".png");
        run("convert", screenshot.toString(), "-crop", (x1 - x0) + "x" + (y1 - y0) + "+" + x0 + "+" + y0, "+repage",
                "-colorspace", "Gray", "-negate", "-resize", percent + "%", "-bordercolor", "white", "-border", "20",
                crop.toString());
        return run("tesseract", crop.toString(), "-", "--psm", "7", "-c", "tessedit_char_whitelist=" + chars)
                .trim();
    }

    private static boolean dark(int rgb) {
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        return r < 50 && g < 50 && b < 50;
    }

    /** Absolute position of the live window's top-left corner, from xwininfo's tree. */
    private static int[] windowOrigin(String tree) {
        for (String line : tree.split("\n")) {
            if (line.contains(TITLE)) {
                Matcher m = Pattern.compile("\\+(-?\\d+)\\+(-?\\d+)\\s*$").matcher(line.trim());
                if (m.find()) {
                    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
                }
            }
        }
        return new int[] {0, 0};
    }

    private static List<long[]> readTrace(Path trace) throws Exception {
        List<long[]> rows = new ArrayList<>();
        if (!Files.exists(trace)) {
            return rows;
        }
        for (String line : Files.readAllLines(trace)) {
            Matcher m = TRACE.matcher(line);
            if (m.matches()) {
                rows.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3))});
            }
        }
        return rows;
    }

    private static long maxCount(List<long[]> trace) {
        return trace.stream().mapToLong(t -> t[2]).max().orElse(-1);
    }

    private static Path sessionDir(Path out) throws Exception {
        try (var dirs = Files.list(out)) {
            List<Path> all = dirs.filter(Files::isDirectory).toList();
            assertEquals(1, all.size(), "one session folder in " + out + ": " + all);
            return all.get(0);
        }
    }

    private static JsonNode sessionJson(Path out) throws Exception {
        return new ObjectMapper().readTree(sessionDir(out).resolve("session.json").toFile());
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    private String run(String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
        pb.environment().put("DISPLAY", display == null ? "" : display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail(String.join(" ", cmd) + " failed: " + err);
        }
        return out;
    }
}
