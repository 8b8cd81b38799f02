package com.repcam.pose;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * Feeds a 256x256 NHWC float crop to a landmark model and copies its outputs out (landmarks, pose flag,
 * segmentation, heatmap, world landmarks, in the converter's tuple order). The segmentation logits are copied
 * only when asked for.
 */
final class LandmarkTranslator implements NoBatchifyTranslator<java.nio.FloatBuffer, RawLandmarks> {

    static final int INPUT_SIZE = 256;
    static final Shape INPUT_SHAPE = new Shape(1, INPUT_SIZE, INPUT_SIZE, 3);

    private final boolean segmentation;

    LandmarkTranslator(boolean segmentation) {
        this.segmentation = segmentation;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, java.nio.FloatBuffer input) {
        return new NDList(ctx.getNDManager().create(input, INPUT_SHAPE));
    }

    @Override
    public RawLandmarks processOutput(TranslatorContext ctx, NDList list) {
        return new RawLandmarks(
                list.get(0).toFloatArray(),
                list.get(1).toFloatArray()[0],
                list.get(3).toFloatArray(),
                list.get(4).toFloatArray(),
                segmentation ? list.get(2).toFloatArray() : null);
    }
}
