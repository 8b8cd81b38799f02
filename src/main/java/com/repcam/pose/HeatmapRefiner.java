package com.repcam.pose;

/**
 * Refines landmark positions with the model's heatmap, as MediaPipe's RefineLandmarksFromHeatmapCalculator does:
 * around each landmark's heatmap cell, a 7x7 window of sigmoid confidences gives a confidence-weighted mean
 * position, used when the window's peak confidence is at least 0.5.
 */
final class HeatmapRefiner {

    private static final int KERNEL = 7;
    private static final double MIN_CONFIDENCE = 0.5;

    private HeatmapRefiner() {
    }

    /**
     * @param xy      normalised crop positions, interleaved x, y per point; refined in place
     * @param heatmap size x size x points, channels last
     */
    static void refine(double[] xy, float[] heatmap, int size, int points) {
        int offset = (KERNEL - 1) / 2;
        for (int i = 0; i < points; i++) {
            int centerCol = (int) (xy[2 * i] * size);
            int centerRow = (int) (xy[2 * i + 1] * size);
            if (centerCol < 0 || centerCol >= size || centerRow < 0 || centerRow >= size) {
                continue;
            }
            int beginCol = Math.max(0, centerCol - offset);
            int endCol = Math.min(size, centerCol + offset + 1);
            int beginRow = Math.max(0, centerRow - offset);
            int endRow = Math.min(size, centerRow + offset + 1);
            double sum = 0;
            double weightedCol = 0;
            double weightedRow = 0;
            double max = 0;
            for (int row = beginRow; row < endRow; row++) {
                for (int col = beginCol; col < endCol; col++) {
                    double confidence = DetectionDecoder.sigmoid(heatmap[(row * size + col) * points + i]);
                    sum += confidence;
                    max = Math.max(max, confidence);
                    weightedCol += col * confidence;
                    weightedRow += row * confidence;
                }
            }
            if (max >= MIN_CONFIDENCE && sum > 0) {
                xy[2 * i] = weightedCol / size / sum;
                xy[2 * i + 1] = weightedRow / size / sum;
            }
        }
    }
}
