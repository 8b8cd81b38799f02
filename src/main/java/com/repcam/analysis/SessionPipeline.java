package com.repcam.analysis;

import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.capture.VideoFrame;
import com.repcam.output.OutputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a recorded source through a {@link FrameAnalyzer} with decoding, analysis and output overlapping on three
 * threads: a reader decodes ahead, the calling thread analyses frames in order (pose tracking and the exercise are
 * sequential by nature), and a writer draws and encodes behind it. The queues between them are short and bounded,
 * so memory stays flat however long the video; every frame is closed whichever stage fails first, and the first
 * failure is the one reported.
 */
public final class SessionPipeline {

    /** Sees each frame on the analysis thread, right after it was analysed, while the exercise is at that frame. */
    @FunctionalInterface
    public interface Observer {
        void onAnalyzed(AnalyzedFrame frame) throws OutputException;
    }

    /** Takes each analysed frame on the writer thread, in order; the frame is closed after it returns. */
    @FunctionalInterface
    public interface FrameSink {
        void accept(AnalyzedFrame frame) throws OutputException;
    }

    /** The per-frame work of the analysis thread; {@link FrameAnalyzer} in RepCam. */
    @FunctionalInterface
    public interface FrameStage {
        AnalyzedFrame analyze(VideoFrame frame) throws CaptureException;
    }

    /**
     * Thrown by a stage that was interrupted while it waited (for a pose tracked on another thread): the run ends
     * as on any interrupt, with the frames analysed so far; the frame being waited for is not one of them.
     */
    public static final class StopRequest extends RuntimeException {
        public StopRequest() {
            super("stop requested", null, false, false);
        }
    }

    /**
     * How the stages share the machine. Measured with {@code repcam bench-analyze} on 2 cores (full model, 30 fps,
     * see README): with libtorch on both cores, decode and encode threads preempt its workers at every barrier and
     * the threaded pipeline is slower than one thread doing everything in turn (44 vs 50 frames/s at 640x480,
     * 39 vs 42 at 1280x720); with a core left free (libtorch on 1 thread) the threaded pipeline wins (41 vs 38,
     * 42 vs 34). So the threaded pipeline is used when there is a core that libtorch does not use.
     */
    public enum Mode {
        /** Decode, analysis and output on three threads. */
        THREADED,
        /** Decode, analysis and output one after the other on the calling thread. */
        INLINE;

        /** THREADED when the machine has a core beyond libtorch's intra-op threads, else INLINE. */
        public static Mode forTorchThreads(int torchThreads) {
            return Runtime.getRuntime().availableProcessors() > torchThreads ? THREADED : INLINE;
        }
    }

    /** Frames waiting between two stages: enough to absorb jitter, few enough to keep memory small. */
    static final int QUEUE_FRAMES = 4;
    private static final long POLL_MILLIS = 20;

    private final FrameSource source;
    private final FrameStage stage;
    private final Observer observer;
    private final FrameSink sink;
    private final BlockingQueue<VideoFrame> decoded = new ArrayBlockingQueue<>(QUEUE_FRAMES);
    private final BlockingQueue<AnalyzedFrame> analysed = new ArrayBlockingQueue<>(QUEUE_FRAMES);
    /** Set on a failure: every stage drops what it holds. */
    private final AtomicBoolean abort = new AtomicBoolean();
    /** Set when asked to stop early (interrupt): no more frames are read, but those analysed are still written. */
    private final AtomicBoolean stopReading = new AtomicBoolean();
    private final AtomicBoolean analysisDone = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private long analysedFrames;

    private SessionPipeline(FrameSource source, FrameStage stage, Observer observer, FrameSink sink) {
        this.source = source;
        this.stage = stage;
        this.observer = observer;
        this.sink = sink;
    }

    /**
     * Analyses the whole source with a session's analyzer.
     *
     * @param stage    the per-frame work: the analyzer's own (pose tracking here), or one that takes poses
     *                 tracked elsewhere
     * @param observer called on the analysis thread, or null
     * @param sink     called on the writer thread, or null
     * @return the session; if the thread is interrupted, the part analysed so far, with a warning saying so
     */
    public static SessionResult run(FrameSource source, FrameAnalyzer analyzer, FrameStage stage, Observer observer,
                                    FrameSink sink, Mode mode) throws CaptureException, OutputException {
        return analyzer.result(source.info(), drive(source, stage, observer, sink, mode));
    }

    /**
     * Drives any per-frame stage over the whole source.
     *
     * @return the source's warnings, plus one if the thread was interrupted and the run stopped early
     */
    public static List<String> drive(FrameSource source, FrameStage stage, Observer observer, FrameSink sink,
                                     Mode mode) throws CaptureException, OutputException {
        SessionPipeline pipeline = new SessionPipeline(source, stage, observer, sink);
        return mode == Mode.THREADED ? pipeline.run() : pipeline.runInline();
    }

