package com.repcam.live;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.output.OutputException;
import com.repcam.output.SessionFrameWriter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes a live set's per-frame files (poses.jsonl, annotated.mp4) on a thread of its own, behind the analysis, so
 * drawing and encoding never delay the picture on the screen. Takes ownership of the frames it is given and closes
 * them. The queue is bounded: if the disk cannot keep up for {@value #QUEUE_FRAMES} frames, the analysis waits
 * rather than the recording losing frames. The first write error is reported by the next call.
 */
final class LiveFrameWriter {

    static final int QUEUE_FRAMES = 16;
    private static final long POLL_MILLIS = 20;

    private final SessionFrameWriter writer;
    private final BlockingQueue<AnalyzedFrame> queue = new ArrayBlockingQueue<>(QUEUE_FRAMES);
    private final Thread thread;
    private volatile boolean ending;
    private volatile OutputException failure;
    private boolean finished;

    LiveFrameWriter(SessionFrameWriter writer) {
        this.writer = writer;
        this.thread = new Thread(this::run, "repcam-live-write");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a frame for writing; the frame is now the writer's. */
    void submit(AnalyzedFrame frame) throws OutputException {
        if (failure != null || finished) {
            frame.frame().close();
            if (failure != null) {
                throw failure;
            }
            return;
        }
        try {
            while (!queue.offer(frame, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (failure != null || !thread.isAlive()) {
                    frame.frame().close();
                    if (failure != null) {
                        throw failure;
                    }
                    return;
                }
            }
        } catch (InterruptedException e) {
            frame.frame().close();
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            AnalyzedFrame f;
            try {
                f = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                f = queue.poll();
                if (f == null) {
                    return;
                }
            }
            if (f == null) {
                if (ending) {
                    return;
                }
                continue;
            }
            try {
                if (failure == null) {
                    writer.write(f);
                }
            } catch (OutputException e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = new OutputException("Cannot write the session files: " + e, e);
            } finally {
                f.frame().close();
            }
        }
    }

    /** Writes what is queued, closes the files, and reports the first error. Idempotent. */
    void finish() throws OutputException {
        if (finished) {
            return;
        }
        finished = true;
        ending = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
        }
        for (AnalyzedFrame f = queue.poll(); f != null; f = queue.poll()) {
            f.frame().close();
        }
        try {
            writer.close();
        } catch (OutputException e) {
            if (failure == null) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
