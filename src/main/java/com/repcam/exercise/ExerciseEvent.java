package com.repcam.exercise;

import com.repcam.signal.ViewKind;

/** What the exercise layer reports, each at the time of the frame that caused it. */
public sealed interface ExerciseEvent {

    long timeMicros();

    /** The person is in the set-up position and counting starts. */
    record Settled(long timeMicros) implements ExerciseEvent {
    }

    record RepStarted(long timeMicros, int number) implements ExerciseEvent {
    }

    record RepCompleted(long timeMicros, Rep rep) implements ExerciseEvent {
    }

    /**
     * The last full rep went on after it was counted: it had ended at a turning point short of the start, and the
     * movement from there came to less than a rep, or there was none and the body came back to where the rep began.
     * {@code rep} has the same number, its end where the body was back, stopped or set out again, and its depth and
     * phases over the whole movement. Also a rep whose end was dated ahead of the frame it was counted on, when the
     * next rep set out before that: it ends where the next began.
     */
    record RepRevised(long timeMicros, Rep rep) implements ExerciseEvent {
    }

    /**
     * The first full rep is taken back: the next went more than twice as deep, so the first was an attempt that
     * reached the target only because the person's range was not known yet. {@code rep} is it as a partial rep
     * (number 1, its depth as a share of the next rep's); the rep completed with this event is number 1.
     */
    record RepWithdrawn(long timeMicros, Rep rep) implements ExerciseEvent {
    }

    /**
     * A rep counted as one counting began during ({@link Rep#startSeen()} false) is taken back: the next movement went
     * a full rep out past where counting began and came back there to stop or turn out again, or paused there on its
     * way out before going that far, so counting had begun in the start position and the "rep" was a move against the
     * rep's direction (a dip before the first push), held, and back. {@code rep} is it as counted; it is neither a rep
     * nor a partial one. The movement then counted in its place gets its number.
     */
    record RepUncounted(long timeMicros, Rep rep) implements ExerciseEvent {
    }

    /** A rep that went less than the target and came back: reported, never counted. */
    record PartialRep(long timeMicros, Rep rep) implements ExerciseEvent {
    }

    record FaultBegan(long timeMicros, String fault, String cue) implements ExerciseEvent {
    }

    record FaultEnded(long timeMicros, String fault) implements ExerciseEvent {
    }

    record PersonLost(long timeMicros) implements ExerciseEvent {
    }

    record PersonFound(long timeMicros) implements ExerciseEvent {
    }

    /**
     * The camera view does not let RepCam judge a rule ({@code what} is a fault id) or count at all
     * ({@code what} is "counting").
     */
    record ViewNotSuitable(long timeMicros, String what, ViewKind view) implements ExerciseEvent {
    }
}
