package com.repcam.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.capture.SourceInfo;
import com.repcam.capture.VideoFrame;
import com.repcam.output.OutputException;
import com.repcam.overlay.CoachingPainter;
import com.repcam.pose.PoseFrame;
import com.repcam.runner.StageRunner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

/** The three-thread pipeline on synthetic frames: order, threads, frames always closed, failures reported. */
class SessionPipelineTest {

    /** Frames 0..n-1 of 8x8 pixels at 30 fps; fails with a capture error at {@code failAt} (or never). */
    static final class CountingSource implements FrameSource {
        final List<VideoFrame> handedOut = Collections.synchronizedList(new ArrayList<>());
        private final int frames;
        private final int failAt;
        private int next;

        CountingSource(int frames, int failAt) {
            this.frames = frames;
            this.failAt = failAt;
        }

        @Override
        public SourceInfo info() {
            return new SourceInfo("synthetic", 8, 8, 30, frames, -1, 0, false, false);
        }

        @Override
        public Optional<VideoFrame> next() throws CaptureException {
            if (next == failAt) {
                throw new CaptureException("synthetic read error at frame " + next);
            }
            if (next >= frames) {
                return Optional.empty();
            }
            VideoFrame f = new VideoFrame(next, next * 33_333L, new Mat(8, 8, opencv_core.CV_8UC3));
            next++;
            handedOut.add(f);
            return Optional.of(f);
        }

        @Override
        public List<String> warnings() {
            return List.of("a source warning");
        }

        @Override
        public void close() {
        }

        int read() {
            return next;
        }

        boolean allClosed() {
            synchronized (handedOut) {
                return handedOut.stream().allMatch(f -> f.bgr().isNull());
            }
        }
    }

    private static AnalyzedFrame analysed(VideoFrame f) {
        return new AnalyzedFrame(f, new PoseFrame(f.index(), f.timestampMicros(), 8, 8, Optional.empty()), List.of(),
                new CoachingPainter.State(0, 10, "waiting", List.of(), Set.of()));
    }

