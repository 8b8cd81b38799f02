package com.repcam.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Landmark;
import com.repcam.pose.Pose;
import com.repcam.pose.PoseFrame;
import com.repcam.pose.WorldLandmark;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Streams poses to the pose JSON document (schema in docs/pose-json.md) frame by frame, so a long video never sits
 * in memory: {@code {"schema": "repcam-poses/1", "model": ..., "input": ..., "frames": [...]}}.
 */
public final class PoseJsonWriter implements AutoCloseable {

    public static final String SCHEMA = "repcam-poses/1";

    private final Path file;
    private final JsonGenerator json;

    private PoseJsonWriter(Path file, JsonGenerator json) {
        this.file = file;
        this.json = json;
    }

    public static PoseJsonWriter open(Path file, String model, String input) throws OutputException {
        try {
            JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("model", model);
            json.writeStringField("input", input);
            json.writeArrayFieldStart("frames");
            return new PoseJsonWriter(file, json);
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
    }

    public void write(PoseFrame frame) throws OutputException {
        try {
            json.writeStartObject();
            json.writeNumberField("index", frame.index());
            json.writeNumberField("timestamp_ms", frame.timestampMillis());
            json.writeNumberField("width", frame.width());
            json.writeNumberField("height", frame.height());
            if (frame.pose().isEmpty()) {
                json.writeNullField("landmarks");
                json.writeNullField("world_landmarks");
            } else {
                writePose(frame.pose().get());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void writePose(Pose pose) throws IOException {
        json.writeNumberField("pose_score", round(pose.score()));
        json.writeObjectFieldStart("roi");
        json.writeNumberField("center_x", round(pose.roi().centerX()));
        json.writeNumberField("center_y", round(pose.roi().centerY()));
        json.writeNumberField("size", round(pose.roi().size()));
        json.writeNumberField("rotation", round(pose.roi().rotation()));
        json.writeEndObject();
        json.writeArrayFieldStart("landmarks");
        for (BodyLandmark b : BodyLandmark.values()) {
            Landmark l = pose.landmark(b);
            point(b, l.x(), l.y(), l.z(), l.visibility(), l.presence());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("world_landmarks");
        for (BodyLandmark b : BodyLandmark.values()) {
            WorldLandmark l = pose.world(b);
            point(b, l.x(), l.y(), l.z(), l.visibility(), l.presence());
        }
        json.writeEndArray();
    }

    private void point(BodyLandmark b, double x, double y, double z, double visibility, double presence)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("name", b.jsonName());
        json.writeNumberField("x", round(x));
        json.writeNumberField("y", round(y));
        json.writeNumberField("z", round(z));
        json.writeNumberField("visibility", round(visibility));
        json.writeNumberField("presence", round(presence));
        json.writeEndObject();
    }

    /** Six significant decimals are far below a pixel and keep the file readable. */
    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    @Override
    public void close() throws OutputException {
        try {
            json.writeEndArray();
            json.writeEndObject();
            json.close();
        } catch (IOException e) {
            throw new OutputException("Cannot finish " + file + ": " + e.getMessage(), e);
        }
    }
}
