package com.repcam.pose;

/** The detector's outputs, copied out of the tensors: 2254 x 12 box values and 2254 score logits. */
record RawDetections(float[] boxes, float[] scores) {
}
