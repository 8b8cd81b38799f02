package com.repcam.programme;

import com.repcam.exercise.DefinitionException;

/** A programme file that cannot be used; the message names the file, the line and what to change. */
public final class ProgrammeException extends DefinitionException {

    public ProgrammeException(String message) {
        super(message);
    }

    public ProgrammeException(String message, Throwable cause) {
        super(message, cause);
    }
}
