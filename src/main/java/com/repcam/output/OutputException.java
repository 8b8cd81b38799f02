package com.repcam.output;

/** An output file or folder cannot be written. The message names it and says what to do. */
public class OutputException extends Exception {

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
