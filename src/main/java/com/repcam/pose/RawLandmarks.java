package com.repcam.pose;

/**
 * The landmark model's outputs, copied out of the tensors.
 *
 * @param landmarks    39 x (x, y, z, visibility logit, presence logit), crop pixels
 * @param poseFlag     probability that a person is in the crop
 * @param heatmap      64 x 64 x 39, row-major, channels last
 * @param world        39 x (x, y, z), metres
 * @param segmentation 256 x 256 logits, or null when the mask was not asked for
 */
record RawLandmarks(float[] landmarks, float poseFlag, float[] heatmap, float[] world, float[] segmentation) {

    static final int POINTS = 39;
    static final int VALUES_PER_POINT = 5;
    static final int HEATMAP_SIZE = 64;
}
