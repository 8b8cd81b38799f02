package com.repcam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code repcam pose} end to end on the bundled clip: the JSON it writes and the video it draws. */
class PoseCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOnePoseEntryPerFrameAndADrawnVideoOfTheSameLength() throws Exception {
        Path clip = TestPaths.samples().resolve("people/basketball-pan.mp4");
        Path json = dir.resolve("poses.json");
        Path drawn = dir.resolve("drawn.mp4");
        RepCamCliTest.Run r = RepCamCliTest.run("pose", clip.toString(), "--model", "lite", "--json",
                json.toString(), "--draw", drawn.toString(), "--models-dir", TestPaths.models().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("150 frames, a person in 150"), r.out());

        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertEquals("repcam-poses/1", doc.path("schema").asText());
        assertEquals("pose_landmark_lite", doc.path("model").asText());
        JsonNode frames = doc.path("frames");
        assertEquals(150, frames.size());
        double lastTime = -1;
        for (JsonNode f : frames) {
            assertTrue(f.path("timestamp_ms").asDouble() > lastTime);
            lastTime = f.path("timestamp_ms").asDouble();
            assertEquals(640, f.path("width").asInt());
            JsonNode landmarks = f.path("landmarks");
            assertEquals(33, landmarks.size());
            assertEquals(33, f.path("world_landmarks").size());
            assertEquals("nose", landmarks.get(0).path("name").asText());
            assertEquals("right_foot_index", landmarks.get(32).path("name").asText());
            // the man stands in the left third of the picture throughout the pan
            double noseX = landmarks.get(0).path("x").asDouble();
            assertTrue(noseX > 0.05 && noseX < 0.35, "nose x " + noseX + " at frame " + f.path("index"));
        }
        assertEquals(lastTime, 149 * 1000.0 / 30, 1.0);

        assertTrue(Files.size(drawn) > 10_000);
        try (FrameSource video = FrameSources.open(drawn.toString(), 1, false)) {
            int n = 0;
            while (video.next().map(f -> {
                f.close();
                return true;
            }).orElse(false)) {
                n++;
            }
            assertEquals(150, n);
        }
    }

    @Test
    void unwritableJsonTargetIsAnOutputError() {
        Path clip = TestPaths.samples().resolve("people/basketball-pan.mp4");
        RepCamCliTest.Run r = RepCamCliTest.run("pose", clip.toString(), "--json",
                dir.resolve("missing-folder/poses.json").toString(), "--models-dir", TestPaths.models().toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r.err());
        assertTrue(r.err().contains("missing-folder/poses.json"), r.err());
    }
}
