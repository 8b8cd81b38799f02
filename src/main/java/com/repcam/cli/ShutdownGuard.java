package com.repcam.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT) or SIGTERM into an orderly stop. Without it the JVM exits at once and tears libtorch down
 * under a running inference (a native crash, and the session is lost). With it, the signal interrupts the working
 * thread, which stops after its current frame and saves what it has; this hook returns once the work says it is
 * done, or after a grace period ({@link CommandExit} then holds the JVM until the command has printed and returned).
 */
final class ShutdownGuard implements AutoCloseable {

    private final Thread worker;
    private final Thread hook;
    private final Duration grace;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean stopRequested;

    private ShutdownGuard(Thread worker, Duration grace) {
        this.worker = worker;
        this.grace = grace;
        this.hook = new Thread(this::onSignal, "repcam-shutdown");
    }

    /** Guards the calling thread until {@link #close}. */
    static ShutdownGuard forCurrentThread(Duration grace) {
        ShutdownGuard guard = new ShutdownGuard(Thread.currentThread(), grace);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    private void onSignal() {
        if (done.getCount() == 0) {
            return;
        }
        stopRequested = true;
        worker.interrupt();
        try {
            done.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once a signal asked the work to stop: finish the current item, save, start nothing new. */
    boolean stopRequested() {
        return stopRequested;
    }

    /** The work is finished (saved or failed): the JVM may exit. */
    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it returns now that the work is done
        }
    }
}
