package com.repcam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repcam.testing.Ffmpeg;
import com.repcam.testing.TestPaths;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus: damaged, unusual and hostile inputs made from the bundled samples (with Debian's ffmpeg),
 * each run through {@code repcam analyze} as a user would. Every one must end in a message in the user's terms
 * (the file, what is wrong, what to do), the documented exit code, no stack trace and no FFmpeg or OpenCV
 * internals; refused inputs leave no session folder at all, and a session folder without {@code .incomplete} in
 * its name is always a whole session.
 */
class BadInputCorpusTest {

    private static final String SAMPLE = "thoracic-extension_side-left_clean.mp4";
    private static final int SAMPLE_FRAMES = 365;
    /** Strings that only FFmpeg, OpenCV or Java internals would print. */
    private static final List<String> INTERNALS = List.of("avformat", "avcodec", "setFormat", "FFmpegLogCallback",
            "OpenCV(", "cv::", "Exception", "\tat ", "internal error");

    @TempDir
    static Path corpus;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeCorpus() throws Exception {
        Path sample = TestPaths.samples().resolve(SAMPLE);
        byte[] bytes = Files.readAllBytes(sample);
        Random random = new Random(7);
        byte[] damaged = bytes.clone();
        for (int i = bytes.length * 40 / 100; i < bytes.length * 40 / 100 + 20_000; i++) {
            damaged[i] = (byte) random.nextInt(256);
        }
        Files.write(corpus.resolve("damaged-middle.mp4"), damaged);
        byte[] noise = new byte[100_000];
        random.nextBytes(noise);
        Files.write(corpus.resolve("random-bytes.mp4"), noise);
        String in = sample.toString();
        Ffmpeg.run("-i", in, "-vf", "scale=1:1", "-c:v", "ffv1", corpus.resolve("one-pixel.mkv").toString());
        Ffmpeg.run("-i", in, "-vf", "scale=128:96", corpus.resolve("tiny-128x96.mp4").toString());
        Ffmpeg.run("-i", in, "-frames:v", "1", "-update", "1", "-f", "image2", "-c:v", "png",
                corpus.resolve("a-picture.mp4").toString());
        Ffmpeg.run("-i", in, "-r", "1", corpus.resolve("one-fps.mp4").toString());
        Ffmpeg.run("-i", in, "-r", "6", corpus.resolve("six-fps.mp4").toString());
        Ffmpeg.run("-i", in, "-vf", "transpose=1", corpus.resolve("turned-clockwise.mp4").toString());
        Ffmpeg.run("-i", in, "-c", "copy", "-metadata:s:v", "rotate=90", corpus.resolve("rotation-tag.mp4").toString());
        Ffmpeg.run("-i", in, "-vf", "hflip,vflip", corpus.resolve("upside-down.mp4").toString());
        // two people side by side in a 1280x480 picture: the exerciser, and someone smaller (further away) on all fours
        Ffmpeg.run("-i", in, "-i", TestPaths.samples().resolve("quadruped-plus_side-right_clean.mp4").toString(),
                "-filter_complex", "[1:v]scale=384:288,pad=640:480:128:192[b];[0:v][b]hstack=inputs=2", "-t", "24.3",
                corpus.resolve("two-people.mp4").toString());
        // 2 s of frames left out at 6-8 s, the rest keeping their times: a hole, not damage the container knows of
        Ffmpeg.run("-i", in, "-vf", "select='not(between(t\\,6\\,8))'", "-vsync", "vfr",
                corpus.resolve("hole.mp4").toString());
        Ffmpeg.run("-i", corpus.resolve("hole.mp4").toString(), "-c", "copy", corpus.resolve("hole.mkv").toString());
    }

    private RepCamCliTest.Run analyze(String... args) {
        String[] fixed = {"analyze", "--exercise", "thoracic-extension", "--models-dir", TestPaths.models().toString(),
            "--out", out().toString(), "--model", "lite", "--no-video"};
        String[] all = Arrays.copyOf(fixed, fixed.length + args.length);
        System.arraycopy(args, 0, all, fixed.length, args.length);
        return RepCamCliTest.run(all);
    }

    private Path out() {
        return dir.resolve("sessions");
    }

    /** Every folder in --out: complete sessions and incomplete ones. */
    private List<Path> folders() throws Exception {
        if (!Files.isDirectory(out())) {
            return List.of();
        }
        try (var s = Files.list(out())) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private List<Path> completeSessions() throws Exception {
        return folders().stream().filter(f -> !f.getFileName().toString().endsWith(".incomplete")).toList();
    }

    private static void assertTold(RepCamCliTest.Run r, int code, Path file, String... what) {
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().contains(file.toString()), "names the file: " + r.err());
        for (String w : what) {
            assertTrue(r.err().contains(w), "says (" + w + "): " + r.err());
        }
        for (String internal : INTERNALS) {
            assertFalse(r.err().contains(internal), "no internals (" + internal + "): " + r.err());
        }
    }

    private void assertRefusedWithoutAFolder(Path file, String... what) throws Exception {
        assertTold(analyze(file.toString()), ExitCodes.INPUT, file, what);
        assertEquals(List.of(), folders(), "nothing half-written");
    }

    private JsonNode onlySession() throws Exception {
        assertEquals(1, folders().size(), folders().toString());
        assertEquals(folders(), completeSessions(), "the session folder is complete");
        return new ObjectMapper().readTree(completeSessions().get(0).resolve("session.json").toFile());
    }

    @Test
    void framesLostToDamageInTheMiddleAreCountedAndTimedWithExitCode8() throws Exception {
        Path file = corpus.resolve("damaged-middle.mp4");
        RepCamCliTest.Run r = analyze(file.toString());
        assertTold(r, ExitCodes.INCOMPLETE_INPUT, file, "could not be decoded", "Copy or export the video again");
        Matcher m = Pattern.compile("(\\d+) frames of the video could not be decoded \\(the file is damaged at "
                + "(\\d+\\.\\d)-(\\d+\\.\\d) s").matcher(r.err());
        assertTrue(m.find(), r.err());
        int lost = Integer.parseInt(m.group(1));
        JsonNode doc = onlySession();
        int analysed = doc.path("input").path("frames_analysed").asInt();
        assertEquals(SAMPLE_FRAMES, analysed + lost, "every frame is either analysed or reported lost");
        double from = Double.parseDouble(m.group(2));
        double to = Double.parseDouble(m.group(3));
        assertTrue(from > 5 && to < 15 && to - from >= lost / 15.0, "the damage lies where the bytes were: " + r.err());
        assertTrue(doc.path("warnings").toString().contains("could not be decoded"), doc.path("warnings").toString());
    }

    @Test
    void aHoleInTheTimestampsIsToldWhereTheContainerDoesNotCountFramesAndNotCalledDamageWhereItDoes()
            throws Exception {
        Path mkv = corpus.resolve("hole.mkv");
        RepCamCliTest.Run r = analyze(mkv.toString());
        assertTold(r, ExitCodes.INCOMPLETE_INPUT, mkv, "recording skipped them");
        Matcher m = Pattern.compile("the video has no frames at (\\d+\\.\\d)-(\\d+\\.\\d) s \\((\\d+) frames missing")
                .matcher(r.err());
        assertTrue(m.find(), r.err());
        assertTrue(Double.parseDouble(m.group(1)) >= 5.8 && Double.parseDouble(m.group(2)) <= 8.2, r.err());
        assertTrue(Integer.parseInt(m.group(3)) >= 25, "about 2 s at 15 fps: " + r.err());
        // the same frames in an mp4, whose index lists every frame there is: a variable frame rate, nothing lost
        Path mp4 = corpus.resolve("hole.mp4");
        RepCamCliTest.Run ok = analyze(mp4.toString());
        assertEquals(ExitCodes.OK, ok.code(), ok.err());
        assertFalse(ok.err().contains("warning"), ok.err());
    }

    @Test
    void twoPeopleSideBySideAreBothFoundAndTheLargerOneIsCounted() throws Exception {
        Path two = corpus.resolve("two-people.mp4");
        RepCamCliTest.Run r = RepCamCliTest.run("analyze", two.toString(), "--exercise", "thoracic-extension",
                "--models-dir", TestPaths.models().toString(), "--out", out().toString(), "--no-video");
        assertTold(r, ExitCodes.OK, two, "several people were in view", "follows the largest");
        assertFalse(r.err().contains("nobody was found"), r.err());
        JsonNode doc = onlySession();
        assertEquals(6, doc.path("summary").path("reps").asInt(), "the sample's 6 reps: " + r.err());
        assertEquals(0, doc.path("summary").path("frames_without_person").asInt());
    }

    @Test
    void unreadableBytesAreRefusedInPlainWords() throws Exception {
        assertRefusedWithoutAFolder(corpus.resolve("random-bytes.mp4"), "is not a video RepCam can read",
                "not in any video format", "plays in a video player");
    }

    @Test
    void picturesTooSmallAreRefused() throws Exception {
        assertRefusedWithoutAFolder(corpus.resolve("one-pixel.mkv"), "only 1x1 pixels", "at 640x480 or more");
        assertRefusedWithoutAFolder(corpus.resolve("tiny-128x96.mp4"), "only 128x96 pixels", "at least 144");
    }

    @Test
    void aSinglePictureUnderAVideoNameIsRefused() throws Exception {
        assertRefusedWithoutAFolder(corpus.resolve("a-picture.mp4"), "is a single picture (PNG), not a video",
                "'repcam pose'");
    }

    @Test
    void frameRatesTooLowAreRefusedAndLowOnesWarned() throws Exception {
        assertRefusedWithoutAFolder(corpus.resolve("one-fps.mp4"), "has 1 frame a second", "at least 4",
                "Record at 15 frames a second");
        Path sample = TestPaths.samples().resolve(SAMPLE);
        assertTold(analyze(sample.toString(), "--stride", "5"), ExitCodes.INPUT, sample, "3 frames a second",
                "with --stride 5", "smaller --stride");
        assertEquals(List.of(), folders());

        Path six = corpus.resolve("six-fps.mp4");
        RepCamCliTest.Run r = analyze(six.toString());
        assertTold(r, ExitCodes.OK, six, "6 frames a second is below the 10");
        assertTrue(onlySession().path("warnings").toString().contains("6 frames a second"));
    }

    @Test
    void aPictureTurnedOnItsSideOrUpsideDownIsToldWithTheTurnThatFixesIt() throws Exception {
        Path clockwise = corpus.resolve("turned-clockwise.mp4");
        assertTold(analyze(clockwise.toString()), ExitCodes.NOT_COUNTABLE, clockwise, "looks turned on its side",
                "a quarter turn counter-clockwise", "cannot be trusted");
        Path tagged = corpus.resolve("rotation-tag.mp4");
        assertTold(analyze(tagged.toString()), ExitCodes.NOT_COUNTABLE, tagged, "looks turned on its side",
                "a quarter turn clockwise");
        Path upside = corpus.resolve("upside-down.mp4");
        assertTold(analyze(upside.toString()), ExitCodes.NOT_COUNTABLE, upside, "looks upside down", "half a turn");
        assertEquals(3, completeSessions().size(), "each is still saved: " + folders());
        for (Path s : completeSessions()) {
            JsonNode doc = new ObjectMapper().readTree(s.resolve("session.json").toFile());
            String warnings = doc.path("warnings").toString();
            assertTrue(warnings.contains("upside down") || warnings.contains("turned on its side"), warnings);
            assertFalse(doc.path("summary").path("countable").asBoolean(true), s.toString());
        }
    }

    @Test
    void aPersonWhoNeverTakesTheStartPositionIsToldNothingWasCounted() throws Exception {
        Path standing = TestPaths.samples().resolve("people").resolve("basketball-pan.mp4");
        RepCamCliTest.Run r = RepCamCliTest.run("analyze", standing.toString(), "--exercise", "quadruped-plus",
                "--models-dir", TestPaths.models().toString(), "--out", out().toString(), "--model", "lite",
                "--no-video");
        assertTold(r, ExitCodes.NOT_COUNTABLE, standing, "nothing was counted", "never held the start position",
                "--exercise quadruped-plus");
        assertFalse(r.err().contains("turned"), r.err());
        assertEquals(0, onlySession().path("summary").path("reps").asInt());
    }

    @Test
    void exerciseMistakesOnTheCommandLineSayWhatIsWrong() throws Exception {
        Path sample = TestPaths.samples().resolve(SAMPLE);
        Path missing = dir.resolve("my-exercise.yaml");
        RepCamCliTest.Run r = analyze(sample.toString(), "--exercise-file", missing.toString());
        assertTold(r, ExitCodes.INPUT, missing, "does not exist", "--exercise-file");
        RepCamCliTest.Run unknown = RepCamCliTest.run("analyze", sample.toString(), "--exercise", "squats",
                "--models-dir", TestPaths.models().toString(), "--out", out().toString());
        assertEquals(ExitCodes.USAGE, unknown.code(), unknown.err());
        assertTrue(unknown.err().contains("Unknown exercise 'squats'. Known: thoracic-extension, quadruped-plus"),
                unknown.err());
        assertEquals(List.of(), folders());
    }

    @Test
    void aModelFileAlteredByOneByteIsRefusedBeforeAnythingRuns() throws Exception {
        Path models = Files.createDirectory(dir.resolve("models"));
        try (var files = Files.list(TestPaths.models())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, models.resolve(f.getFileName()));
            }
        }
        Path full = models.resolve("pose_landmark_full.pt");
        byte[] b = Files.readAllBytes(full);
        b[b.length / 2] ^= 0x01;
        Files.write(full, b);
        RepCamCliTest.Run r = RepCamCliTest.run("analyze", TestPaths.samples().resolve(SAMPLE).toString(), "--exercise",
                "thoracic-extension", "--models-dir", models.toString(), "--out", out().toString());
        assertTold(r, ExitCodes.MODEL, full, "altered");
        assertEquals(List.of(), folders());
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsRefusedBeforeAnalysing() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "a file where the output folder should go");
        for (Path outDir : List.of(blocker.resolve("sessions"), Path.of("/proc/repcam-sessions"))) {
            RepCamCliTest.Run r = RepCamCliTest.run("analyze", TestPaths.samples().resolve(SAMPLE).toString(),
                    "--exercise", "thoracic-extension", "--models-dir", TestPaths.models().toString(), "--out",
                    outDir.toString(), "--no-video");
            assertEquals(ExitCodes.OUTPUT, r.code(), r.err());
            assertTrue(r.err().contains("Cannot create a session folder in " + outDir), r.err());
            assertTrue(r.err().contains("choose a folder you can write to with --out DIR"), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertFalse(r.err().contains("frames ("), "refused before analysing: " + r.err());
        }
    }

    @Test
    void aBatchOfGoodAndBadFilesAnalysesTheGoodOnesAndListsWhyTheOthersWereNot() throws Exception {
        Path batch = Files.createDirectory(dir.resolve("week"));
        Files.copy(TestPaths.samples().resolve(SAMPLE), batch.resolve("1-good.mp4"));
        Files.copy(corpus.resolve("a-picture.mp4"), batch.resolve("2-picture.mp4"));
        Files.copy(corpus.resolve("one-fps.mp4"), batch.resolve("3-one-fps.mp4"));
        Files.copy(corpus.resolve("damaged-middle.mp4"), batch.resolve("4-damaged.mp4"));
        Files.copy(corpus.resolve("one-pixel.mkv"), batch.resolve("5-one-pixel.mkv"));
        RepCamCliTest.Run r = analyze(batch.toString());
        assertEquals(ExitCodes.INPUT, r.code(), "the most serious of the batch: " + r.err());
        assertTrue(r.out().contains("2 of 5 videos analysed"), r.out());
        assertEquals(2, completeSessions().size(), folders().toString());
        assertEquals(folders(), completeSessions());
        String index = Files.readString(out().resolve("index.html"));
        for (String why : List.of("single picture", "1 frame a second", "only 1x1 pixels")) {
            assertTrue(index.contains(why), why + " in " + index);
        }
        assertTrue(index.contains("could not be decoded"), "the damaged file's warning is listed: " + index);
        assertTrue(index.contains("frames missing"), index);
    }

    @Test
    void killedWithSigkillMidRunLeavesOnlyAFolderThatSaysItIsIncomplete() throws Exception {
        Process p = start(TestPaths.samples().resolve(SAMPLE), "-Xmx1g");
        waitForProgress(p, 20);
        new ProcessBuilder("kill", "-KILL", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue());
        assertEquals(List.of(), completeSessions(), "no folder looks complete: " + folders());
        assertEquals(1, folders().size(), folders().toString());
        Path left = folders().get(0);
        assertTrue(left.getFileName().toString().endsWith(".incomplete"), left.toString());
        assertFalse(Files.exists(left.resolve("session.json")), "no session.json in a killed run's folder");
        assertTrue(Files.size(left.resolve("poses.jsonl")) > 0, "the frames done are kept");
    }

    @Test
    void stoppedWithSigtermMidRunSavesTheWholeSessionOfThePartDone() throws Exception {
        Process p = start(TestPaths.samples().resolve(SAMPLE), "-Xmx1g");
        waitForProgress(p, 20);
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        String rest = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(143, p.exitValue(), "the usual exit status of SIGTERM, once saved: " + rest);
        assertTrue(rest.contains("the analysis was stopped after"), rest);
        JsonNode doc = onlySession();
        int frames = doc.path("input").path("frames_analysed").asInt();
        assertTrue(frames > 0 && frames < SAMPLE_FRAMES, "stopped part-way: " + frames);
    }

    /**
     * A 3-minute video (the sample played 8 times) analysed whole, with the annotated video: the process's
     * resident memory, read at every progress line, must not grow between 30% and the end (a native frame left
     * unclosed per frame would add about 1 MB a frame, 2.6 GB here).
     */
    @Test
    void memoryStaysFlatOverAThreeMinuteVideo() throws Exception {
        Path longVideo = dir.resolve("three-minutes.mp4");
        Ffmpeg.run("-stream_loop", "7", "-i", TestPaths.samples().resolve(SAMPLE).toString(), "-c", "copy",
                longVideo.toString());
        Process p = start(longVideo, "-Xmx512m", "--video");
        List<long[]> samples = new ArrayList<>(); // percent, resident kB
        StringBuilder log = new StringBuilder();
        Pattern progress = Pattern.compile("\\((\\d+)%\\)");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.append(line).append('\n');
                Matcher m = progress.matcher(line);
                if (m.find()) {
                    samples.add(new long[] {Long.parseLong(m.group(1)), residentKb(p.pid())});
                }
            }
        }
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), log.toString());
        assertEquals(0, p.exitValue(), log.toString());
        long at30 = samples.stream().filter(s -> s[0] >= 30).findFirst().orElseThrow(() -> new AssertionError(log))[1];
        long peakAfter = samples.stream().filter(s -> s[0] >= 30).mapToLong(s -> s[1]).max().orElseThrow();
        String trace = samples.stream().map(s -> s[0] + "%: " + s[1] / 1024 + " MB").toList().toString();
        System.out.println("resident memory over the 3-minute analysis: " + trace);
        assertTrue(samples.size() >= 8, "progress lines: " + trace + "\n" + log);
        assertTrue(peakAfter - at30 < 150 * 1024, "memory grew from " + at30 / 1024 + " MB at 30% to "
                + peakAfter / 1024 + " MB: " + trace);
    }

    /** An analyze in a process of its own (lite model), its output merged. */
    private Process start(Path video, String heap, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap, "-cp", System.getProperty("java.class.path"), "com.repcam.cli.RepCam", "analyze",
                video.toString(), "--exercise", "thoracic-extension", "--models-dir", TestPaths.models().toString(),
                "--out", out().toString(), "--model", "lite"));
        List<String> extra = new ArrayList<>(List.of(more));
        if (!extra.remove("--video")) {
            extra.add("--no-video");
        }
        command.addAll(extra);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the process's output until its progress passes {@code percent}. */
    private static void waitForProgress(Process p, int percent) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream()));
        Pattern progress = Pattern.compile("\\((\\d+)%\\)");
        StringBuilder log = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null) {
            log.append(line).append('\n');
            Matcher m = progress.matcher(line);
            if (m.find() && Integer.parseInt(m.group(1)) >= percent) {
                return;
            }
        }
        throw new AssertionError("the run ended before " + percent + "%:\n" + log);
    }

    private static long residentKb(long pid) throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("VmRSS:")) {
                return Long.parseLong(l.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
