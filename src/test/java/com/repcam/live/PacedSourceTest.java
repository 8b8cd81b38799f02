package com.repcam.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.capture.VideoFrame;
import org.junit.jupiter.api.Test;

class PacedSourceTest {

    @Test
    void releasesEachFrameAtItsOwnTimestampCountedFromTheFirst() throws Exception {
        FakeClock clock = new FakeClock();
        PacedSource paced = new PacedSource(new ListSource(10, 30, i -> { }), clock);
        long start = clock.nanoTime();
        for (int i = 0; i < 10; i++) {
            try (VideoFrame f = paced.next().orElseThrow()) {
                long due = start + f.timestampMicros() * 1000;
                assertTrue(clock.nanoTime() >= due, "frame " + i + " left early");
                assertEquals(due, clock.nanoTime(), 1_000, "frame " + i + " left late");
            }
        }
        assertTrue(paced.next().isEmpty());
    }

    @Test
    void aFrameReadLateLeavesAtOnceAndTheScheduleDoesNotShift() throws Exception {
        FakeClock clock = new FakeClock();
        PacedSource paced = new PacedSource(new ListSource(10, 10, i -> {
            if (i == 3) {
                clock.advance(250_000_000L); // decoding frame 3 took 250 ms: it is already late
            }
        }), clock);
        long start = clock.nanoTime();
        for (int i = 0; i < 3; i++) {
            paced.next().orElseThrow().close();
        }
        paced.next().orElseThrow().close(); // frame 3, due at 300 ms, read at 200 + 250 ms
        assertEquals(start + 450_000_000L, clock.nanoTime(), 1_000, "a late frame is not held back further");
        try (VideoFrame f4 = paced.next().orElseThrow()) {
            assertEquals(400_000, f4.timestampMicros());
            assertEquals(start + 450_000_000L, clock.nanoTime(), 1_000, "frame 4 was already due: no wait");
        }
        try (VideoFrame f5 = paced.next().orElseThrow()) {
            assertEquals(start + 500_000_000L, clock.nanoTime(), 1_000, "back on the original schedule");
        }
    }

    @Test
    void pausingHoldsTheStreamAndResumingShiftsTheScheduleByThePause() throws Exception {
        FakeClock clock = new FakeClock();
        PacedSource paced = new PacedSource(new ListSource(5, 10, i -> { }), clock);
        long start = clock.nanoTime();
        paced.next().orElseThrow().close(); // frame 0 at start
        paced.pause();
        clock.advance(2_000_000_000L); // two seconds paused
        paced.resume();
        try (VideoFrame f1 = paced.next().orElseThrow()) {
            assertEquals(start + 2_100_000_000L, clock.nanoTime(), 1_000,
                    "frame 1 is due 100 ms after frame 0 plus the pause");
        }
    }

    @Test
    void passesTheSourceInformationThrough() {
        ListSource list = new ListSource(3, 15, i -> { });
        PacedSource paced = new PacedSource(list, new FakeClock());
        assertEquals(15, paced.info().frameRate());
        paced.close();
        assertTrue(list.closed);
    }
}
