package com.repcam.live;

import java.util.Optional;

/**
 * Hands frames from the capture thread to the analysis thread, keeping only the newest one: a frame that arrives
 * before the previous one was taken replaces it, and the replaced frame is closed and counted as dropped. Nothing
 * ever queues, so what is analysed and drawn is never older than one frame plus the analysis itself.
 *
 * <p>In lossless mode (a recording analysed as fast as possible) the producer waits instead of replacing, so no
 * frame is dropped. Thread-safe; one producer and one consumer.
 */
final class LatestFrameSlot {

    private final boolean lossless;
    private CapturedFrame frame;
    private boolean closed;
    private boolean woken;
    private long offered;
    private long dropped;

    /** @param lossless wait for the consumer instead of dropping (never for cameras) */
    LatestFrameSlot(boolean lossless) {
        this.lossless = lossless;
    }

    /** Puts a frame in the slot; in dropping mode an untaken frame is closed and counted. Returns false once closed. */
    synchronized boolean offer(CapturedFrame next) throws InterruptedException {
        while (lossless && frame != null && !closed) {
            wait();
        }
        if (closed) {
            next.close();
            return false;
        }
        offered++;
        if (frame != null) {
            frame.close();
            dropped++;
        }
        frame = next;
        notifyAll();
        return true;
    }

    /**
     * The newest frame, waiting for one; empty once the slot is closed and drained, or when {@link #wake} was
     * called (then {@link #isClosed} is false).
     */
    synchronized Optional<CapturedFrame> take() throws InterruptedException {
        while (frame == null && !closed && !woken) {
            wait();
        }
        woken = false;
        return Optional.ofNullable(poll());
    }

    /** Makes a waiting (or the next) {@link #take} return at once, so the consumer can handle something else. */
    synchronized void wake() {
        woken = true;
        notifyAll();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** The newest frame, or null right away when there is none. */
    synchronized CapturedFrame poll() {
        CapturedFrame f = frame;
        frame = null;
        notifyAll();
        return f;
    }

    /** No more frames will come (end of source, or the session ends): wakes a waiting consumer. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** Closes the slot and releases a frame nobody will take. */
    synchronized void closeAndDiscard() {
        close();
        if (frame != null) {
            frame.close();
            frame = null;
        }
    }

    synchronized long offered() {
        return offered;
    }

    /** Frames replaced before the consumer took them. */
    synchronized long dropped() {
        return dropped;
    }
}
