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

    private ExitCodes() {
    }
}
