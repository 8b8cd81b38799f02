package com.repcam.eval;

import java.nio.file.Path;

/** A video with its truth file. */
public record EvalClip(String name, Path video, Path truth) {
}
