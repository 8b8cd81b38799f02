package com.repcam.capture;

import java.util.List;
import java.util.Optional;

/** A stream of frames in source order, each stamped with its time in the source. */
public interface FrameSource extends AutoCloseable {

    SourceInfo info();

    /** The next frame, owned by the caller, or empty at the end of the source. */
    Optional<VideoFrame> next() throws CaptureException;

    /** Problems met while reading that did not stop it (for example a truncated file), worded for the user. */
    default List<String> warnings() {
        return List.of();
    }

    @Override
    void close();
}