    /** Everything on the calling thread; an interrupt stops after the current frame, as in the threaded mode. */
    private List<String> runInline() throws CaptureException, OutputException {
        boolean interrupted = false;
        for (Optional<VideoFrame> next = source.next(); next.isPresent(); next = source.next()) {
            try (VideoFrame frame = next.get()) {
                AnalyzedFrame result;
                try {
                    result = stage.analyze(frame);
                } catch (StopRequest stop) {
                    interrupted = true;
                    break;
                }
                analysedFrames++;
                if (observer != null) {
                    observer.onAnalyzed(result);
                }
                if (sink != null) {
                    sink.accept(result);
                }
            }
            if (Thread.interrupted()) {
                interrupted = true;
                break;
            }
        }
        return warnings(interrupted);
    }

    private List<String> run() throws CaptureException, OutputException {
        Thread reader = new Thread(this::read, "repcam-decode");
        Thread writer = new Thread(this::write, "repcam-write");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
        boolean interrupted = false;
        try {
            analyse(reader);
        } catch (InterruptedException e) {
            interrupted = true;
            stopReading.set(true);
        } catch (OutputException | CaptureException | RuntimeException | Error e) {
            fail(e);
        } finally {
            analysisDone.set(true);
            interrupted |= joinDraining(reader, decoded);
            interrupted |= joinDraining(writer, analysed);
        }
        Throwable first = failure.get();
        if (first instanceof CaptureException e) {
            throw e;
        } else if (first instanceof OutputException e) {
            throw e;
        } else if (first instanceof RuntimeException e) {
            throw e;
        } else if (first instanceof Error e) {
            throw e;
        }
        return warnings(interrupted);
    }

    private List<String> warnings(boolean interrupted) {
        List<String> warnings = new ArrayList<>(source.warnings());
        if (interrupted) {
            Thread.currentThread().interrupt();
            warnings.add(source.info().description() + ": the analysis was stopped after " + analysedFrames
                    + " frames; the session covers only those.");
        }
        return warnings;
    }

    private void analyse(Thread reader) throws InterruptedException, OutputException, CaptureException {
        while (true) {
            VideoFrame frame = decoded.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (frame == null) {
                if (reader.isAlive()) {
                    continue;
                }
                frame = decoded.poll(); // the reader's last frame may have landed after the timed poll
                if (frame == null) {
                    return;
                }
            }
            if (abort.get() || stopReading.get()) {
                frame.close();
                continue;
            }
            AnalyzedFrame result;
            try {
                result = stage.analyze(frame);
                analysedFrames++;
                if (observer != null) {
                    observer.onAnalyzed(result);
                }
            } catch (StopRequest stop) {
                frame.close();
                throw new InterruptedException("stop requested");
            } catch (OutputException | CaptureException | RuntimeException | Error e) {
                frame.close();
                throw e;
            }
            boolean taken = false;
            try {
                taken = handOver(analysed, result, abort);
            } catch (InterruptedException e) {
                // asked to stop: this frame is analysed, so it is still written (the exception cleared the flag)
                taken = handOver(analysed, result, abort);
                throw e;
            } finally {
                if (!taken) {
                    frame.close();
                }
            }
        }
    }

    private void read() {
        try {
            while (!abort.get() && !stopReading.get()) {
                Optional<VideoFrame> next = source.next();
                if (next.isEmpty()) {
                    return;
                }
                boolean taken = false;
                try {
                    taken = handOver(decoded, next.get(), stopReading);
                } finally {
                    if (!taken) {
                        next.get().close();
                    }
                }
            }
        } catch (CaptureException | RuntimeException | Error e) {
            fail(e);
        } catch (InterruptedException e) {
            stopReading.set(true);
        }
    }

    private void write() {
        try {
            while (true) {
                AnalyzedFrame f = analysed.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (f == null) {
                    if (analysisDone.get() && analysed.isEmpty()) {
                        return;
                    }
                    continue;
                }
                try {
                    if (sink != null && !abort.get()) {
                        sink.accept(f);
                    }
                } catch (OutputException | RuntimeException | Error e) {
                    fail(e);
                } finally {
                    f.frame().close();
                }
            }
        } catch (InterruptedException e) {
            abort.set(true);
        }
    }

    /** Puts an item on a queue, waiting while it is full; false (the item not taken) on a failure or a stop. */
    private <T> boolean handOver(BlockingQueue<T> queue, T item, AtomicBoolean alsoStopOn)
            throws InterruptedException {
        while (!abort.get() && !alsoStopOn.get()) {
            if (queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    private void fail(Throwable e) {
        failure.compareAndSet(null, e);
        abort.set(true);
    }

    /** Waits for a stage to end, closing whatever frames are left in the queue it feeds or drains. */
    private boolean joinDraining(Thread stage, BlockingQueue<?> queue) {
        boolean interrupted = false;
        while (stage.isAlive()) {
            try {
                stage.join(POLL_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true;
                stopReading.set(true);
            }
            if (abort.get()) {
                closeAll(queue);
            }
        }
        closeAll(queue);
        return interrupted;
    }

    private static void closeAll(BlockingQueue<?> queue) {
        for (Object item = queue.poll(); item != null; item = queue.poll()) {
            if (item instanceof VideoFrame f) {
                f.close();
            } else if (item instanceof AnalyzedFrame a) {
                a.frame().close();
            }
        }
    }
}
