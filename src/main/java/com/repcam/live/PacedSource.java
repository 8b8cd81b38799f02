package com.repcam.live;

import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.capture.SourceInfo;
import com.repcam.capture.VideoFrame;
import java.util.List;
import java.util.Optional;

/**
 * A recording played like a camera ({@code --source VIDEO --realtime}): each frame is released when its own
 * timestamp comes round on the wall clock, counted from the first frame. Decoding ahead of time does not help a
 * frame leave early; a frame decoded late leaves at once (the schedule is not shifted, like a camera that keeps its
 * own rate). Pausing holds the clock: after a pause the video goes on where it stopped.
 */
final class PacedSource implements FrameSource {

    private final FrameSource source;
    private final Clock clock;
    private long startNanos = Long.MIN_VALUE;
    private long firstTimestampMicros;
    private long pausedSince = -1;
    private final Object pauseLock = new Object();

    PacedSource(FrameSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    @Override
    public SourceInfo info() {
        return source.info();
    }

    @Override
    public Optional<VideoFrame> next() throws CaptureException {
        Optional<VideoFrame> next = source.next();
        if (next.isEmpty()) {
            return next;
        }
        VideoFrame frame = next.get();
        try {
            waitUntilDue(frame.timestampMicros());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            frame.close();
            return Optional.empty();
        }
        return next;
    }

    /** The wall-clock moment (nanoTime) a frame with this timestamp is due. */
    long dueNanos(long timestampMicros) {
        synchronized (pauseLock) {
            return startNanos + (timestampMicros - firstTimestampMicros) * 1000;
        }
    }

    private void waitUntilDue(long timestampMicros) throws InterruptedException {
        synchronized (pauseLock) {
            if (startNanos == Long.MIN_VALUE) {
                startNanos = clock.nanoTime();
                firstTimestampMicros = timestampMicros;
            }
        }
        while (true) {
            long wait;
            synchronized (pauseLock) {
                if (pausedSince >= 0) {
                    pauseLock.wait(50);
                    continue;
                }
                wait = dueNanos(timestampMicros) - clock.nanoTime();
            }
            if (wait <= 0) {
                return;
            }
            // sleep in short steps so a pause takes effect promptly
            clock.sleepNanos(Math.min(wait, 20_000_000L));
        }
    }

    /** Holds the stream (nothing is released) until {@link #resume()}; the pause does not count as video time. */
    void pause() {
        synchronized (pauseLock) {
            if (pausedSince < 0) {
                pausedSince = clock.nanoTime();
            }
        }
    }

    void resume() {
        synchronized (pauseLock) {
            if (pausedSince >= 0) {
                if (startNanos != Long.MIN_VALUE) {
                    startNanos += clock.nanoTime() - pausedSince;
                }
                pausedSince = -1;
                pauseLock.notifyAll();
            }
        }
    }

    @Override
    public List<String> warnings() {
        return source.warnings();
    }

    @Override
    public void close() {
        source.close();
    }
}
