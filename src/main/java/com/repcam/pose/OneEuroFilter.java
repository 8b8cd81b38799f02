package com.repcam.pose;

/**
 * The One Euro filter (Casiez et al.), in MediaPipe's variant: the rate comes from the timestamps of the samples,
 * the derivative is multiplied by a value scale (so that the same settings fit objects of any size), and a sample
 * whose timestamp is not after the previous one passes through unfiltered.
 */
final class OneEuroFilter {

    private static final double INITIAL_FREQUENCY = 30.0;

    private final double minCutoff;
    private final double beta;
    private final double derivativeCutoff;
    private final LowPassFilter value = new LowPassFilter();
    private final LowPassFilter derivative = new LowPassFilter();
    private double frequency = INITIAL_FREQUENCY;
    private long lastTimeMicros = Long.MIN_VALUE;

    OneEuroFilter(double minCutoff, double beta, double derivativeCutoff) {
        this.minCutoff = minCutoff;
        this.beta = beta;
        this.derivativeCutoff = derivativeCutoff;
    }

    double apply(long timeMicros, double valueScale, double x) {
        if (lastTimeMicros != Long.MIN_VALUE && timeMicros <= lastTimeMicros) {
            return x;
        }
        if (lastTimeMicros != Long.MIN_VALUE) {
            frequency = 1e6 / (timeMicros - lastTimeMicros);
        }
        lastTimeMicros = timeMicros;
        double dx = value.hasValue() ? (x - value.lastRaw()) * valueScale * frequency : 0.0;
        double edx = derivative.apply(dx, alpha(derivativeCutoff));
        double cutoff = minCutoff + beta * Math.abs(edx);
        return value.apply(x, alpha(cutoff));
    }

    private double alpha(double cutoff) {
        double te = 1.0 / frequency;
        double tau = 1.0 / (2 * Math.PI * cutoff);
        return 1.0 / (1.0 + tau / te);
    }

    /** Exponential smoothing that remembers the last raw input as well as its output. */
    static final class LowPassFilter {
        private boolean initialized;
        private double raw;
        private double stored;

        double apply(double x, double alpha) {
            raw = x;
            stored = initialized ? alpha * x + (1 - alpha) * stored : x;
            initialized = true;
            return stored;
        }

        boolean hasValue() {
            return initialized;
        }

        double lastRaw() {
            return raw;
        }
    }
}
