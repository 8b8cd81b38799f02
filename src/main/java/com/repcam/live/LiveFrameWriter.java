package com.repcam.live;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.output.OutputException;
import com.repcam.output.SessionFrameWriter;
import com.repcam.runner.Handoff;
import com.repcam.runner.StageRunner;
import java.util.Optional;

/**
 * Writes a live set's per-frame files (poses.jsonl, annotated.mp4) on a thread of its own, behind the analysis, so
 * drawing and encoding never delay the picture on the screen: a sink of a {@link StageRunner}. Takes ownership of
 * the frames it is given and closes them. The queue is bounded: if the disk cannot keep up for
 * {@value #QUEUE_FRAMES} frames, the analysis waits rather than the recording losing frames. The first write error
 * is reported by the next call.
 */
final class LiveFrameWriter {

    static final int QUEUE_FRAMES = 16;

    private final SessionFrameWriter writer;
    private final StageRunner runner = new StageRunner("repcam-live");
    private final Handoff<AnalyzedFrame> queue = runner.bounded("to-write", QUEUE_FRAMES, f -> f.frame().close());
    private boolean finished;

    LiveFrameWriter(SessionFrameWriter writer) {
        this.writer = writer;
        runner.sink("write", queue, writer::write);
    }

    /** Queues a frame for writing; the frame is now the writer's. */
    void submit(AnalyzedFrame frame) throws OutputException {
        if (finished) {
            frame.frame().close();
            return;
        }
        try {
            if (!queue.put(frame)) { // refused (and closed): the writer failed
                throwFailure();
            }
        } catch (InterruptedException e) {
            frame.frame().close();
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what is queued, closes the files, and reports the first error. Idempotent. */
    void finish() throws OutputException {
        if (finished) {
            return;
        }
        finished = true;
        queue.end();
        runner.await();
        runner.close();
        try {
            writer.close();
        } catch (OutputException e) {
            throwFailure();
            throw e;
        }
        throwFailure();
    }

    private void throwFailure() throws OutputException {
        Optional<Throwable> failure = runner.failure();
        if (failure.isEmpty()) {
            return;
        }
        if (failure.get() instanceof OutputException e) {
            throw e;
        }
        throw new OutputException("Cannot write the session files: " + failure.get(), failure.get());
    }
}
