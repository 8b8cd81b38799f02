package com.repcam.analysis;

import com.repcam.capture.CaptureException;
import com.repcam.capture.SourceInfo;
import com.repcam.capture.VideoFileSource;
import com.repcam.capture.VideoFrame;
import com.repcam.pose.PoseFrame;
import com.repcam.pose.PoseTracker;
import com.repcam.runner.Handoff;
import com.repcam.runner.StageRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiPredicate;

/**
 * Tracks the poses of a recorded video in two parts at once, each on a thread of its own with its own tracker over
 * the same loaded models and one libtorch thread: on two cores this does a third more inferences per second than
 * one tracker on two threads (measured: 96.8 against 72.5 a second for the full model). The second part starts
 * tracking a warm-up stretch before its first frame, so that its tracking and smoothing have settled by then; the
 * parts are sized so both do the same work. The exercise still sees every frame in order: {@link #poseFor} hands
 * out the poses as the video is read again in order, waiting for a part where needed.
 *
 * <p>The second part takes over at the seam only if it sees the body the first part sees: the two are compared on
 * the last warm-up frame before the seam, which both track ({@link SeamCheck}). A fresh start mid-set can take hold
 * of a wrong body (the head under a chair, the body half turned) and follow it to the end; when the parts disagree
 * there, the first part tracks the rest of the video, as one go would, and the second stops. The first part waits
 * at the seam for that verdict, so no frame is tracked twice beyond the warm-up.
 */
public final class ParallelPoseTracking implements AutoCloseable {

    /** One frame's pose, and whether the detector saw several people when it ran for it. */
    public record Tracked(PoseFrame pose, boolean severalPeople) {
    }

    /**
     * A part's frames do not line up with the video read in order (the two decoders disagree on timestamps):
     * analyse the video again, one frame after another.
     */
    public static final class OutOfStepException extends CaptureException {
        OutOfStepException(String message) {
            super(message);
        }
    }

    /** Worth splitting only when the warm-up is a small share of each part. */
    private static final double MIN_DURATION_IN_WARM_UPS = 4;
    /** Poses a part may hold beyond its expected frame count (a frame rate that is only nominal). */
    private static final int QUEUE_MARGIN = 64;

    /** The stretch before the seam whose warm-up poses the second part hands out to be compared. */
    static final long CHECK_MICROS = 500_000;

    private final StageRunner runner = new StageRunner("repcam-pose");
    private final List<Part> parts = new ArrayList<>();
    private final long toleranceMicros;
    private final SeamGate seam = new SeamGate();
    /** Whether the parts agreed on the last warm-up frame compared before the seam; null before any. */
    private Boolean lastCheckAgreed;
    /** Where the second part's warm-up poses to compare begin. */
    private long checkFrom = Long.MAX_VALUE;

    private final BiPredicate<PoseFrame, PoseFrame> sameBody;

    private ParallelPoseTracking(long toleranceMicros, BiPredicate<PoseFrame, PoseFrame> sameBody) {
        this.toleranceMicros = toleranceMicros;
        this.sameBody = sameBody;
    }

    /**
     * Starts tracking, or returns empty when splitting would not pay: fewer than two cores, a video of unknown
     * length, or one shorter than a few warm-ups.
     *
     * @param tracker      whose loaded models the parts share (it is not used itself)
     * @param torchThreads libtorch threads in all; each part gets half (at least one)
     * @param warmUpMicros how long the second part tracks before its first frame
     */
    public static Optional<ParallelPoseTracking> start(Path video, SourceInfo info, PoseTracker tracker,
                                                       int torchThreads, long warmUpMicros) {
        return start(video, info, tracker, torchThreads, warmUpMicros, SeamCheck::agree);
    }

