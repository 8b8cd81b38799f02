package com.repcam.capture;

/** An input cannot be opened or read. The message names the input, what is wrong and what to do. */
public class CaptureException extends Exception {

    public CaptureException(String message) {
        super(message);
    }

    public CaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
