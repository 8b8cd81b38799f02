package com.repcam.live;

import java.util.ArrayList;
import java.util.List;

/** Keeps every cue (what and when) for tests. */
final class RecordingCues implements CueSink {

    final List<Cue> cues = new ArrayList<>();

    @Override
    public synchronized void emit(Cue cue) {
        cues.add(cue);
    }

    @Override
    public void close() {
    }

    synchronized List<Cue> of(Cue.Kind kind) {
        return cues.stream().filter(c -> c.kind() == kind).toList();
    }
}
