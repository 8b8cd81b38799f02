package com.repcam.pose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * MediaPipe's weighted non-maximum suppression: the best remaining detection absorbs every detection that
 * overlaps it by more than the IoU threshold (itself included), and its box and keypoints become their
 * score-weighted mean; its score stays its own.
 */
final class WeightedNonMaxSuppression {

    private final double iouThreshold;

    WeightedNonMaxSuppression(double iouThreshold) {
        this.iouThreshold = iouThreshold;
    }

    /** Merged detections, best first. */
    List<Detection> apply(List<Detection> detections) {
        List<Detection> remaining = new ArrayList<>(detections);
        remaining.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> merged = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Detection best = remaining.get(0);
            List<Detection> cluster = new ArrayList<>();
            List<Detection> rest = new ArrayList<>();
            for (Detection candidate : remaining) {
                if (best.intersectionOverUnion(candidate) > iouThreshold) {
                    cluster.add(candidate);
                } else {
                    rest.add(candidate);
                }
            }
            merged.add(weightedMean(best, cluster));
            remaining = rest;
        }
        return merged;
    }

    private static Detection weightedMean(Detection best, List<Detection> cluster) {
        if (cluster.isEmpty()) {
            return best;
        }
        double total = 0;
        double xMin = 0;
        double yMin = 0;
        double xMax = 0;
        double yMax = 0;
        double[] keypoints = new double[best.keypoints().length];
        for (Detection d : cluster) {
            double s = d.score();
            total += s;
            xMin += d.xMin() * s;
            yMin += d.yMin() * s;
            xMax += d.xMax() * s;
            yMax += d.yMax() * s;
            for (int k = 0; k < keypoints.length; k++) {
                keypoints[k] += d.keypoints()[k] * s;
            }
        }
        for (int k = 0; k < keypoints.length; k++) {
            keypoints[k] /= total;
        }
        return new Detection(best.score(), xMin / total, yMin / total, xMax / total, yMax / total, keypoints);
    }
}
