package com.repcam.runner;

import java.util.function.Consumer;

/**
 * Runs an attempt one way and, if it fails in the one way that calls for it, says so and runs it again another way
 * (parallel tracking out of step with the video: track it again one frame after another). Any other failure is
 * thrown as it is.
 */
public final class Fallback {

    /** One try, the way it is given. */
    @FunctionalInterface
    public interface Attempt<T, W, X1 extends Exception, X2 extends Exception> {
        T run(W way) throws X1, X2;
    }

    private Fallback() {
    }

    /**
     * @param retryOn the failure after which the second way is tried (the attempt must start its outputs afresh)
     * @param note    told why the first way was given up
     */
    @SuppressWarnings("unchecked") // attempt.run declares X1 and X2 as its only checked exceptions
    public static <T, W, X1 extends Exception, X2 extends Exception> T run(
            Attempt<T, W, X1, X2> attempt, W first, W second, Class<? extends Exception> retryOn,
            Consumer<String> note) throws X1, X2 {
        try {
            return attempt.run(first);
        } catch (Exception e) {
            if (!retryOn.isInstance(e)) {
                if (e instanceof RuntimeException r) {
                    throw r;
                }
                throw (X1) e; // or an X2: the cast is not checked, the exception is thrown as it is
            }
            note.accept(e.getMessage());
        }
        return attempt.run(second);
    }
}
