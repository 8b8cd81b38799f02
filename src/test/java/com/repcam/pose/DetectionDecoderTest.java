package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionDecoderTest {

    private final Anchors anchors = Anchors.blazePose();

    @Test
    void decodesBoxAndKeypointsRelativeToTheAnchorAndDropsLowScores() {
        float[] boxes = new float[anchors.count() * 12];
        float[] scores = new float[anchors.count()];
        java.util.Arrays.fill(scores, -5f);
        int i = 100;
        scores[i] = 2f;
        int o = i * 12;
        boxes[o] = 22.4f;      // +0.1 in x
        boxes[o + 1] = -11.2f; // -0.05 in y
        boxes[o + 2] = 44.8f;  // width 0.2
        boxes[o + 3] = 89.6f;  // height 0.4
        boxes[o + 4] = 0f;
        boxes[o + 5] = 22.4f;
        List<Detection> found = new DetectionDecoder(anchors).decode(boxes, scores);
        assertEquals(1, found.size());
        Detection d = found.get(0);
        double cx = anchors.centerX(i) + 0.1;
        double cy = anchors.centerY(i) - 0.05;
        assertEquals(1 / (1 + Math.exp(-2)), d.score(), 1e-9);
        assertEquals(cx - 0.1, d.xMin(), 1e-6);
        assertEquals(cx + 0.1, d.xMax(), 1e-6);
        assertEquals(cy - 0.2, d.yMin(), 1e-6);
        assertEquals(cy + 0.2, d.yMax(), 1e-6);
        assertEquals(anchors.centerX(i), d.keypointX(0), 1e-6);
        assertEquals(anchors.centerY(i) + 0.1, d.keypointY(0), 1e-6);
    }

    @Test
    void scoreExactlyAtTheThresholdIsKept() {
        float[] boxes = new float[anchors.count() * 12];
        float[] scores = new float[anchors.count()];
        java.util.Arrays.fill(scores, -1f);
        scores[7] = 0f;
        assertEquals(1, new DetectionDecoder(anchors).decode(boxes, scores).size());
    }
}
