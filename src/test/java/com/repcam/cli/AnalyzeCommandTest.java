package com.repcam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repcam.testing.TestPaths;
import com.repcam.testing.TestVideos;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} on the inputs a therapist's folder really holds: damaged, cut-off, empty, audio-only and
 * mislabelled files, a video with nobody in it, an output folder that cannot be written, and a batch with a bad
 * file among good ones. Each gives a message naming the file and what to do, a non-zero exit code, no stack trace,
 * and no session is lost or invented.
 */
class AnalyzeCommandTest {

    private static final String SAMPLE = "thoracic-extension_side-left_clean.mp4";

    @TempDir
    Path dir;

    private RepCamCliTest.Run analyze(String... args) {
        String[] fixed = {"analyze", "--exercise", "thoracic-extension", "--models-dir", TestPaths.models().toString(),
            "--out", dir.resolve("sessions").toString()};
        String[] all = Arrays.copyOf(fixed, fixed.length + args.length);
        System.arraycopy(args, 0, all, fixed.length, args.length);
        return RepCamCliTest.run(all);
    }

    private List<Path> sessions() throws Exception {
        Path out = dir.resolve("sessions");
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (var s = Files.list(out)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static void assertUserMessage(RepCamCliTest.Run r, Path file, String what) {
        assertTrue(r.err().contains(file.toString()), "names the file: " + r.err());
        assertTrue(r.err().contains(what), "says what is wrong (" + what + "): " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void aDamagedFileIsRefusedWithoutCreatingASession() throws Exception {
        Path junk = dir.resolve("session1.mp4");
        byte[] noise = new byte[200_000];
        new java.util.Random(3).nextBytes(noise);
        Files.write(junk, noise);
        RepCamCliTest.Run r = analyze(junk.toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.err());
        assertUserMessage(r, junk, "is not a video RepCam can read");
        assertEquals(List.of(), sessions());
    }

    @Test
    void emptyAudioOnlyAndTextFilesAreRefusedEachWithItsReason() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.mp4"));
        Path text = dir.resolve("notes.mov");
        Files.writeString(text, "not a video\n".repeat(100));
        Path audio = dir.resolve("voice.m4a");
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(audio.toFile(), 1)) {
            rec.setFormat("mp4");
            rec.setSampleRate(16000);
            rec.start();
            rec.recordSamples(16000, 1, ShortBuffer.wrap(new short[16000]));
            rec.stop();
        }
        assertUserMessage(analyze(empty.toString()), empty, "is empty (0 bytes)");
        assertUserMessage(analyze(text.toString()), text, "is not a video RepCam can read");
        RepCamCliTest.Run a = analyze(audio.toString());
        assertEquals(ExitCodes.INPUT, a.code(), a.err());
        assertUserMessage(a, audio, "has only an audio track");
        assertEquals(List.of(), sessions());
    }

    @Test
    void aVideoWithNobodyInItIsSavedAndSaysSoWithItsOwnExitCode() throws Exception {
        Path empty = dir.resolve("empty-room.mp4");
        TestVideos.write(empty, 45, 15, 320, 240);
        RepCamCliTest.Run r = analyze(empty.toString(), "--no-video");
        assertEquals(ExitCodes.NO_PERSON, r.code(), r.err());
        assertUserMessage(r, empty, "nobody was found in any frame");
        assertEquals(1, sessions().size());
        JsonNode doc = new ObjectMapper().readTree(sessions().get(0).resolve("session.json").toFile());
        assertEquals(45, doc.path("input").path("frames_analysed").asInt());
        assertEquals(45, doc.path("summary").path("frames_without_person").asInt());
        assertEquals(0, doc.path("summary").path("reps").asInt());
    }

    @Test
    void aTruncatedVideoStillGetsTheReportForThePartThatCouldBeRead() throws Exception {
        Path whole = TestPaths.samples().resolve(SAMPLE);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut-short.mp4");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 55 / 100));
        RepCamCliTest.Run r = analyze(cut.toString());
        assertEquals(ExitCodes.INCOMPLETE_INPUT, r.code(), r.err());
        assertUserMessage(r, cut, "truncated");
        assertEquals(1, sessions().size());
        Path session = sessions().get(0);
        for (String f : List.of("session.json", "reps.csv", "report.html", "annotated.mp4", "poses.jsonl")) {
            assertTrue(Files.size(session.resolve(f)) > 0, f);
        }
        JsonNode doc = new ObjectMapper().readTree(session.resolve("session.json").toFile());
        int frames = doc.path("input").path("frames_analysed").asInt();
        assertTrue(frames > 100 && frames < 365, "part of the 365 frames: " + frames);
        int reps = doc.path("summary").path("reps").asInt();
        assertTrue(reps >= 2 && reps < 6, "some of the 6 reps: " + reps);
        assertTrue(doc.path("warnings").toString().contains("truncated"), doc.path("warnings").toString());
        assertEquals(frames, Files.readAllLines(session.resolve("poses.jsonl")).stream()
                .filter(l -> !l.isBlank()).count(), "one landmark line per analysed frame");
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsAnOutputErrorNamingIt() throws Exception {
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "in the way");
        Path video = dir.resolve("short.mp4");
        TestVideos.write(video, 10, 15, 640, 480);
        RepCamCliTest.Run r = RepCamCliTest.run("analyze", video.toString(), "--exercise", "quadruped-plus",
                "--models-dir", TestPaths.models().toString(), "--out", blocked.resolve("sessions").toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r.err());
        assertTrue(r.err().contains("Cannot create a session folder in " + blocked.resolve("sessions")), r.err());
        assertTrue(r.err().contains("--out DIR"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aBatchSkipsTheBadFileAnalysesTheRestAndListsBothInTheIndex() throws Exception {
        Path batch = Files.createDirectory(dir.resolve("week1"));
        Files.copy(TestPaths.samples().resolve(SAMPLE), batch.resolve("monday.mp4"));
        Files.writeString(batch.resolve("tuesday.mp4"), "a failed upload");
        Files.writeString(batch.resolve("notes.txt"), "not a video, not even looked at");
        RepCamCliTest.Run r = analyze(batch.toString(), "--no-video", "--stride", "2");
        assertEquals(ExitCodes.INPUT, r.code(), r.err());
        assertTrue(r.err().contains("repcam: skipped: " + batch.resolve("tuesday.mp4")), r.err());
        assertTrue(r.out().contains("1 of 2 videos analysed"), r.out());
        assertEquals(1, sessions().size());
        assertTrue(sessions().get(0).getFileName().toString().startsWith("monday_thoracic-extension_"));
        String index = Files.readString(dir.resolve("sessions").resolve("index.html"));
        assertTrue(index.contains("href=\"" + sessions().get(0).getFileName() + "/report.html\""), index);
        assertTrue(index.contains("tuesday.mp4</td><td colspan=\"3\">not analysed"), index);
        assertFalse(index.contains("notes.txt"), index);
    }

    @Test
    void aTerminationSignalStopsTheAnalysisAndSavesThePartDone() throws Exception {
        Path sample = TestPaths.samples().resolve(SAMPLE);
        Path out = dir.resolve("sessions");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.repcam.cli.RepCam", "analyze", sample.toString(),
                "--exercise", "thoracic-extension", "--models-dir", TestPaths.models().toString(), "--out",
                out.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        StringBuilder log = new StringBuilder();
        boolean signalled = false;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.append(line).append('\n');
                if (!signalled && line.contains("frames (")) {
                    // SIGTERM, as a closed terminal or a service manager sends (Ctrl-C takes the same path)
                    signalled = new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor() == 0;
                }
            }
        }
        assertTrue(signalled, log.toString());
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "the process ended");
        assertFalse(log.toString().contains("A fatal error"), "no native crash:\n" + log);
        assertTrue(log.toString().contains("the analysis was stopped after"), log.toString());
        assertEquals(1, sessions().size(), log.toString());
        Path session = sessions().get(0);
        JsonNode doc = new ObjectMapper().readTree(session.resolve("session.json").toFile());
        int frames = doc.path("input").path("frames_analysed").asInt();
        assertTrue(frames > 0 && frames < 365, "stopped part-way: " + frames);
        assertEquals(frames, Files.readAllLines(session.resolve("poses.jsonl")).stream()
                .filter(l -> !l.isBlank()).count(), "every analysed frame is in poses.jsonl");
        assertTrue(Files.size(session.resolve("report.html")) > 0);
    }

    @Test
    void aPersonWhoLeavesThePictureIsReportedWithWhenAndForHowLong() throws Exception {
        // the sample's first 6 s, then 2 s of the empty room (the person has walked off)
        Path video = dir.resolve("walked-off.mp4");
        List<org.bytedeco.opencv.opencv_core.Mat> frames = new java.util.ArrayList<>();
        try (var source = com.repcam.capture.FrameSources.open(TestPaths.samples().resolve(SAMPLE).toString(), 1,
                false)) {
            for (int i = 0; i < 90; i++) {
                frames.add(source.next().orElseThrow().bgr());
            }
        }
        TestVideos.write(video, 120, 15, 640, 480, 0, i -> i < 90 ? frames.get(i)
                : new org.bytedeco.opencv.opencv_core.Mat(480, 640, org.bytedeco.opencv.global.opencv_core.CV_8UC3,
                        new org.bytedeco.opencv.opencv_core.Scalar(120, 130, 140, 0)), null);
        RepCamCliTest.Run r = analyze(video.toString(), "--no-video");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "nobody was found in (\\d+) of 120 frames \\((\\d+)%; 6\\.\\d-7\\.9 s\\)").matcher(r.err());
        assertTrue(m.find(), r.err());
        int lost = Integer.parseInt(m.group(1));
        assertTrue(lost >= 28 && lost <= 31, "the 30 empty frames, give or take the frame it takes to notice: " + lost);
        assertTrue(r.err().contains("keep the whole body in view"), r.err());
    }
}
