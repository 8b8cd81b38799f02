package com.repcam.exercise;

/** An exercise id that no built-in definition or given file has: a mistake on the command line. */
public final class UnknownExerciseException extends DefinitionException {

    public UnknownExerciseException(String message) {
        super(message);
    }
}