    @Test
    void everyFrameIsAnalysedAndWrittenInOrderOnTheirOwnThreadsAndClosed() throws Exception {
        CountingSource source = new CountingSource(50, -1);
        List<Long> analysedOrder = new ArrayList<>();
        List<Long> writtenOrder = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        Thread caller = Thread.currentThread();
        List<String> warnings = SessionPipeline.drive(source, f -> {
            assertSame(caller, Thread.currentThread(), "analysis runs on the calling thread");
            analysedOrder.add(f.index());
            return analysed(f);
        }, f -> threads.add("observer:" + Thread.currentThread().getName()), f -> {
            assertTrue(!f.frame().bgr().isNull(), "the sink gets a frame that is still open");
            writtenOrder.add(f.frame().index());
            threads.add("sink:" + Thread.currentThread().getName());
        }, StageRunner.Layout.THREAD_PER_STAGE);
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < 50; i++) {
            expected.add(i);
        }
        assertEquals(expected, analysedOrder);
        assertEquals(expected, writtenOrder);
        assertTrue(threads.contains("observer:" + caller.getName()));
        assertTrue(threads.contains("sink:repcam-sink"), threads.toString());
        assertEquals(List.of("a source warning"), warnings);
        assertTrue(source.allClosed(), "every frame is closed once written");
    }

    @Test
    void aFailingSinkStopsTheRunReportsItsErrorAndClosesEveryFrame() {
        CountingSource source = new CountingSource(10_000, -1);
        OutputException e = assertThrows(OutputException.class, () -> SessionPipeline.drive(source,
                SessionPipelineTest::analysed, null, f -> {
                    if (f.frame().index() == 5) {
                        throw new OutputException("disk full", null);
                    }
                }, StageRunner.Layout.THREAD_PER_STAGE));
        assertEquals("disk full", e.getMessage());
        assertTrue(source.read() < 10_000, "decoding stopped early, read " + source.read());
        assertTrue(source.allClosed(), "no frame is left open");
    }

    @Test
    void aReadErrorIsReportedAfterTheFramesBeforeItWereWritten() {
        CountingSource source = new CountingSource(100, 20);
        List<Long> written = Collections.synchronizedList(new ArrayList<>());
        CaptureException e = assertThrows(CaptureException.class, () -> SessionPipeline.drive(source,
                SessionPipelineTest::analysed, null, f -> written.add(f.frame().index()),
                StageRunner.Layout.THREAD_PER_STAGE));
        assertTrue(e.getMessage().contains("frame 20"), e.getMessage());
        assertTrue(written.size() <= 20, "nothing after the error: " + written.size());
        assertTrue(source.allClosed());
    }

    @Test
    void aBugInTheAnalysisSurfacesAsItselfAndClosesEveryFrame() {
        CountingSource source = new CountingSource(1000, -1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SessionPipeline.drive(source,
                f -> {
                    if (f.index() == 7) {
                        throw new IllegalStateException("bug at 7");
                    }
                    return analysed(f);
                }, null, null, StageRunner.Layout.THREAD_PER_STAGE));
        assertEquals("bug at 7", e.getMessage());
        assertTrue(source.allClosed());
    }

    @Test
    void anInterruptedRunStopsEarlyWritesEveryFrameItAnalysedAndSaysSo() throws Exception {
        CountingSource source = new CountingSource(100_000, -1);
        List<String> warnings = new ArrayList<>();
        List<Long> analysed = Collections.synchronizedList(new ArrayList<>());
        List<Long> written = Collections.synchronizedList(new ArrayList<>());
        Thread runner = new Thread(() -> {
            try {
                warnings.addAll(SessionPipeline.drive(source, f -> {
                    if (f.index() == 30) {
                        Thread.currentThread().interrupt();
                    }
                    analysed.add(f.index());
                    return analysed(f);
                }, null, f -> written.add(f.frame().index()), StageRunner.Layout.THREAD_PER_STAGE));
            } catch (CaptureException | OutputException e) {
                warnings.add("unexpected " + e);
            }
        });
        runner.start();
        runner.join(60_000);
        assertTrue(!runner.isAlive(), "the run ended");
        assertNotEquals(100_000, source.read());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("was stopped after " + analysed.size() + " frames")),
                warnings.toString());
        assertTrue(analysed.size() > 30, "the frame being analysed when the stop came is kept");
        assertEquals(analysed, written, "a stop is not a failure: every analysed frame is written");
        assertTrue(source.allClosed());
    }

    @Test
    void inlineModeDoesEverythingInOrderOnTheCallingThreadAndClosesEveryFrame() throws Exception {
        CountingSource source = new CountingSource(40, -1);
        List<String> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        SessionPipeline.drive(source, f -> {
            seen.add("analyse " + f.index());
            return analysed(f);
        }, f -> seen.add("observe " + f.frame().index()), f -> {
            assertSame(caller, Thread.currentThread(), "inline: the sink runs on the calling thread");
            seen.add("write " + f.frame().index());
        }, StageRunner.Layout.CALLER);
        assertEquals(120, seen.size());
        assertEquals(List.of("analyse 7", "observe 7", "write 7"), seen.subList(21, 24));
        assertTrue(source.allClosed());
    }

    @Test
    void inlineModeStopsAfterTheCurrentFrameWhenInterruptedAndSaysSo() throws Exception {
        CountingSource source = new CountingSource(1000, -1);
        List<Long> written = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Thread runner = new Thread(() -> {
            try {
                warnings.addAll(SessionPipeline.drive(source, f -> {
                    if (f.index() == 12) {
                        Thread.currentThread().interrupt();
                    }
                    return analysed(f);
                }, null, f -> written.add(f.frame().index()), StageRunner.Layout.CALLER));
            } catch (CaptureException | OutputException e) {
                warnings.add("unexpected " + e);
            }
        });
        runner.start();
        runner.join(60_000);
        assertEquals(13, written.size(), "frames 0..12 written, nothing after");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("was stopped after 13 frames")), warnings.toString());
        assertTrue(source.allClosed());
    }

    @Test
    void inlineModeReportsASinkFailureAndClosesTheFrame() {
        CountingSource source = new CountingSource(100, -1);
        assertThrows(OutputException.class, () -> SessionPipeline.drive(source, SessionPipelineTest::analysed, null,
                f -> {
                    throw new OutputException("disk full", null);
                }, StageRunner.Layout.CALLER));
        assertEquals(1, source.read());
        assertTrue(source.allClosed());
    }
}
