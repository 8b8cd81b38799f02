package com.repcam.pose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.util.List;

/**
 * Feeds a 256x256 NHWC float crop to a landmark model and copies its outputs out. The model file's {@code forward}
 * returns landmarks, pose flag, heatmap and world landmarks; when the segmentation is asked for, its
 * {@code with_segmentation} method runs instead (the same weights, plus the segmentation decoder, which costs about
 * a third of the model's time) and returns the segmentation logits third (see models/MODELS.md).
 */
final class LandmarkTranslator implements NoBatchifyTranslator<java.nio.FloatBuffer, RawLandmarks> {

    static final int INPUT_SIZE = 256;
    static final Shape INPUT_SHAPE = new Shape(1, INPUT_SIZE, INPUT_SIZE, 3);

    /** What the model file's {@code forward} returns, in order (the manifest lists the same). */
    static final List<String> FORWARD_OUTPUTS = List.of("landmarks", "pose_flag", "heatmap", "world_landmarks");
    /** The model file's method that also returns the segmentation. */
    static final String WITH_SEGMENTATION = "with_segmentation";
    private static final String METHOD_PREFIX = "module_method:";

    private final boolean segmentation;

    LandmarkTranslator(boolean segmentation) {
        this.segmentation = segmentation;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, java.nio.FloatBuffer input) {
        NDList list = new NDList(ctx.getNDManager().create(input, INPUT_SHAPE));
        if (segmentation) {
            // DJL's PyTorch engine runs the method an input named "module_method:NAME" names, and does not pass it
            NDArray method = ctx.getNDManager().create(0f);
            method.setName(METHOD_PREFIX + WITH_SEGMENTATION);
            list.add(method);
        }
        return list;
    }

    @Override
    public RawLandmarks processOutput(TranslatorContext ctx, NDList list) {
        int rest = segmentation ? 3 : 2;
        return new RawLandmarks(
                list.get(0).toFloatArray(),
                list.get(1).toFloatArray()[0],
                list.get(rest).toFloatArray(),
                list.get(rest + 1).toFloatArray(),
                segmentation ? list.get(2).toFloatArray() : null);
    }
}
