package com.repcam.live;

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

class LatestFrameSlotTest {

    static CapturedFrame frame(long i) {
        return new CapturedFrame(new VideoFrame(i, i * 33_333, new Mat(4, 4, opencv_core.CV_8UC3)), i);
    }

    @Test
    void keepsOnlyTheNewestFrameAndClosesAndCountsTheReplacedOnes() throws Exception {
        LatestFrameSlot slot = new LatestFrameSlot(false);
        List<CapturedFrame> offered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CapturedFrame f = frame(i);
            offered.add(f);
            assertTrue(slot.offer(f));
        }
        CapturedFrame taken = slot.take().orElseThrow();
        assertEquals(4, taken.frame().index(), "the newest frame is handed out");
        assertEquals(4, slot.dropped());
        assertEquals(5, slot.offered());
        for (int i = 0; i < 4; i++) {
            assertTrue(offered.get(i).frame().bgr().isNull(), "dropped frame " + i + " was not closed");
        }
        assertFalse(taken.frame().bgr().isNull(), "the frame handed out is still open");
        assertEquals(null, slot.poll(), "nothing queued behind the newest frame");
        taken.close();
    }

    @Test
    void neverHoldsMoreThanOneFrameWhileTheConsumerIsBusy() throws Exception {
        LatestFrameSlot slot = new LatestFrameSlot(false);
        long taken = 0;
        for (int i = 0; i < 100; i++) {
            slot.offer(frame(i));
            if (i % 10 == 9) { // a slow consumer takes one frame in ten
                try (CapturedFrame f = slot.poll()) {
                    assertEquals(i, f.frame().index(), "the consumer always gets the latest frame");
                    taken++;
                }
            }
        }
        assertEquals(10, taken);
        assertEquals(90, slot.dropped());
    }

    @Test
    void losslessModeMakesTheProducerWaitInsteadOfDropping() throws Exception {
        LatestFrameSlot slot = new LatestFrameSlot(true);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    slot.offer(frame(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                slot.close();
            }
        });
        producer.start();
        List<Long> seen = new ArrayList<>();
        for (Optional<CapturedFrame> f = slot.take(); f.isPresent(); f = slot.take()) {
            seen.add(f.get().frame().index());
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
    void closingWakesAWaitingConsumerAndRefusesLaterFrames() throws Exception {
        LatestFrameSlot slot = new LatestFrameSlot(false);
        Thread closer = new Thread(() -> {
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException ignored) {
                // close anyway
            }
            slot.close();
        });
        closer.start();
        assertTrue(slot.take().isEmpty());
        assertTrue(slot.isClosed());
        CapturedFrame late = frame(7);
        assertFalse(slot.offer(late));
        assertTrue(late.frame().bgr().isNull(), "a refused frame is closed");
        closer.join();
    }

    @Test
    void wakeMakesTakeReturnWithoutAFrameAndWithoutClosing() throws Exception {
        LatestFrameSlot slot = new LatestFrameSlot(false);
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
        slot.offer(frame(1));
        assertEquals(1, slot.take().orElseThrow().frame().index());
        waker.join();
    }
}