    /** As above, with the seam's test of whether the two parts' poses of a frame are the same body. */
    static Optional<ParallelPoseTracking> start(Path video, SourceInfo info, PoseTracker tracker, int torchThreads,
                                                long warmUpMicros, BiPredicate<PoseFrame, PoseFrame> sameBody) {
        long duration = info.durationMicros() > 0 ? info.durationMicros()
                : info.frameCount() > 0 && info.frameRate() > 0 ? Math.round(info.frameCount() * 1e6 / info.frameRate())
                : -1;
        if (Runtime.getRuntime().availableProcessors() < 2 || duration < MIN_DURATION_IN_WARM_UPS * warmUpMicros
                || info.frameRate() <= 0) {
            return Optional.empty();
        }
        long split = (duration + warmUpMicros) / 2; // both parts then track (duration + warm-up) / 2
        ParallelPoseTracking tracking = new ParallelPoseTracking(Math.round(0.5e6 / info.frameRate()), sameBody);
        int threadsEach = Math.max(1, torchThreads / 2);
        // each part holds all its poses if need be: the second is only read once the first is done
        int queue = (int) Math.min(Integer.MAX_VALUE - QUEUE_MARGIN, Math.round(duration / 1e6 * info.frameRate()))
                + QUEUE_MARGIN;
        tracking.checkFrom = split - Math.min(CHECK_MICROS, warmUpMicros);
        tracking.addPart(video, tracker.sibling(), threadsEach, -1, 0, 0, split, queue);
        tracking.addPart(video, tracker.sibling(), threadsEach, split - warmUpMicros, split, tracking.checkFrom,
                Long.MAX_VALUE, queue);
        return Optional.of(tracking);
    }

    /**
     * @param emitFrom where the part's own frames begin
     * @param handFrom where the part starts handing out poses (before emitFrom: warm-up poses to compare)
     * @param gateAt   the part waits here for the seam's verdict, and ends if the other part takes over (the
     *                 second part passes Long.MAX_VALUE)
     */
    private void addPart(Path video, PoseTracker partTracker, int threads, long seekTo, long emitFrom, long handFrom,
                         long gateAt, int queue) {
        Handoff<Tracked> poses = runner.bounded("poses-from-" + emitFrom / 1_000_000 + "s", queue, t -> { });
        Part part = new Part(poses, partTracker, emitFrom);
        parts.add(part);
        runner.source("part-" + emitFrom / 1_000_000 + "s",
                new PartFrames(video, partTracker, threads, seekTo, handFrom, gateAt, seam, part.stopped), poses);
    }

    /**
     * The pose of the next frame of the video read in order; waits for the part that tracks it. On the frames just
     * before the seam the second part's warm-up pose is compared with the first part's; at the seam the verdict on
     * the last of them decides which part goes on.
     */
    public Tracked poseFor(VideoFrame frame) throws CaptureException {
        long t = frame.timestampMicros();
        Part first = parts.get(0);
        Part second = parts.get(1);
        if (t + toleranceMicros >= second.emitFrom && seam.verdict() == SeamGate.Verdict.UNDECIDED) {
            decideSeam(second); // before asking the first part for a frame at the gate, where it waits
        }
        if (t < second.emitFrom || seam.verdict() == SeamGate.Verdict.FIRST_CARRIES_ON) {
            Tracked fromFirst = take(first, frame);
            if (seam.verdict() == SeamGate.Verdict.UNDECIDED && t + toleranceMicros >= checkFrom) {
                warmUpPose(second, frame).ifPresent(w -> lastCheckAgreed = sameBody.test(fromFirst.pose(), w.pose()));
            }
            return fromFirst;
        }
        return take(second, frame);
    }

    /** The verdict at the seam: the second part takes over if it agreed with the first on the last frame compared. */
    private void decideSeam(Part second) {
        if (Boolean.TRUE.equals(lastCheckAgreed)) {
            seam.decide(SeamGate.Verdict.SECOND_TAKES_OVER); // the first part ends at its gate
        } else {
            second.stopped.set(true);
            seam.decide(SeamGate.Verdict.FIRST_CARRIES_ON);
        }
    }

    /** The second part's warm-up pose for this frame, if it handed one out (the frames just before the seam). */
    private Optional<Tracked> warmUpPose(Part second, VideoFrame frame) {
        Tracked next = skipTo(second, frame.timestampMicros());
        if (next == null || next.pose().timestampMicros() - frame.timestampMicros() > toleranceMicros) {
            return Optional.empty(); // ended, or its warm-up poses begin later
        }
        second.consume();
        return Optional.of(next);
    }

    /** Whether the first part tracked on past the seam to the end, the parts not agreeing there. */
    public boolean firstPartCarriedOn() {
        return seam.verdict() == SeamGate.Verdict.FIRST_CARRIES_ON;
    }

