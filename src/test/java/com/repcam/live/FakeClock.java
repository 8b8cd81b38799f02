package com.repcam.live;

/** A clock that only moves when something sleeps on it (or the test moves it). */
final class FakeClock implements Clock {

    private long now = 1_000_000_000L;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleepNanos(long nanos) {
        now += Math.max(1, nanos);
    }

    synchronized void advance(long nanos) {
        now += nanos;
    }
}
