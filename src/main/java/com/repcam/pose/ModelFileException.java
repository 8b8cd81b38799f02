package com.repcam.pose;

/** A model file is missing, truncated, altered or cannot be loaded. The message is written for the user. */
public class ModelFileException extends Exception {

    public ModelFileException(String message) {
        super(message);
    }

    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
