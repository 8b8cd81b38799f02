package com.repcam.signal;

/** Exponential smoothing with a time constant, driven by sample timestamps (not by sample count). */
public final class TimedSmoother {

    private final double tauSeconds;
    private double value = Double.NaN;
    private long lastMicros;

    /** @param tauSeconds time constant; 0 or less passes values through */
    public TimedSmoother(double tauSeconds) {
        this.tauSeconds = tauSeconds;
    }

    /** The smoothed value after a sample at {@code micros} (samples in time order). */
    public double apply(long micros, double x) {
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

    /** Forgets the past: the next sample is taken as it is. */
    public void reset() {
        value = Double.NaN;
    }
}
