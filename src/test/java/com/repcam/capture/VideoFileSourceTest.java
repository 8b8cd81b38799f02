package com.repcam.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.testing.TestVideos;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoFileSourceTest {

    @TempDir
    Path dir;

    private static List<VideoFrame> readAll(FrameSource source) throws CaptureException {
        List<VideoFrame> frames = new ArrayList<>();
        for (Optional<VideoFrame> f = source.next(); f.isPresent(); f = source.next()) {
            frames.add(f.get());
        }
        return frames;
    }

    @Test
    void readsEveryFrameWithTheStreamsTimestamps() throws Exception {
        Path video = dir.resolve("clip.mp4");
        TestVideos.write(video, 30, 30, 160, 120);
        try (FrameSource source = FrameSources.open(video.toString(), 1, false)) {
            assertEquals(160, source.info().width());
            assertEquals(30.0, source.info().frameRate(), 0.01);
            List<VideoFrame> frames = readAll(source);
            assertEquals(30, frames.size());
            for (int i = 0; i < frames.size(); i++) {
                assertEquals(i, frames.get(i).index());
                assertEquals(i * 1_000_000.0 / 30, frames.get(i).timestampMicros(), 1000);
                assertEquals(3, frames.get(i).bgr().channels());
            }
            assertTrue(source.warnings().isEmpty(), source.warnings().toString());
            frames.forEach(VideoFrame::close);
        }
    }

    @Test
    void strideKeepsEveryThirdFrameWithItsOriginalIndexAndTime() throws Exception {
        Path video = dir.resolve("clip.mkv");
        TestVideos.write(video, 30, 30, 160, 120);
        try (FrameSource source = FrameSources.open(video.toString(), 3, false)) {
            List<VideoFrame> frames = readAll(source);
            assertEquals(10, frames.size());
            assertEquals(27, frames.get(9).index());
            assertEquals(900_000, frames.get(9).timestampMicros(), 1000);
        }
    }

    @Test
    void truncatedVideoYieldsTheFramesBeforeTheCutAndSaysItIsTruncated() throws Exception {
        Path whole = dir.resolve("whole.mkv");
        TestVideos.write(whole, 90, 30, 160, 120);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.mkv");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        try (FrameSource source = FrameSources.open(cut.toString(), 1, false)) {
            int n = readAll(source).size();
            assertTrue(n > 20 && n < 90, "read " + n + " frames");
            assertTrue(source.warnings().stream().anyMatch(w -> w.contains("truncated") || w.contains("stopped")),
                    source.warnings().toString());
        }
    }

    @Test
    void honoursThePhonesRotationMetadata() throws Exception {
        Path video = dir.resolve("phone.mp4");
        // stored landscape, to be shown turned 90 degrees clockwise (FFmpeg stores that as -90)
        TestVideos.write(video, 5, 30, 160, 120, -90, i -> TestVideos.numberedFrame(i, 160, 120), null);
        try (FrameSource source = FrameSources.open(video.toString(), 1, false)) {
            assertEquals(90, source.info().rotationDegrees());
            assertEquals(120, source.info().width());
            assertEquals(160, source.info().height());
            VideoFrame f = source.next().orElseThrow();
            assertEquals(120, f.width());
            // the white square drawn top-left is top-right after a clockwise quarter turn
            var px = f.bgr().createIndexer();
            assertTrue(((org.bytedeco.javacpp.indexer.UByteIndexer) px).get(5, 115, 0) > 200, "top-right not white");
            assertTrue(((org.bytedeco.javacpp.indexer.UByteIndexer) px).get(5, 5, 0) < 200, "top-left still white");
        }
    }

    @Test
    void textFileNamedMp4IsRefusedWithAClearMessage() throws Exception {
        Path fake = dir.resolve("notes.mp4");
        Files.writeString(fake, "these are not the frames you are looking for\n".repeat(50));
        CaptureException e = assertThrows(CaptureException.class, () -> FrameSources.open(fake.toString(), 1, false));
        assertTrue(e.getMessage().startsWith(fake + " is not a video"), e.getMessage());
    }

    @Test
    void audioOnlyFileIsRefused() throws Exception {
        Path audio = dir.resolve("voice.wav");
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(audio.toFile(), 1)) {
            r.setFormat("wav");
            r.setSampleRate(16000);
            r.start();
            r.recordSamples(16000, 1, ShortBuffer.wrap(new short[16000]));
            r.stop();
        }
        CaptureException e = assertThrows(CaptureException.class, () -> FrameSources.open(audio.toString(), 1, false));
        assertTrue(e.getMessage().contains("only an audio track"), e.getMessage());
    }

    @Test
    void emptyAndMissingFilesAreRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.mp4"));
        assertTrue(assertThrows(CaptureException.class, () -> FrameSources.open(empty.toString(), 1, false))
                .getMessage().contains("is empty"));
        assertTrue(assertThrows(CaptureException.class,
                () -> FrameSources.open(dir.resolve("nope.mp4").toString(), 1, false))
                .getMessage().contains("does not exist"));
    }

    @Test
    void missingCameraSaysWhatToDo() {
        CaptureException e = assertThrows(CaptureException.class, () -> FrameSources.open("/dev/video77", 1, false));
        assertTrue(e.getMessage().contains("No camera at /dev/video77"), e.getMessage());
        assertTrue(e.getMessage().contains("--source VIDEO"), e.getMessage());
    }
}
