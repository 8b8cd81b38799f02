package com.repcam.exercise;

/** An exercise definition file has a mistake; the message names the file, the line and the field. */
public class DefinitionException extends Exception {

    public DefinitionException(String message) {
        super(message);
    }

    public DefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
