package com.repcam.live;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.live.LiveResult.End;
import com.repcam.output.OutputException;
import com.repcam.overlay.CoachingPainter;
import com.repcam.programme.ProgrammeDirector;
import com.repcam.runner.Handoff;
import com.repcam.runner.StageRunner;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The live loop. A capture thread keeps only the newest frame; this loop takes it, runs pose and exercise on it,
 * draws the mirrored picture with the overlay, plays cues, and records the set. Keys arrive as actions and are
 * handled between frames. Every way of ending (q, closing the window, the end of a recording, a camera lost,
 * Ctrl-C) goes through {@link #finish}, which saves the current set once and prints the summary.
 *
 * <p>Sets: {@code r}, {@code n} and {@code p} end the current set; a set that counted a full or partial rep is
 * saved at once as its own session folder, one that counted nothing is dropped (and says so). The last set is
 * always saved when it saw any frame, as {@code analyze} saves a video with no reps.
 */
final class LiveSession {

    /**
     * @param mirror     show the picture mirrored (like a mirror, for a camera facing the person)
     * @param showStats  start with the frame rate, delay and drops shown
     * @param live       the source is a camera (it cannot be paused, and its end means it was lost)
     */
    record Options(boolean mirror, boolean showStats, boolean live) {
    }

    /** What the session came to. */
    record Outcome(End end, List<LiveSet.Saved> saved, LiveStats.Summary stats, long captured,
                   List<String> warnings) {
    }

    private static final long BANNER_NANOS = 2_500_000_000L;
    /** A programme's announcements are longer: they stay on screen this long. */
    private static final long ANNOUNCEMENT_NANOS = 6_000_000_000L;

    private final FrameSource source;
    private final PacedSource pacer;
    private final List<ExerciseDefinition> exercises;
    private final ExerciseSet.Factory sets;
    private final Coach coach;
    private final Options options;
    private final PrintWriter out;
    private final Clock clock;
    private final StageRunner runner = new StageRunner("repcam-live");
    /** The newest captured frame (camera), or the next one (a recording analysed as fast as possible). */
    private final Handoff<CapturedFrame> frames;
    private final LiveStats stats;
    private final LiveOverlay overlay = new LiveOverlay();
    private final ConcurrentLinkedQueue<LiveAction> actions = new ConcurrentLinkedQueue<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final List<LiveSet.Saved> saved = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private volatile End stopRequest;
    private LiveView view;
    private int exerciseIndex;
    private ExerciseSet set;
    private boolean paused;
    private boolean showStats;
    private String banner;
    private long bannerUntil;
    private Mat lastPicture;
    private CoachingPainter.State lastState;
    private com.repcam.pose.Pose lastPose;
    private Outcome outcome;
    private PrintWriter trace;
    private long lastFrameIndex = -1;
    private long lastFrameMicros;
    /** The programme that opens and ends the sets, or null when keys alone do. */
    private ProgrammeRun programme;
    private String inputName = "session";
    private java.nio.file.Path summaryDir;
    /** Advises on the camera set-up until the first rep of the session is counted (with a window only). */
    private final SetupGuide guide = new SetupGuide();
    private boolean guiding = true;
    private double brightness = 128;

    /**
     * @param pacer     the same source when it is a paced recording (pausing holds it), else null
     * @param exercises the exercises n and p step through
     * @param first     index of the first exercise
     * @param lossless  a recording analysed as fast as possible: capture waits instead of dropping frames
     */
    LiveSession(FrameSource source, PacedSource pacer, List<ExerciseDefinition> exercises, int first,
                ExerciseSet.Factory sets, Coach coach, Options options, LiveStats stats, PrintWriter out,
                Clock clock, boolean lossless) {
        this.stats = stats;
        this.source = source;
        this.pacer = pacer;
        this.exercises = List.copyOf(exercises);
        this.exerciseIndex = first;
        this.sets = sets;
        this.coach = coach;
        this.options = options;
        this.out = out;
        this.clock = clock;
        this.frames = lossless ? runner.bounded("captured", 1, CapturedFrame::close)
                : runner.keepNewest("captured", CapturedFrame::close);
        this.showStats = options.showStats();
    }

    /**
     * Also write one line per picture shown: wall-clock milliseconds, frame index, count, target, phase (for the
     * window test, which compares a screenshot with what was drawn at that moment).
     */
    void traceTo(PrintWriter writer) {
        this.trace = writer;
    }

    /**
     * Lets a programme open and end the sets hands-free (keys still work: {@code n}/{@code p} move through the
     * programme, {@code r} starts the open set again). Call before {@link #run}.
     *
     * @param input      names the programme's summary file
     * @param summaryDir where the summary goes (beside the set folders)
     */
    void directBy(ProgrammeRun run, String input, java.nio.file.Path summaryDir) {
        this.programme = run;
        this.inputName = input;
        this.summaryDir = summaryDir;
    }

    /** Asks for an action; handled by the loop before the next frame. Any thread. */
    void request(LiveAction action) {
        actions.add(action);
        if (action == LiveAction.QUIT) {
            stop(End.QUIT);
        }
        frames.wake();
    }

    /** Ends the session from any thread (Ctrl-C, window closed): the loop saves and returns. */
    void stop(End why) {
        if (stopRequest == null) {
            stopRequest = why;
        }
        frames.end();
    }

    /** Waits until the session is saved and summarised (for the Ctrl-C hook). */
    boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    /**
     * Runs until the session ends, then saves it. The view is closed at the end.
     */
    Outcome run(LiveView view) throws OutputException {
        this.view = view;
        try {
            if (programme != null) {
                follow(programme.start(), 0);
            } else {
                set = sets.start(exercises.get(exerciseIndex), true);
            }
            // the capture thread reads as fast as the source delivers (a camera's own rate, or a paced recording)
            runner.source("capture", () -> source.next().map(f -> new CapturedFrame(f, clock.nanoTime())), frames);
            loop();
        } finally {
            finish();
        }
        return outcome;
    }

    private void loop() throws OutputException {
        while (true) {
            handleActions();
            if (stopRequest != null) {
                return;
            }
            Optional<CapturedFrame> next;
            try {
                next = frames.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop(End.INTERRUPTED);
                return;
            }
            if (next.isEmpty()) {
                if (!frames.isClosed()) {
                    continue; // woken for an action
                }
                if (stopRequest == null) {
                    stopRequest = options.live() ? End.CAMERA_LOST : End.SOURCE_ENDED;
                }
                return;
            }
            process(next.get());
        }
    }

    /** Analyses, shows and records one frame; the frame ends up closed (by the set's writer when recorded). */
    private void process(CapturedFrame captured) throws OutputException {
        long start = clock.nanoTime();
        Mat picture = new Mat();
        boolean handedOver = false;
        try {
            if (options.mirror()) {
                opencv_core.flip(captured.frame().bgr(), picture, 1);
            } else {
                captured.frame().bgr().copyTo(picture);
            }
            keepLastPicture(picture);
            lastFrameIndex = captured.frame().index();
            lastFrameMicros = captured.frame().timestampMicros();
            if (paused) {
                draw(picture, null, captured.capturedNanos()); // a camera's live picture: the old pose would not fit
                return;
            }
            long t0 = clock.nanoTime();
            AnalyzedFrame step = set.analyze(captured.frame());
            stats.analysed(clock.nanoTime() - t0);
            for (String explained : coach.onFrame(step.events(), step.coaching().count(),
                    step.coaching().target(), step.coaching().notChecked(), step.frame().timestampMicros())) {
                show(explained); // seen with the sound off too
            }
            lastState = step.coaching();
            lastPose = step.pose().pose().orElse(null);
            draw(picture, lastPose, captured.capturedNanos());
            handedOver = true;
            ExerciseSet analysedBy = set;
            guide(step, analysedBy);
            set.record(step);
            if (programme != null) {
                follow(programme.onFrame(step, analysedBy), step.frame().timestampMicros());
            }
            stats.frameDone(clock.nanoTime() - start);
        } finally {
            picture.close();
            if (!handedOver) {
                captured.close();
            }
        }
    }

    private void keepLastPicture(Mat picture) {
        if (lastPicture == null) {
            lastPicture = new Mat();
        }
        picture.copyTo(lastPicture);
    }

    private void draw(Mat picture, com.repcam.pose.Pose pose, long capturedNanos) {
        CoachingPainter.State state = lastState != null ? lastState : new CoachingPainter.State(0,
                set.definition().prescribedReps(), "waiting", List.of(), Set.of());
        String shownBanner = paused ? "Paused: press space to go on" : banner != null
                && clock.nanoTime() < bannerUntil ? banner : null;
        overlay.paint(picture, pose, options.mirror(), new LiveOverlay.State(state, set.definition().name(),
                programme == null ? null : programme.statusLine(), shownBanner,
                showStats ? stats.cornerLines(frames.dropped()) : List.of()));
        view.show(picture, capturedNanos);
        if (trace != null) {
            trace.printf("%d %d %d %s %s%n", System.currentTimeMillis(), lastFrameIndex, state.count(), state.target(),
                    state.phase());
            trace.flush();
        }
    }

    private void handleActions() throws OutputException {
        for (LiveAction a = actions.poll(); a != null; a = actions.poll()) {
            switch (a) {
                case TOGGLE_PAUSE -> {
                    paused = !paused;
                    if (pacer != null) {
                        if (paused) {
                            pacer.pause();
                        } else {
                            pacer.resume();
                        }
                    }
                    redraw();
                }
                case RESET_SET -> {
                    if (programme != null) {
                        follow(programme.skip(0), lastFrameMicros);
                    } else {
                        newSet(exerciseIndex, "new set");
                    }
                }
                case NEXT_EXERCISE -> {
                    if (programme != null) {
                        follow(programme.skip(+1), lastFrameMicros);
                    } else {
                        newSet((exerciseIndex + 1) % exercises.size(), null);
                    }
                }
                case PREVIOUS_EXERCISE -> {
                    if (programme != null) {
                        follow(programme.skip(-1), lastFrameMicros);
                    } else {
                        newSet((exerciseIndex + exercises.size() - 1) % exercises.size(), null);
                    }
                }
                case TOGGLE_STATS -> {
                    showStats = !showStats;
                    redraw();
                }
                case TOGGLE_SOUND -> say(coach.toggleMute() ? "sound on" : "sound off");
                case QUIT -> stop(End.QUIT);
            }
        }
    }

    /** Draws the last picture again (paused: no new frames come from a paused recording). */
    private void redraw() {
        if (lastPicture != null) {
            try (Mat again = lastPicture.clone()) {
                draw(again, lastPose, clock.nanoTime());
            }
        }
    }

    private void newSet(int index, String what) throws OutputException {
        String ended = endSet();
        exerciseIndex = index;
        set = sets.start(exercises.get(index), true);
        coach.newSet();
        lastState = null;
        lastPose = null;
        say(ended + "; " + (what != null ? what : set.definition().name()));
        redraw();
    }

    /** Saves the current set if it counted anything, else drops it; returns a short note of which. */
    private String endSet() throws OutputException {
        LiveSet.Saved s = saveOrDrop(true);
        return s != null ? "set saved (" + s.reps() + (s.reps() == 1 ? " rep)" : " reps)")
                : "nothing counted: not saved";
    }

    /** @return the saved set, or null when it counted nothing and was dropped */
    private LiveSet.Saved saveOrDrop(boolean tellDropped) throws OutputException {
        if (set.countedAnything()) {
            LiveSet.Saved s = set.save(List.copyOf(warnings));
            saved.add(s);
            printSaved(set.definition(), s);
            return s;
        }
        set.discard();
        if (tellDropped) {
            out.printf("%s: nothing counted in this set: not saved%n", set.definition().id());
            out.flush();
        }
        return null;
    }

    /** Does what the programme says: end the open set, open the next, say what comes. */
    private void follow(List<ProgrammeDirector.Instruction> instructions, long micros) throws OutputException {
        for (ProgrammeDirector.Instruction i : instructions) {
            if (i instanceof ProgrammeDirector.EndSet end) {
                // a set dropped because the person took up another exercise is no news to them
                programme.ended(end.reason(), saveOrDrop(end.reason() != ProgrammeDirector.EndReason.SWITCHED));
                set = null;
            } else if (i instanceof ProgrammeDirector.StartSet start) {
                set = sets.start(start.step().exercise(), lastFrameIndex < 0); // the same person, followed on
                set.placeIn(new com.repcam.analysis.ProgrammePlace(programme.name(), start.set(),
                        start.step().sets(), start.step().reps()));
                coach.newSet();
                lastState = null;
            } else if (i instanceof ProgrammeDirector.Announce a) {
                show(a.text());
                coach.announce(a.text(), micros);
                out.println("programme: " + a.text());
                out.flush();
            }
        }
    }

    /** The camera set-up guide's advice, shown and said, until the session's first rep. */
    private void guide(AnalyzedFrame step, ExerciseSet of) {
        if (!guiding || view == LiveView.NONE) {
            return;
        }
        if (of.countedAnything()) {
            guiding = false;
            return;
        }
        if (step.frame().index() % 5 == 0) {
            try (org.bytedeco.opencv.opencv_core.Scalar m = opencv_core.mean(step.frame().bgr())) {
                brightness = 0.114 * m.get(0) + 0.587 * m.get(1) + 0.299 * m.get(2);
            }
        }
        guide.accept(step.frame().timestampMicros(), step.pose().pose(), brightness, of.definition().views())
                .ifPresent(advice -> {
                    if (banner == null || clock.nanoTime() >= bannerUntil) {
                        show(advice);
                    }
                    coach.announce(advice, step.frame().timestampMicros());
                });
    }

    private void say(String text) {
        banner = text;
        bannerUntil = clock.nanoTime() + BANNER_NANOS;
    }

    /** A sentence also said (a programme's announcement, the set-up guide's advice, what the coach explained). */
    private void show(String text) {
        banner = text;
        bannerUntil = clock.nanoTime() + ANNOUNCEMENT_NANOS;
    }

    private void printSaved(ExerciseDefinition def, LiveSet.Saved s) {
        out.printf("%s: %d reps (%d prescribed), %d partial, %d with faults -> %s%n", def.id(), s.reps(),
                s.prescribed(), s.partial(), s.withFaults(), s.folder().dir());
        out.flush();
    }

    /** The one way out: stops capture, saves the current set (once), prints the summary. */
    private synchronized void finish() throws OutputException {
        if (outcome != null) {
            return;
        }
        End end = End.INTERRUPTED;
        try {
            runner.close();
            runner.failure().ifPresent(f -> warnings.add(f instanceof CaptureException ? f.getMessage()
                    : "reading frames failed: " + f));
            warnings.addAll(source.warnings());
            end = stopRequest != null ? stopRequest : End.INTERRUPTED;
            if (set != null && programme != null) {
                // the set left open at the end: a programme keeps one open all the time, most often empty
                programme.ended(ProgrammeDirector.EndReason.SESSION_ENDED, saveOrDrop(false));
                set = null;
            } else if (set != null) {
                if (set.frames() > 0) {
                    LiveSet.Saved s = set.save(List.copyOf(warnings));
                    saved.add(s);
                    printSaved(set.definition(), s);
                } else {
                    set.discard();
                }
            }
            if (programme != null) {
                java.nio.file.Path file = com.repcam.output.ProgrammeRunFile.write(summaryDir, inputName,
                        programme.summary(inputName));
                out.println("programme: summary -> " + file);
                out.flush();
            }
            LiveStats.Summary summary = stats.summary(frames.dropped());
            if (view == LiveView.NONE) {
                out.printf("%s; %d frames analysed, analysis median %.0f ms a frame%n", describe(end),
                        summary.analysed(), summary.medianAnalysisMs());
            } else {
                out.printf("live: %s; %d frames analysed, %d dropped, delay capture to screen median %.0f ms "
                        + "(p95 %.0f ms), analysis median %.0f ms%n", describe(end), summary.analysed(),
                        summary.dropped(), summary.medianDelayMs(), summary.p95DelayMs(), summary.medianAnalysisMs());
            }
            out.flush();
        } finally {
            if (view != null) {
                view.close();
            }
            if (lastPicture != null) {
                lastPicture.close();
            }
            java.util.Set<String> all = new java.util.LinkedHashSet<>(warnings);
            saved.forEach(s -> all.addAll(s.warnings()));
            outcome = new Outcome(end, List.copyOf(saved), stats.summary(frames.dropped()), frames.offered(),
                    List.copyOf(all));
            finished.countDown();
        }
    }

    private static String describe(End end) {
        return switch (end) {
            case QUIT -> "ended";
            case SOURCE_ENDED -> "the recording ended";
            case CAMERA_LOST -> "the camera stopped delivering frames";
            case INTERRUPTED -> "interrupted";
        };
    }

    /** The stats so far (for the benchmark). */
    LiveStats stats() {
        return stats;
    }
}
