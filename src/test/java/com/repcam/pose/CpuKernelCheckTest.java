package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.testing.TestPaths;
import java.nio.FloatBuffer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The check of libtorch's CPU kernels against the detector's recorded reference. */
class CpuKernelCheckTest {

    private static final float[] BOXES = CpuKernelCheck.reference("pose_detection.boxes.f32.gz");
    private static final float[] SCORES = CpuKernelCheck.reference("pose_detection.scores.f32.gz");

    @Test
    void theRecordedOutputsPass() {
        assertEquals(Optional.empty(), CpuKernelCheck.mismatch(in -> new RawDetections(BOXES, SCORES)));
    }

    @Test
    void oneValueOffBeyondTheToleranceIsNamed() {
        float[] boxes = BOXES.clone();
        boxes[17] += 0.01f + 0.002f * Math.abs(boxes[17]);
        Optional<String> wrong = CpuKernelCheck.mismatch(in -> new RawDetections(boxes, SCORES));
        assertTrue(wrong.isPresent() && wrong.get().contains("boxes[17]"), wrong.toString());
    }

    @Test
    void differencesWithinTheToleranceAndNotANumberAreTold() {
        float[] scores = SCORES.clone();
        scores[3] += 0.0009f;
        assertEquals(Optional.empty(), CpuKernelCheck.mismatch(in -> new RawDetections(BOXES, scores)));
        scores[5] = Float.NaN;
        assertTrue(CpuKernelCheck.mismatch(in -> new RawDetections(BOXES, scores)).orElse("").contains("scores[5]"));
    }

    @Test
    void theDetectorIsGivenTheRecordedInput() {
        float[] input = CpuKernelCheck.reference("pose_detection.input.f32.gz");
        assertEquals(224 * 224 * 3, input.length);
        CpuKernelCheck.mismatch(in -> {
            FloatBuffer copy = in.duplicate();
            float[] got = new float[copy.remaining()];
            copy.get(got);
            assertTrue(java.util.Arrays.equals(input, got), "the reference input");
            return new RawDetections(BOXES, SCORES);
        });
    }

    @Test
    void theRealDetectorOnThisMachinePassesWithTheKernelsChosenForIt() throws Exception {
        try (PoseTracker tracker = PoseTracker.open(PoseOptions.video(ModelVariant.LITE, TestPaths.models()))) {
            // open() refuses with a ModelFileException when the kernels compute the detector wrongly
            assertTrue(tracker.options().tracking());
        }
    }
}