    /** The part's pose for the frame at time t, skipping poses of frames the in-order reading did not deliver. */
    private Tracked take(Part part, VideoFrame frame) throws CaptureException {
        long t = frame.timestampMicros();
        Tracked next = skipTo(part, t);
        if (next == null) {
            runner.throwFailure(CaptureException.class, CaptureException.class);
            throw new OutOfStepException(String.format("the part from %.2f s ended before the frame at %.3f s",
                    part.emitFrom / 1e6, t / 1e6));
        }
        if (next.pose().timestampMicros() - t > toleranceMicros) {
            throw new OutOfStepException(String.format("no pose for the frame at %.3f s (next tracked %.3f s)",
                    t / 1e6, next.pose().timestampMicros() / 1e6));
        }
        part.consume();
        PoseFrame p = next.pose();
        return new Tracked(new PoseFrame(frame.index(), t, p.width(), p.height(), p.pose()), next.severalPeople());
    }

    /**
     * The part's next pose not before the frame at time t (within the tolerance), without taking it; the poses of
     * earlier frames, which the in-order reading did not deliver (a stride or a decode error), are dropped. Null when
     * the part has ended.
     */
    private Tracked skipTo(Part part, long t) {
        Tracked next = part.next();
        while (next != null && next.pose().timestampMicros() - t < -toleranceMicros) {
            part.consume();
            next = part.next();
        }
        return next;
    }

    /**
     * Where the second part's frames begin: the first part tracks the frames before this time (and those after it
     * too when the parts disagreed at the seam: {@link #firstPartCarriedOn}).
     */
    public long secondPartFromMicros() {
        return parts.get(1).emitFrom;
    }

    @Override
    public void close() {
        parts.forEach(p -> p.stopped.set(true));
        seam.decide(SeamGate.Verdict.SECOND_TAKES_OVER); // a first part waiting at the gate ends
        runner.close();
        parts.forEach(p -> p.tracker.close());
    }

    /** The poses one part hands out, read in order by {@link #poseFor}. */
    private static final class Part {
        private final Handoff<Tracked> poses;
        private final PoseTracker tracker;
        private final long emitFrom;
        /** Set when the part's poses are no longer wanted: its thread ends before the next frame. */
        private final AtomicBoolean stopped = new AtomicBoolean();
        private Tracked peeked;

        Part(Handoff<Tracked> poses, PoseTracker tracker, long emitFrom) {
            this.poses = poses;
            this.tracker = tracker;
            this.emitFrom = emitFrom;
        }

        /** The next tracked frame without taking it, waiting for it; null when the part has ended. */
        Tracked next() {
            if (peeked == null) {
                try {
                    peeked = poses.take().orElse(null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StageRunner.Stop();
                }
            }
            return peeked;
        }

        void consume() {
            peeked = null;
        }
    }

    /** Tracks one part of the video on the runner's thread for it, from a decoder of its own. */
    private static final class PartFrames implements StageRunner.Producer<Tracked> {
        private final Path video;
        private final PoseTracker tracker;
        private final int threads;
        private final long seekTo;
        private final long handFrom;
        private final long gateAt;
        private final SeamGate seam;
        private final AtomicBoolean stopped;
        private VideoFileSource source;

        PartFrames(Path video, PoseTracker tracker, int threads, long seekTo, long handFrom, long gateAt,
                   SeamGate seam, AtomicBoolean stopped) {
            this.video = video;
            this.tracker = tracker;
            this.threads = threads;
            this.seekTo = seekTo;
            this.handFrom = handFrom;
            this.gateAt = gateAt;
            this.seam = seam;
            this.stopped = stopped;
        }

        @Override
        public Optional<Tracked> next() throws CaptureException {
            if (source == null) { // opened on the part's own thread, with that thread's libtorch threads
                PoseTracker.useThreadsOnThisThread(threads);
                source = VideoFileSource.open(video, 1);
                if (seekTo > 0) {
                    source.seek(seekTo);
                }
            }
            for (Optional<VideoFrame> f = source.next(); f.isPresent(); f = source.next()) {
                try (VideoFrame frame = f.get()) {
                    if (stopped.get() || frame.timestampMicros() >= gateAt
                            && seam.await() == SeamGate.Verdict.SECOND_TAKES_OVER) {
                        return Optional.empty();
                    }
                    PoseFrame pose = tracker.process(frame);
                    if (frame.timestampMicros() >= handFrom) {
                        return Optional.of(new Tracked(pose, tracker.lastStageTimes().detectorRan()
                                && tracker.lastPeopleDetected() > 1));
                    }
                }
            }
            return Optional.empty();
        }

        @Override
        public void close() {
            if (source != null) {
                source.close();
            }
        }
    }
}
