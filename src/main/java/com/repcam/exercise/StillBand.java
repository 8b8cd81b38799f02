package com.repcam.exercise;

/**
 * How long a signal has stayed within a band of a given width: the band starts afresh at the sample that would
 * widen it to that width or more.
 */
final class StillBand {

    private long since = -1;
    private double low;
    private double high;

    /**
     * Takes one sample.
     *
     * @param spread the band's width, in the signal's unit
     * @return seconds the signal has stayed within the band, up to this sample
     */
    double update(long micros, double x, double spread) {
        double lo = Math.min(low, x);
        double hi = Math.max(high, x);
        if (since < 0 || hi - lo >= spread) {
            since = micros;
            low = x;
            high = x;
        } else {
            low = lo;
            high = hi;
        }
        return (micros - since) / 1e6;
    }

    /** When the signal entered the band (-1: no sample since {@link #reset()}). */
    long since() {
        return since;
    }

    void reset() {
        since = -1;
    }
}
