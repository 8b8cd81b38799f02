package com.repcam.live;

/** There is no screen to show the live window on. The message says what to do instead. */
public final class NoDisplayException extends Exception {

    NoDisplayException(String message, Throwable cause) {
        super(message, cause);
    }
}
