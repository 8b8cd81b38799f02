package com.repcam.analysis;

import com.repcam.capture.SourceInfo;
import com.repcam.capture.VideoFrame;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.ExerciseEvent;
import com.repcam.exercise.ExerciseTracker;
import com.repcam.exercise.FaultRule;
import com.repcam.exercise.Phase;
import com.repcam.overlay.CoachingPainter;
import com.repcam.pose.BodyLandmark;
import com.repcam.pose.PoseFrame;
import com.repcam.pose.PoseTracker;
import com.repcam.signal.Joint;
import com.repcam.signal.PictureOrientation;
import com.repcam.signal.Side;
import com.repcam.signal.ViewEstimator;
import com.repcam.signal.ViewKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One session's analysis, a frame at a time: pose tracking, the exercise, and the recorder that keeps what the
 * session files need. Both {@code analyze} (through {@link SessionPipeline}) and the live coach drive it, so a
 * recording and a live run of the same frames come to the same session. Not thread-safe: one thread feeds it.
 */
public final class FrameAnalyzer {

    private final PoseTracker poses;
    private final ExerciseTracker exercise;
    private final SessionRecorder recorder;
    private final List<ExerciseEvent> events = new ArrayList<>();
    private long frames;
    private long framesWithoutPerson;
    private long firstTimestampMicros = -1;
    private long lastTimestampMicros;
    private long severalPeopleAtMicros = -1;
    /** Stretches of frames with nobody found: [from, to] in microseconds. */
    private final List<long[]> lostSpans = new ArrayList<>();
    private long lostSinceMicros = -1;
    /** Tells a turned picture, when the exercise names a segment that points down; else null. */
    private final PictureOrientation orientation;
    private boolean settled;
    private ViewKind unsuitableViewForCounting;
    /** The camera's angle from side-on on each frame counted on (a person in view, counting started). */
    private final CameraAngleTally countedAngles = new CameraAngleTally(OBLIQUE_FROM_DEGREES);

    /** Starts a session: the tracker forgets any earlier person, and a new recorder is made for the exercise. */
    public FrameAnalyzer(PoseTracker poses, ExerciseTracker exercise) {
        this(poses, exercise, true);
    }

    /**
     * @param freshTracking the pose tracker forgets any earlier person; false carries on following the person of
     *                      the same stream (the next set of a programme: the person is there, maybe already settled)
     */
    public FrameAnalyzer(PoseTracker poses, ExerciseTracker exercise, boolean freshTracking) {
        this.poses = poses;
        this.exercise = exercise;
        this.recorder = new SessionRecorder(exercise.definition());
        List<Joint> down = exercise.definition().posture().pointsDown();
        this.orientation = down.isEmpty() ? null : new PictureOrientation(down);
        if (freshTracking) {
            poses.reset();
        }
    }

    /** Analyses the next frame (frames in time order). The frame stays owned by the caller. */
    public AnalyzedFrame analyze(VideoFrame frame) {
        PoseFrame pose = poses.process(frame);
        return analyze(frame, pose, poses.lastStageTimes().detectorRan() && poses.lastPeopleDetected() > 1);
    }

    /**
     * Analyses the next frame with a pose tracked elsewhere (by {@link ParallelPoseTracking}).
     *
     * @param severalPeople the detector saw more than one person when it ran for this frame
     */
    public AnalyzedFrame analyze(VideoFrame frame, PoseFrame pose, boolean severalPeople) {
        List<ExerciseEvent> now = exercise.accept(pose);
        events.addAll(now);
        for (ExerciseEvent e : now) {
            if (e instanceof ExerciseEvent.Settled) {
                settled = true;
            } else if (e instanceof ExerciseEvent.ViewNotSuitable v && v.what().equals("counting")) {
                unsuitableViewForCounting = v.view();
            }
        }
        if (orientation != null) {
            orientation.accept(pose);
        }
        if (pose.pose().isPresent() && exercise.phase() != Phase.WAITING) {
            exercise.view().ifPresent(v -> countedAngles.add(90 - v.yawDegrees()));
        }
        frames++;
        if (pose.pose().isEmpty()) {
            framesWithoutPerson++;
            if (lostSinceMicros < 0) {
                lostSinceMicros = frame.timestampMicros();
            }
        } else if (lostSinceMicros >= 0) {
            lostSpans.add(new long[] {lostSinceMicros, frame.timestampMicros()});
            lostSinceMicros = -1;
        }
        if (severalPeopleAtMicros < 0 && severalPeople) {
            severalPeopleAtMicros = frame.timestampMicros();
        }
        if (firstTimestampMicros < 0) {
            firstTimestampMicros = frame.timestampMicros();
        }
        lastTimestampMicros = frame.timestampMicros();
        recorder.record(pose, now, exercise.readings(), exercise.count());
        return new AnalyzedFrame(frame, pose, List.copyOf(now), coaching());
    }

    /** What the person should see now. */
    public CoachingPainter.State coaching() {
        return new CoachingPainter.State(exercise.count(), exercise.definition().prescribedReps(),
                exercise.phase().name().toLowerCase(Locale.ROOT), List.copyOf(exercise.activeCues()),
                highlighted(), exercise.notCheckableNow());
    }

    private Set<BodyLandmark> highlighted() {
        Set<BodyLandmark> parts = EnumSet.noneOf(BodyLandmark.class);
        Set<String> active = exercise.activeFaults();
        for (FaultRule rule : exercise.definition().rules()) {
            if (active.contains(rule.fault())) {
                for (String part : rule.bodyParts()) {
                    Joint.parse(part).ifPresent(j -> {
                        parts.add(j.on(Side.LEFT));
                        parts.add(j.on(Side.RIGHT));
                    });
                }
            }
        }
        return parts;
    }

