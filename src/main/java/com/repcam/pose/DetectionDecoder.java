package com.repcam.pose;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the detector's raw outputs into detections, as MediaPipe's TensorsToDetectionsCalculator does for pose:
 * 12 values per anchor (x centre, y centre, width, height, then 4 keypoints as x, y), all divided by 224 and
 * offset by the anchor centre; score = sigmoid(clip(raw, +-100)), kept when at least 0.5.
 */
final class DetectionDecoder {

    static final int VALUES_PER_ANCHOR = 12;
    private static final double SCORE_CLIP = 100.0;
    private static final double MIN_SCORE = 0.5;

    private final Anchors anchors;

    DetectionDecoder(Anchors anchors) {
        this.anchors = anchors;
    }

    /** Detections above the score threshold, in normalised coordinates of the (letterboxed) detector input. */
    List<Detection> decode(float[] boxes, float[] scores) {
        int n = anchors.count();
        if (scores.length != n || boxes.length != n * VALUES_PER_ANCHOR) {
            throw new IllegalArgumentException("detector output sizes " + boxes.length + "/" + scores.length
                    + " do not match " + n + " anchors");
        }
        double scale = Anchors.INPUT_SIZE;
        List<Detection> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double score = sigmoid(Math.max(-SCORE_CLIP, Math.min(SCORE_CLIP, scores[i])));
            if (score < MIN_SCORE) {
                continue;
            }
            int o = i * VALUES_PER_ANCHOR;
            double ax = anchors.centerX(i);
            double ay = anchors.centerY(i);
            double cx = boxes[o] / scale + ax;
            double cy = boxes[o + 1] / scale + ay;
            double w = boxes[o + 2] / scale;
            double h = boxes[o + 3] / scale;
            double[] keypoints = new double[2 * Detection.KEYPOINTS];
            for (int k = 0; k < Detection.KEYPOINTS; k++) {
                keypoints[2 * k] = boxes[o + 4 + 2 * k] / scale + ax;
                keypoints[2 * k + 1] = boxes[o + 5 + 2 * k] / scale + ay;
            }
            found.add(new Detection(score, cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, keypoints));
        }
        return found;
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
