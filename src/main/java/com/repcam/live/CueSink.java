package com.repcam.live;

/** Where cues go: the speakers, nowhere ({@code --no-sound}), or a list in tests. Must never block the caller. */
interface CueSink extends AutoCloseable {

    void emit(Cue cue);

    @Override
    void close();

    /** {@code --no-sound}. */
    CueSink SILENT = new CueSink() {
        @Override
        public void emit(Cue cue) {
        }

        @Override
        public void close() {
        }
    };
}