    public ExerciseTracker exercise() {
        return exercise;
    }

    public SessionRecorder recorder() {
        return recorder;
    }

    public long frames() {
        return frames;
    }

    /** The session so far. */
    public SessionResult result(SourceInfo source, List<String> warnings) {
        List<String> all = new ArrayList<>(warnings);
        if (severalPeopleAtMicros >= 0) {
            all.add(String.format(Locale.ROOT, "%s: several people were in view (first at %.1f s): RepCam follows "
                    + "the largest, then the most central (the one nearest the camera); check in the report's "
                    + "skeleton replay that it followed the exerciser, and keep only the exerciser in the picture "
                    + "next time.", source.description(), severalPeopleAtMicros / 1e6));
        }
        if (frames > 0 && framesWithoutPerson == frames) {
            all.add(source.description() + ": nobody was found in any frame: make sure the whole body is in the "
                    + "picture and well lit.");
        } else if (framesWithoutPerson > 0) {
            List<long[]> spans = new ArrayList<>(lostSpans);
            if (lostSinceMicros >= 0) {
                spans.add(new long[] {lostSinceMicros, lastTimestampMicros});
            }
            StringBuilder when = new StringBuilder();
            for (int i = 0; i < Math.min(3, spans.size()); i++) {
                when.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f-%.1f s", spans.get(i)[0] / 1e6,
                        spans.get(i)[1] / 1e6));
            }
            if (spans.size() > 3) {
                when.append(" and ").append(spans.size() - 3).append(" more");
            }
            all.add(String.format(Locale.ROOT, "%s: nobody was found in %d of %d frames (%.0f%%; %s): nothing is "
                    + "counted while the person is out of view or half out of the picture; keep the whole body in "
                    + "view.", source.description(), framesWithoutPerson, frames, 100.0 * framesWithoutPerson / frames,
                    when));
        }
        steepAngleWarning(source).ifPresent(all::add);
        Optional<PictureOrientation.Turn> turn = orientation == null ? Optional.empty()
                : orientation.judgement().filter(t -> t != PictureOrientation.Turn.UPRIGHT);
        turn.ifPresent(t -> all.add(turnedWarning(source, t)));
        boolean neverSettled = frames > framesWithoutPerson && !settled;
        if (neverSettled && turn.isEmpty()) {
            all.add(neverSettledWarning(source));
        }
        return new SessionResult(source, exercise.definition(), List.copyOf(exercise.reps()),
                List.copyOf(exercise.partialReps()), List.copyOf(events), frames, framesWithoutPerson,
                Math.max(0, firstTimestampMicros), lastTimestampMicros, List.copyOf(all),
                frames > framesWithoutPerson && (neverSettled || turn.isPresent()), Optional.empty());
    }

    /**
     * Filmed at an angle for most of the set: RepCam's oblique view (the shoulder and hip lines more than 30 deg from
     * pointing at the camera). On the rendered evaluation set counting and form were markedly less sure from there
     * than nearer the side (README, "The varied set"), so the person is told to move the camera round.
     */
    private Optional<String> steepAngleWarning(SourceInfo source) {
        OptionalDouble beyond = countedAngles.medianWhenBeyondLimit();
        if (beyond.isEmpty()) {
            return Optional.empty();
        }
        double median = beyond.getAsDouble();
        return Optional.of(String.format(Locale.ROOT, "%s: filmed at an angle, about %.0f deg round from side-on "
                + "for most of the set: from more than %.0f deg RepCam counts and judges form less surely than from "
                + "the side. Put the camera at the person's side next time.", source.description(), median,
                OBLIQUE_FROM_DEGREES));
    }

    /** The camera's angle from side-on beyond which RepCam's view estimate calls it oblique. */
    private static final double OBLIQUE_FROM_DEGREES = 90 - ViewEstimator.SIDE_MIN_YAW;

    private String turnedWarning(SourceInfo source, PictureOrientation.Turn turn) {
        String how = switch (turn) {
            case UPSIDE_DOWN -> "upside down";
            case TURNED_LEFT -> "turned on its side (the floor is on the right of the picture)";
            default -> "turned on its side (the floor is on the left of the picture)";
        };
        return String.format(Locale.ROOT, "%s: the picture looks %s: RepCam reads the body's heights and angles "
                + "against the picture's own up and down, so the count (%d) and the form checks cannot be trusted. "
                + "Turn the video upright (%s in a video editor or the phone's gallery) and analyse it again.",
                source.description(), how, exercise.count(), switch (turn.fixClockwiseDegrees()) {
                    case 90 -> "a quarter turn clockwise";
                    case 270 -> "a quarter turn counter-clockwise";
                    default -> "half a turn";
                });
    }

    private String neverSettledWarning(SourceInfo source) {
        ExerciseDefinition d = exercise.definition();
        String view = unsuitableViewForCounting == null ? "" : String.format(Locale.ROOT, " The camera saw the "
                + "person from the %s, and %s is counted from the side or at an angle: put the camera at the "
                + "person's side.", unsuitableViewForCounting.name().toLowerCase(Locale.ROOT), d.name());
        return String.format(Locale.ROOT, "%s: nothing was counted: the person was in view but never held the start "
                + "position of %s long enough for counting to start. Check that the video shows this exercise "
                + "(--exercise %s), that the whole body is in the picture, and that the set-up position is held "
                + "for a moment before the first rep.%s", source.description(), d.name(), d.id(), view);
    }
}
