package com.repcam.cli;

/** Process exit codes, documented in docs/cli.md. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USAGE = 2;
    static final int INPUT = 3;
    static final int MODEL = 4;
    static final int OUTPUT = 5;
    static final int DEFINITION = 6;
    static final int MISCOUNT = 7;
    /** A session was saved, but the input ended early (truncated or damaged part-way): it covers what was read. */
    static final int INCOMPLETE_INPUT = 8;
    /** A session was saved, but nobody was found in any frame. */
    static final int NO_PERSON = 9;
    /** live: there is no display to show the window on. */
    static final int NO_DISPLAY = 10;
    /**
     * A session was saved, but its count says nothing about the exercise: the picture looks turned, or the person
     * was in view but never took the start position.
     */
    static final int NOT_COUNTABLE = 11;

    private ExitCodes() {
    }
}
