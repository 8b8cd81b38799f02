package com.repcam.analysis;

import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.capture.VideoFrame;
import com.repcam.output.OutputException;
import com.repcam.runner.StageRunner;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a recorded source through a {@link FrameAnalyzer} as one line of a {@link StageRunner}: in the
 * thread-per-stage layout decoding, analysis and output overlap on three threads: a reader decodes ahead, the calling thread analyses frames in order (pose tracking and the exercise are
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

    /** Frames waiting between two stages: enough to absorb jitter, few enough to keep memory small. */
    static final int QUEUE_FRAMES = 4;

    private final FrameSource source;
    private final FrameStage stage;
    private final Observer observer;
    private final FrameSink sink;
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
                                    FrameSink sink, StageRunner.Layout layout)
            throws CaptureException, OutputException {
        return analyzer.result(source.info(), drive(source, stage, observer, sink, layout));
    }

    /**
     * Drives any per-frame stage over the whole source.
     *
     * @param layout {@link StageRunner.Layout#THREAD_PER_STAGE}: decode ahead and write behind on threads of their
     *               own; {@link StageRunner.Layout#CALLER}: everything in turn on the calling thread
     * @return the source's warnings, plus one if the thread was interrupted and the run stopped early
     */
    public static List<String> drive(FrameSource source, FrameStage stage, Observer observer, FrameSink sink,
                                     StageRunner.Layout layout) throws CaptureException, OutputException {
        return new SessionPipeline(source, stage, observer, sink).run(layout);
    }

    private List<String> run(StageRunner.Layout layout) throws CaptureException, OutputException {
        boolean stopped;
        try (StageRunner runner = new StageRunner("repcam")) {
            runner.line(layout, source::next, VideoFrame::close, QUEUE_FRAMES, this::analyse, this::write,
                    a -> a.frame().close());
            runner.throwFailure(CaptureException.class, OutputException.class);
            stopped = runner.stopped();
        }
        List<String> warnings = new ArrayList<>(source.warnings());
        if (stopped) {
            Thread.currentThread().interrupt();
            warnings.add(source.info().description() + ": the analysis was stopped after " + analysedFrames
                    + " frames; the session covers only those.");
        }
        return warnings;
    }

    private AnalyzedFrame analyse(VideoFrame frame) throws CaptureException, OutputException {
        AnalyzedFrame result = stage.analyze(frame);
        analysedFrames++;
        if (observer != null) {
            observer.onAnalyzed(result);
        }
        return result;
    }

    private void write(AnalyzedFrame frame) throws OutputException {
        if (sink != null) {
            sink.accept(frame);
        }
    }
}
