package com.repcam.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where frames are missing from a video that should have one every 1/rate seconds: each step between two decoded
 * frames longer than one and a half frame intervals is a gap, with the frames that would have filled it. The
 * frames a decoder skips in a damaged part of a file show up here.
 */
final class FrameGaps {

    /** A step longer than this many frame intervals is a gap. */
    private static final double GAP_INTERVALS = 1.5;

    /** Frames missing between two decoded frames. */
    record Gap(long afterMicros, long beforeMicros, int missingFrames) {
    }

    private final double intervalMicros;
    private final List<Gap> gaps = new ArrayList<>();
    private long previous = Long.MIN_VALUE;

    /** @param frameRate the stream's nominal frames per second */
    FrameGaps(double frameRate) {
        this.intervalMicros = 1e6 / frameRate;
    }

    /** The next decoded frame's timestamp, in stream order. */
    void frame(long timestampMicros) {
        if (previous != Long.MIN_VALUE) {
            long step = timestampMicros - previous;
            if (step > GAP_INTERVALS * intervalMicros) {
                gaps.add(new Gap(previous, timestampMicros, (int) Math.round(step / intervalMicros) - 1));
            }
        }
        previous = timestampMicros;
    }

    List<Gap> gaps() {
        return List.copyOf(gaps);
    }

    int missingFrames() {
        return gaps.stream().mapToInt(Gap::missingFrames).sum();
    }

    /** Where the gaps are, for a message: "10.0-10.3 s, 10.5-10.6 s" (the first few, then how many more). */
    String describe(int atMost) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(atMost, gaps.size()); i++) {
            Gap g = gaps.get(i);
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f-%.1f s", g.afterMicros() / 1e6,
                    g.beforeMicros() / 1e6));
        }
        if (gaps.size() > atMost) {
            s.append(" and ").append(gaps.size() - atMost).append(" more places");
        }
        return s.toString();
    }
}
