package com.repcam.analysis;

import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.output.OutputException;
import com.repcam.pose.PoseTracker;
import com.repcam.runner.Fallback;
import com.repcam.runner.StageRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a recorded video runs through a session's analysis ({@code analyze}, {@code eval}, {@code bench-analyze}):
 * which way of sharing the machine, chosen by measurement unless asked for. Whatever the strategy, the exercise
 * and the outputs see every frame once, in order.
 */
public final class RecordingAnalysis {

    /** Ways to share the machine. */
    public enum Strategy {
        /**
         * Poses tracked in two parts at once ({@link ParallelPoseTracking}); the video decoded again in order, the
         * exercise and the outputs on three threads ({@link StageRunner.Layout#THREAD_PER_STAGE}: 68.7 against 63.5
         * frames/s at 640x480 and 55.9 against 50.6 at 720p with everything after the poses on one thread, medians
         * of three bench-analyze runs each on AMD EPYC, 2026-12-03; see README).
         */
        PARALLEL,
        /** Decode, pose and exercise, output on three threads ({@link StageRunner.Layout#THREAD_PER_STAGE}). */
        THREADED,
        /** Everything in turn on one thread ({@link StageRunner.Layout#CALLER}). */
        INLINE,
        /** PARALLEL where it pays (two cores or more, every frame used, a video long enough), else THREADED or INLINE. */
        AUTO
    }

    /** How long the second part tracks before its first frame, so its tracking and smoothing have settled. */
    public static final long WARM_UP_MICROS = 3_000_000;

    /** One try at analysing a recording with a strategy. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run(Strategy strategy) throws CaptureException, OutputException;
    }

    private RecordingAnalysis() {
    }

    /**
     * Runs an attempt; if parallel tracking fell out of step with the video, says so and runs it again one frame
     * after another (the attempt must start its outputs afresh).
     */
    public static <T> T withFallback(Strategy strategy, int torchThreads, Attempt<T> attempt, Consumer<String> note)
            throws CaptureException, OutputException {
        return Fallback.<T, Strategy, CaptureException, OutputException>run(attempt::run, strategy,
                sequential(torchThreads), ParallelPoseTracking.OutOfStepException.class, why -> note.accept("tracking the video in two parts at once fell out of step (" + why
                        + "); analysing it again one frame after another"));
    }

    /**
     * Analyses a recording.
     *
     * @param file   the video file the source reads (parallel parts open it again)
     * @param stride every stride-th frame is used (parallel tracking needs every frame)
     */
    public static SessionResult run(FrameSource source, Path file, int stride, PoseTracker tracker,
                                    FrameAnalyzer analyzer, int torchThreads, Strategy strategy,
                                    SessionPipeline.Observer observer, SessionPipeline.FrameSink sink)
            throws CaptureException, OutputException {
        SessionResult result = runFrames(source, file, stride, tracker, analyzer, torchThreads, strategy, observer,
                sink);
        return result.withWarnings(RecordingLimits.warnings(source.info(), stride));
    }

    private static SessionResult runFrames(FrameSource source, Path file, int stride, PoseTracker tracker,
                                           FrameAnalyzer analyzer, int torchThreads, Strategy strategy,
                                           SessionPipeline.Observer observer, SessionPipeline.FrameSink sink)
            throws CaptureException, OutputException {
        if (strategy == Strategy.PARALLEL || strategy == Strategy.AUTO && stride == 1) {
            Optional<ParallelPoseTracking> parallel = ParallelPoseTracking.start(file, source.info(), tracker,
                    torchThreads, WARM_UP_MICROS);
            if (parallel.isPresent()) {
                try (ParallelPoseTracking poses = parallel.get()) {
                    return SessionPipeline.run(source, analyzer, f -> {
                        ParallelPoseTracking.Tracked t = poses.poseFor(f);
                        return analyzer.analyze(f, t.pose(), t.severalPeople());
                    }, observer, sink, StageRunner.Layout.THREAD_PER_STAGE);
                }
            }
        }
        StageRunner.Layout layout = (strategy == Strategy.THREADED || strategy == Strategy.INLINE ? strategy
                : sequential(torchThreads)) == Strategy.THREADED ? StageRunner.Layout.THREAD_PER_STAGE
                : StageRunner.Layout.CALLER;
        return SessionPipeline.run(source, analyzer, analyzer::analyze, observer, sink, layout);
    }

    /**
     * THREADED when the machine has a core beyond libtorch's intra-op threads, else INLINE. Measured with
     * {@code repcam bench-analyze} on 2 cores (full model, 30 fps, see README): with libtorch on both cores, decode
     * and encode threads preempt its workers at every barrier and the threaded pipeline is slower than one thread
     * doing everything in turn (44 vs 50 frames/s at 640x480, 39 vs 42 at 1280x720); with a core left free (libtorch
     * on 1 thread) the threaded pipeline wins (41 vs 38, 42 vs 34).
     */
    static Strategy sequential(int torchThreads) {
        return Runtime.getRuntime().availableProcessors() > torchThreads ? Strategy.THREADED : Strategy.INLINE;
    }
}
