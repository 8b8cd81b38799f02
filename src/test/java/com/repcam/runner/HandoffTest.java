package com.repcam.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.capture.VideoFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

class HandoffTest {

    static VideoFrame frame(long i) {
        return new VideoFrame(i, i * 33_333, new Mat(4, 4, opencv_core.CV_8UC3));
    }

    static Handoff<VideoFrame> newest() {
        return Handoff.keepNewest("test", VideoFrame::close);
    }

    @Test
    void keepsOnlyTheNewestFrameAndClosesAndCountsTheReplacedOnes() throws Exception {
        Handoff<VideoFrame> slot = newest();
        List<VideoFrame> offered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            VideoFrame f = frame(i);
            offered.add(f);
            assertTrue(slot.put(f));
        }
        VideoFrame taken = slot.take().orElseThrow();
        assertEquals(4, taken.index(), "the newest frame is handed out");
        assertEquals(4, slot.dropped());
        assertEquals(5, slot.offered());
        for (int i = 0; i < 4; i++) {
            assertTrue(offered.get(i).bgr().isNull(), "dropped frame " + i + " was not closed");
        }
        assertFalse(taken.bgr().isNull(), "the frame handed out is still open");
        assertTrue(slot.poll().isEmpty(), "nothing queued behind the newest frame");
        taken.close();
    }

    @Test
    void neverHoldsMoreThanOneFrameWhileTheConsumerIsBusy() throws Exception {
        Handoff<VideoFrame> slot = newest();
        long taken = 0;
        for (int i = 0; i < 100; i++) {
            slot.put(frame(i));
            if (i % 10 == 9) { // a slow consumer takes one frame in ten
                try (VideoFrame f = slot.poll().orElseThrow()) {
                    assertEquals(i, f.index(), "the consumer always gets the latest frame");
                    taken++;
                }
            }
        }
        assertEquals(10, taken);
        assertEquals(90, slot.dropped());
    }

    @Test
    void aBoundedHandoffMakesTheProducerWaitInsteadOfDropping() throws Exception {
        Handoff<VideoFrame> slot = Handoff.bounded("test", 1, VideoFrame::close);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    slot.put(frame(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                slot.end();
            }
        });
        producer.start();
        List<Long> seen = new ArrayList<>();
        for (Optional<VideoFrame> f = slot.take(); f.isPresent(); f = slot.take()) {
            seen.add(f.get().index());
            f.get().close();
        }
        producer.join(5000);
        assertEquals(20, seen.size());
        assertEquals(0, slot.dropped());
        for (int i = 0; i < 20; i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void theEndMarkerWakesAWaitingConsumerAndLaterFramesAreRefusedAndClosed() throws Exception {
        Handoff<VideoFrame> slot = newest();
        Thread closer = new Thread(() -> {
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException ignored) {
                // close anyway
            }
            slot.end();
        });
        closer.start();
        assertTrue(slot.take().isEmpty());
        assertTrue(slot.isClosed());
        VideoFrame late = frame(7);
        assertFalse(slot.put(late));
        assertTrue(late.bgr().isNull(), "a refused frame is closed");
        closer.join();
    }

    @Test
    void wakeMakesTakeReturnWithoutAFrameAndWithoutClosing() throws Exception {
        Handoff<VideoFrame> slot = newest();
        Thread waker = new Thread(() -> {
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException ignored) {
                // wake anyway
            }
            slot.wake();
        });
        waker.start();
        assertTrue(slot.take().isEmpty());
        assertFalse(slot.isClosed());
        slot.put(frame(1));
        assertEquals(1, slot.take().orElseThrow().index());
        waker.join();
    }

    @Test
    void afterTheEndMarkerWhatIsHeldIsStillTakenInOrderThenTakeIsEmpty() throws Exception {
        Handoff<VideoFrame> queue = Handoff.bounded("test", 3, VideoFrame::close);
        for (int i = 0; i < 3; i++) {
            assertTrue(queue.put(frame(i)));
        }
        queue.end();
        for (int i = 0; i < 3; i++) {
            try (VideoFrame f = queue.take().orElseThrow()) {
                assertEquals(i, f.index());
            }
        }
        assertTrue(queue.take().isEmpty());
        assertTrue(queue.isClosed());
    }

    @Test
    void abortReleasesEverythingHeldAndReleasesAWaitingProducersFrame() throws Exception {
        Handoff<VideoFrame> queue = Handoff.bounded("test", 2, VideoFrame::close);
        VideoFrame a = frame(0);
        VideoFrame b = frame(1);
        VideoFrame blocked = frame(2);
        queue.put(a);
        queue.put(b);
        boolean[] accepted = {true};
        Thread producer = new Thread(() -> {
            try {
                accepted[0] = queue.put(blocked); // waits: the queue is full
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        TimeUnit.MILLISECONDS.sleep(50);
        queue.abort();
        producer.join(5000);
        assertFalse(accepted[0], "a put waiting when the handoff is aborted is refused");
        assertTrue(a.bgr().isNull() && b.bgr().isNull() && blocked.bgr().isNull(), "every frame was closed");
        assertTrue(queue.take().isEmpty());
    }
}
