package com.repcam.live;

/** Monotonic time and sleeping, replaceable in tests so pacing can be checked without waiting. */
interface Clock {

    long nanoTime();

    /** Sleeps about this long (returns early when interrupted, with the flag set). */
    void sleepNanos(long nanos) throws InterruptedException;

    Clock SYSTEM = new Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    };
}
