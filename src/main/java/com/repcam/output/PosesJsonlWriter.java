package com.repcam.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Landmark;
import com.repcam.pose.Pose;
import com.repcam.pose.PoseFrame;
import com.repcam.pose.WorldLandmark;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Per-frame landmarks of a session, one JSON object per line (schema in docs/session-files.md):
 * {@code {"i": 12, "t": 400.0, "w": 640, "h": 480, "score": 0.97, "lm": [[x, y, z, v, p], ...33], "world": [[x, y, z],
 * ...33]}}, with {@code lm} and {@code world} null when nobody was found.
 */
public final class PosesJsonlWriter implements AutoCloseable {

    private final Path file;
    private final JsonGenerator json;

    private PosesJsonlWriter(Path file, JsonGenerator json) {
        this.file = file;
        this.json = json;
    }

    public static PosesJsonlWriter open(Path file) throws OutputException {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            return new PosesJsonlWriter(file, g);
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public void write(PoseFrame f) throws OutputException {
        try {
            json.writeStartObject();
            json.writeNumberField("i", f.index());
            json.writeNumberField("t", Math.round(f.timestampMillis() * 10) / 10.0);
            json.writeNumberField("w", f.width());
            json.writeNumberField("h", f.height());
            if (f.pose().isEmpty()) {
                json.writeNullField("lm");
                json.writeNullField("world");
            } else {
                Pose p = f.pose().get();
                json.writeNumberField("score", round(p.score(), 1e3));
                json.writeArrayFieldStart("lm");
                for (BodyLandmark b : BodyLandmark.values()) {
                    Landmark l = p.landmark(b);
                    json.writeArray(new double[] {round(l.x(), 1e5), round(l.y(), 1e5), round(l.z(), 1e4),
                        round(l.visibility(), 1e3), round(l.presence(), 1e3)}, 0, 5);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("world");
                for (BodyLandmark b : BodyLandmark.values()) {
                    WorldLandmark w = p.world(b);
                    json.writeArray(new double[] {round(w.x(), 1e4), round(w.y(), 1e4), round(w.z(), 1e4)}, 0, 3);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }

    @Override
    public void close() throws OutputException {
        try {
            json.writeRaw('\n');
            json.close();
        } catch (IOException e) {
            throw new OutputException("Cannot finish " + file + ": " + e.getMessage(), e);
        }
    }
}
