package com.repcam.exercise;

/** Exponential smoothing with a time constant, driven by sample timestamps (not by sample count). */
final class TimedSmoother {

    private final double tauSeconds;
    private double value = Double.NaN;
    private long lastMicros;

    TimedSmoother(double tauSeconds) {
        this.tauSeconds = tauSeconds;
    }

    double apply(long micros, double x) {
        if (Double.isNaN(value) || tauSeconds <= 0) {
            value = x;
        } else {
            double dt = Math.max(0, (micros - lastMicros) / 1e6);
            double alpha = 1 - Math.exp(-dt / tauSeconds);
            value += alpha * (x - value);
        }
        lastMicros = micros;
        return value;
    }

    void reset() {
        value = Double.NaN;
    }
}
