package com.repcam.exercise;

/**
 * Where counting began, until the body first sets out on a rep: counting may have begun during a rep. The set-up
 * position is taken once the person has held still in it for the settle time, and a person found late, or whose
 * pose estimate only steadied at depth, holds still at the bottom of a rep for that long (the thoracic extension's
 * stretch is held there). If the body then comes back against the rep's direction by at least a full rep's target
 * and stops, it was a rep seen from its depth: counted, its start not seen. Its form is not judged: the set-up
 * values the rules judge against were taken at its depth. A first movement that far against the rep's direction
 * from a true start position, held there, is taken for one too (a dip before the first push of a Quadruped Plus:
 * "push up, then dip down"), until the next movement goes a full rep past where counting began and comes back there
 * to stop or turn out again, or goes that far after a pause there on its way out: then it is taken back
 * ({@link ExerciseEvent.RepUncounted}) and that movement counted in its place.
 */
final class UnseenRepStart {

    private boolean open;
    private double value = Double.NaN;
    private long micros;

    /** Counting begins here: until the body sets out on a rep, this may have been the depth of one. */
    void begin(long beganMicros, double startValue) {
        open = true;
        value = startValue;
        micros = beganMicros;
    }

    /** The body set out on a rep, or counting stopped: counting did not begin during a rep. */
    void close() {
        open = false;
    }

    boolean open() {
        return open;
    }

    /** When counting began. */
    long beganMicros() {
        return micros;
    }

    /** The counting signal's value where counting began. */
    double value() {
        return value;
    }

    /** How far the body has come back from where counting began, against the rep's direction (positive: back). */
    double cameBack(Direction direction, double now) {
        return direction.excursion(value, now);
    }
}
