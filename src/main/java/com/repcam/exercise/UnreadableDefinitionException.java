package com.repcam.exercise;

/** An exercise definition file that does not exist or cannot be read (rather than one with a mistake in it). */
public final class UnreadableDefinitionException extends DefinitionException {

    public UnreadableDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
