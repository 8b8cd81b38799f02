package com.repcam.live;

import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.capture.VideoFrame;
import java.util.Optional;

/**
 * The capture thread: reads the source as fast as it delivers (a camera's own rate, or a recording paced by
 * {@link PacedSource}) and puts each frame into the {@link LatestFrameSlot}, stamped with the moment it arrived.
 * Closes the slot when the source ends or fails, which ends the analysis loop.
 */
final class CaptureLoop {

    private final FrameSource source;
    private final LatestFrameSlot slot;
    private final Clock clock;
    private final Thread thread;
    private volatile boolean stopping;
    private volatile String failure;

    CaptureLoop(FrameSource source, LatestFrameSlot slot, Clock clock) {
        this.source = source;
        this.slot = slot;
        this.clock = clock;
        this.thread = new Thread(this::run, "repcam-capture");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (!stopping) {
                Optional<VideoFrame> next = source.next();
                if (next.isEmpty()) {
                    break;
                }
                if (!slot.offer(new CapturedFrame(next.get(), clock.nanoTime()))) {
                    break;
                }
            }
        } catch (CaptureException e) {
            failure = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = "reading frames failed: " + e;
        } finally {
            slot.close();
        }
    }

    /** True when the source ended or failed by itself (not because {@link #stop} was called). */
    boolean endedBySource() {
        return !stopping;
    }

    /** Why reading failed, or null. */
    String failure() {
        return failure;
    }

    /** Stops reading and waits for the thread (a camera read times out within seconds). */
    void stop() {
        stopping = true;
        slot.closeAndDiscard();
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        slot.closeAndDiscard();
    }
}
