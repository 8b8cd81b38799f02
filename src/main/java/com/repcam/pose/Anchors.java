package com.repcam.pose;

/**
 * The 2254 SSD anchor centres of the BlazePose detector, as MediaPipe's SsdAnchorsCalculator makes them for
 * pose detection: 224x224 input, 5 layers with strides 8, 16, 32, 32, 32, aspect ratio 1 plus one interpolated
 * scale per layer (2 anchors per cell and layer), offset 0.5, fixed anchor size (width = height = 1).
 * Layers that share a stride share a feature map, so their anchors interleave per cell.
 */
final class Anchors {

    static final int INPUT_SIZE = 224;
    private static final int[] STRIDES = {8, 16, 32, 32, 32};
    private static final int ANCHORS_PER_LAYER = 2;

    private final float[] centerX;
    private final float[] centerY;

    private Anchors(float[] centerX, float[] centerY) {
        this.centerX = centerX;
        this.centerY = centerY;
    }

    static Anchors blazePose() {
        int total = 0;
        for (int layer = 0; layer < STRIDES.length; ) {
            int last = lastLayerWithSameStride(layer);
            int side = ceilDiv(INPUT_SIZE, STRIDES[layer]);
            total += side * side * ANCHORS_PER_LAYER * (last - layer + 1);
            layer = last + 1;
        }
        float[] xs = new float[total];
        float[] ys = new float[total];
        int n = 0;
        for (int layer = 0; layer < STRIDES.length; ) {
            int last = lastLayerWithSameStride(layer);
            int perCell = ANCHORS_PER_LAYER * (last - layer + 1);
            int side = ceilDiv(INPUT_SIZE, STRIDES[layer]);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    for (int a = 0; a < perCell; a++) {
                        xs[n] = (x + 0.5f) / side;
                        ys[n] = (y + 0.5f) / side;
                        n++;
                    }
                }
            }
            layer = last + 1;
        }
        return new Anchors(xs, ys);
    }

    private static int lastLayerWithSameStride(int layer) {
        int last = layer;
        while (last + 1 < STRIDES.length && STRIDES[last + 1] == STRIDES[layer]) {
            last++;
        }
        return last;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    int count() {
        return centerX.length;
    }

    float centerX(int i) {
        return centerX[i];
    }

    float centerY(int i) {
        return centerY[i];
    }
}
