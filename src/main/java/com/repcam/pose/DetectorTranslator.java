package com.repcam.pose;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.nio.FloatBuffer;
import java.util.List;

/** Feeds a 224x224 NHWC float image to the detector and copies its two outputs (boxes, scores) out. */
final class DetectorTranslator implements NoBatchifyTranslator<FloatBuffer, RawDetections> {

    /** What the detector file returns, in order (the manifest lists the same). */
    static final List<String> OUTPUTS = List.of("boxes", "scores");
    static final Shape INPUT_SHAPE = new Shape(1, Anchors.INPUT_SIZE, Anchors.INPUT_SIZE, 3);

    @Override
    public NDList processInput(TranslatorContext ctx, FloatBuffer input) {
        return new NDList(ctx.getNDManager().create(input, INPUT_SHAPE));
    }

    @Override
    public RawDetections processOutput(TranslatorContext ctx, NDList list) {
        return new RawDetections(list.get(0).toFloatArray(), list.get(1).toFloatArray());
    }
}
