package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repcam.testing.TestPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each TorchScript model, loaded through the same manifest check, DJL engine and translator as the app uses, must
 * reproduce the outputs the converter recorded for the same input (tools/convert writes the pairs; the converter
 * itself checked them against an independent executor of the TFLite graph).
 */
class ModelReferenceTest {

    private static final String REFERENCE = "/reference/";

    @ParameterizedTest
    @ValueSource(strings = {"pose_detection", "pose_landmark_lite", "pose_landmark_full"})
    void javaOutputsEqualTheConvertersReference(String model) throws Exception {
        JsonNode ref = index().path("models").path(model);
        assertTrue(ref.isObject(), "no reference for " + model + " in index.json");
        double relative = ref.path("tolerance").path("relative").asDouble();
        double absolute = ref.path("tolerance").path("absolute").asDouble();
        assertEquals(1e-3, relative, 0, "the issue's bar is 1e-3 relative");
        FloatBuffer input = FloatBuffer.wrap(read(ref.path("input").asText()));
        var file = ModelFiles.open(TestPaths.models()).verified(model, model.equals(PoseTracker.DETECTOR)
                ? DetectorTranslator.OUTPUTS : LandmarkTranslator.FORWARD_OUTPUTS);
        TorchRuntime.prepare(2, TestPaths.models());
        Map<String, float[]> got;
        if (model.equals(PoseTracker.DETECTOR)) {
            try (var m = TorchScriptModel.load(file, FloatBuffer.class, RawDetections.class,
                    new DetectorTranslator())) {
                RawDetections d = m.predict(input);
                got = Map.of("boxes", d.boxes(), "scores", d.scores());
            }
        } else {
            try (var m = TorchScriptModel.load(file, FloatBuffer.class, RawLandmarks.class,
                    new LandmarkTranslator(false))) {
                RawLandmarks l = m.predict(input);
                got = Map.of("landmarks", l.landmarks(), "pose_flag", new float[] {l.poseFlag()},
                        "heatmap", l.heatmap(), "world_landmarks", l.world());
            }
        }
        int compared = 0;
        for (JsonNode out : ref.path("outputs")) {
            String name = out.path("name").asText();
            float[] want = read(out.path("file").asText());
            float[] have = got.get(name);
            assertEquals(want.length, have.length, model + "." + name + " size");
            double worst = 0;
            int worstAt = -1;
            for (int i = 0; i < want.length; i++) {
                double excess = Math.abs(have[i] - want[i]) - (absolute + relative * Math.abs(want[i]));
                if (excess > worst) {
                    worst = excess;
                    worstAt = i;
                }
            }
            final int at = worstAt;
            assertTrue(worstAt < 0, () -> String.format("%s.%s[%d] = %f, reference %f", model, name, at,
                    have[at], want[at]));
            compared++;
        }
        assertTrue(compared >= 2, "compared only " + compared + " outputs");
    }

    private static JsonNode index() throws IOException {
        try (InputStream in = ModelReferenceTest.class.getResourceAsStream(REFERENCE + "index.json")) {
            assertTrue(in != null, "src/test/resources/reference/index.json is missing: run tools/convert/convert.sh");
            return new ObjectMapper().readTree(in);
        }
    }

    private static float[] read(String file) throws IOException {
        try (InputStream raw = ModelReferenceTest.class.getResourceAsStream(REFERENCE + file)) {
            assertTrue(raw != null, "missing reference file " + file);
            byte[] bytes = new GZIPInputStream(raw).readAllBytes();
            FloatBuffer floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            float[] out = new float[floats.remaining()];
            floats.get(out);
            return out;
        }
    }
}
