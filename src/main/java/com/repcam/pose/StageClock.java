package com.repcam.pose;

/** Adds up the time one frame spends in each stage; read out as {@link StageTimes}. */
final class StageClock {

    enum Stage { PREPROCESS, DETECTOR, LANDMARK, POSTPROCESS }

    private final long[] nanos = new long[Stage.values().length];
    private long startedAt;

    void reset() {
        java.util.Arrays.fill(nanos, 0);
    }

    void start() {
        startedAt = System.nanoTime();
    }

    /** Charges the time since the last {@link #start} or {@code lap} to the stage and restarts the clock. */
    void lap(Stage stage) {
        long now = System.nanoTime();
        nanos[stage.ordinal()] += now - startedAt;
        startedAt = now;
    }

    StageTimes times() {
        return new StageTimes(nanos[0], nanos[1], nanos[2], nanos[3]);
    }
}
