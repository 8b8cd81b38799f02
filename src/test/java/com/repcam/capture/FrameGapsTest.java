package com.repcam.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameGapsTest {

    private static final long FRAME = 66_667; // 15 fps

    @Test
    void aSteadyStreamHasNoGaps() {
        FrameGaps g = new FrameGaps(15);
        for (int i = 0; i < 100; i++) {
            g.frame(i * FRAME + (i % 3) * 5_000); // timestamp jitter of a few ms is not a gap
        }
        assertEquals(List.of(), g.gaps());
        assertEquals(0, g.missingFrames());
    }

    @Test
    void framesSkippedInTwoPlacesAreCountedWithTheirTimes() {
        FrameGaps g = new FrameGaps(15);
        for (int i = 0; i < 365; i++) {
            boolean damaged = i > 150 && i < 154 || i == 160;
            if (!damaged) {
                g.frame(i * FRAME);
            }
        }
        assertEquals(List.of(new FrameGaps.Gap(150 * FRAME, 154 * FRAME, 3),
                new FrameGaps.Gap(159 * FRAME, 161 * FRAME, 1)), g.gaps());
        assertEquals(4, g.missingFrames());
        assertEquals("10.0-10.3 s, 10.6-10.7 s", g.describe(5));
        assertEquals("10.0-10.3 s and 1 more places", g.describe(1));
    }
}
