package com.repcam.exercise;

import com.repcam.pose.PoseFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.DoubleFunction;

/** Builds a frame sequence of a stick figure doing a set: settling, reps, pauses, absences, dropped frames. */
final class Session {

    private final StickFigure figure;
    private final StickFigure.Exercise exercise;
    private final double fps;
    private final List<PoseFrame> frames = new ArrayList<>();
    private double time;
    private long index;
    private double dropShare;
    /** Depth of the rest position from now on (0: the set-up position). */
    private double base;
    private final Random random = new Random(7);

    Session(StickFigure figure, StickFigure.Exercise exercise, double fps) {
        this.figure = figure;
        this.exercise = exercise;
        this.fps = fps;
    }

    /** Randomly drops this share of the frames from now on (decoder hiccups, tracker gaps). */
    Session dropping(double share) {
        this.dropShare = share;
        return this;
    }

    Session hold(double seconds) {
        double b = base;
        return motion(seconds, t -> new StickFigure.Posture(exercise, b, 0, false, 0, 0));
    }

    /**
     * From now on the body rests at this depth between reps (the resting position shifted: settled a little
     * differently), reached over {@code seconds}.
     */
    Session restingAt(double depth, double seconds) {
        double from = base;
        base = depth;
        return motion(seconds, t -> new StickFigure.Posture(exercise, from + (depth - from) * ease(t / seconds), 0,
                false, 0, 0));
    }

    Session standing(double seconds) {
        return motion(seconds, t -> StickFigure.Posture.rest(StickFigure.Exercise.STANDING));
    }

    /**
     * Walks in: {@code walkSeconds} walking {@code metres} forward to the spot (arms swinging), standing still
     * for half a second, then {@code downSeconds} getting down into the exercise's rest position (eased).
     */
    Session walkIn(double metres, double walkSeconds, double downSeconds) {
        motion(walkSeconds, t -> StickFigure.Posture.upright(exercise, 0.12 * Math.sin(2 * Math.PI * t / 1.1),
                -metres * (1 - t / walkSeconds)));
        motion(0.5, t -> StickFigure.Posture.upright(exercise, 0, 0));
        return motion(downSeconds, t -> StickFigure.Posture.gettingDown(exercise, 1 - ease(t / downSeconds)));
    }

    /** Gets up from the rest position over {@code upSeconds}, then walks {@code metres} on. */
    Session walkOut(double upSeconds, double metres, double walkSeconds) {
        motion(upSeconds, t -> StickFigure.Posture.gettingDown(exercise, ease(t / upSeconds)));
        return motion(walkSeconds, t -> StickFigure.Posture.upright(exercise,
                0.12 * Math.sin(2 * Math.PI * t / 1.1), -metres * t / walkSeconds));
    }

    Session absent(double seconds) {
        int n = (int) Math.round(seconds * fps);
        for (int i = 0; i < n; i++) {
            frames.add(new PoseFrame(index++, Math.round(time * 1e6), StickFigure.width(), StickFigure.height(),
                    Optional.empty()));
            time += 1 / fps;
        }
        return this;
    }

    /** One rep: down over {@code down} seconds to {@code depth}, hold, back up over {@code up} seconds. */
    Session rep(double depth, double down, double hold, double up) {
        return rep(depth, down, hold, up, 0, false, 0);
    }

    Session rep(double depth, double down, double hold, double up, double neck, boolean bentElbows, double hands) {
        return rep(depth, down, hold, up, neck, bentElbows, hands, 0);
    }

    /** A rep with the elbows lifted {@code elbowLift} metres off the chair while at depth and on the way there. */
    Session rep(double depth, double down, double hold, double up, double neck, boolean bentElbows, double hands,
                double elbowLift) {
        double total = down + hold + up;
        double b = base;
        return motion(total, t -> {
            double d = t < down ? ease(t / down) : t < down + hold ? 1 : 1 - ease((t - down - hold) / up);
            // bent elbows as the renderer does them: the chest let down by bending the elbows on the way back
            boolean bent = bentElbows && t >= down + hold + up / 6 && t <= down + hold + 5 * up / 6;
            return new StickFigure.Posture(exercise, b + (depth - b) * d, neck, bent, hands, elbowLift * d);
        });
    }

    /**
     * A rep whose way back lets the chest down {@code sink} (in depth units) below where it started, as a sine over
     * the return, while the arms read straight throughout: bent elbows as a camera that does not see the elbow's
     * angle shows them.
     */
    Session repSinkingPastTheStart(double depth, double down, double hold, double up, double sink) {
        double b = base;
        return motion(down + hold + up, t -> {
            double d = t < down ? ease(t / down) : t < down + hold ? 1 : 1 - ease((t - down - hold) / up);
            double back = t < down + hold ? 0 : Math.sin(Math.PI * (t - down - hold) / up);
            return new StickFigure.Posture(exercise, b + (depth - b) * d - sink * back, 0, false, 0, 0);
        });
    }

    /** A rep (40% down, 20% held, 40% up) whose neck angle at each instant is a function of the depth then (0-1). */
    Session repWithNeck(double seconds, java.util.function.DoubleUnaryOperator neckAtDepth) {
        double down = seconds * 0.4;
        double hold = seconds * 0.2;
        double up = seconds * 0.4;
        double b = base;
        return motion(seconds, t -> {
            double d = t < down ? ease(t / down) : t < down + hold ? 1 : 1 - ease((t - down - hold) / up);
            return new StickFigure.Posture(exercise, b + (1 - b) * d, neckAtDepth.applyAsDouble(d), false, 0, 0);
        });
    }

    /** A rep that comes back not to the resting position it left but to {@code newBase}, the new one. */
    Session repBackTo(double depth, double down, double hold, double up, double newBase) {
        double b = base;
        base = newBase;
        return motion(down + hold + up, t -> {
            double d = t < down ? ease(t / down) : t < down + hold ? 1 : 1 - ease((t - down - hold) / up);
            double from = t < down + hold ? b : newBase;
            return new StickFigure.Posture(exercise, from + (depth - from) * d, 0, false, 0, 0);
        });
    }

    Session reps(int n, double depth, double seconds) {
        for (int i = 0; i < n; i++) {
            rep(depth, seconds * 0.4, seconds * 0.2, seconds * 0.4);
        }
        return this;
    }

    private static double ease(double x) {
        return 0.5 - 0.5 * Math.cos(Math.PI * Math.max(0, Math.min(1, x)));
    }

    private Session motion(double seconds, DoubleFunction<StickFigure.Posture> at) {
        int n = (int) Math.round(seconds * fps);
        for (int i = 0; i < n; i++) {
            if (dropShare == 0 || random.nextDouble() >= dropShare) {
                frames.add(new PoseFrame(index, Math.round(time * 1e6), StickFigure.width(), StickFigure.height(),
                        Optional.of(figure.pose(at.apply(i / fps)))));
            }
            index++;
            time += 1 / fps;
        }
        return this;
    }

    List<PoseFrame> frames() {
        return frames;
    }

    /** Runs the frames through a tracker and returns every event. */
    static List<ExerciseEvent> run(ExerciseTracker tracker, List<PoseFrame> frames) {
        List<ExerciseEvent> events = new ArrayList<>();
        for (PoseFrame f : frames) {
            events.addAll(tracker.accept(f));
        }
        return events;
    }
}
