package com.repcam.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Runs a command and ends the process with its exit code. After Ctrl-C or SIGTERM the JVM is already ending, with
 * the signal's status (130, 143), as soon as its shutdown hooks return; the command's own hooks return once its
 * session is saved, but it still has lines to print (its summary, a batch index). This class's hook holds the JVM
 * until the command has returned, and the command's code is then not passed on, so the status is the signal's
 * instead of whichever of the two exits came first.
 */
final class CommandExit {

    private final CountDownLatch returned = new CountDownLatch(1);
    private final Duration grace;

    private CommandExit(Duration grace) {
        this.grace = grace;
    }

    /**
     * Runs {@code command} and exits with its code, or, after a signal, lets the JVM exit with the signal's status
     * once the command has returned or {@code grace} has passed.
     */
    static void run(IntSupplier command, Duration grace) {
        CommandExit exit = new CommandExit(grace);
        Runtime.getRuntime().addShutdownHook(new Thread(exit::awaitCommand, "repcam-command-exit"));
        int code;
        try {
            code = command.getAsInt();
        } finally {
            exit.returned.countDown();
        }
        if (!shutdownStarted()) {
            System.exit(code);
        }
    }

    private void awaitCommand() {
        try {
            returned.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once the JVM has begun to run its shutdown hooks (no hook can be added then). */
    private static boolean shutdownStarted() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
        Runtime.getRuntime().removeShutdownHook(probe);
        return false;
    }
}
