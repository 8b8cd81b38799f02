package com.repcam.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The truth of a rendered clip (schema {@code repcam-truth/1}, written by tools/render): the exercise, the full
 * reps with their times and faults, and the partial reps.
 */
public record TruthFile(Path file, String exercise, List<RepSpan> reps, List<RepSpan> partialReps) {

    public static final String SCHEMA = "repcam-truth/1";

    public static TruthFile read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (!SCHEMA.equals(root.path("schema").asText())) {
            throw new IOException(file + " is not a RepCam truth file (schema " + SCHEMA + ")");
        }
        return new TruthFile(file, root.path("exercise").asText(), spans(root.path("reps")),
                spans(root.path("partial_reps")));
    }

    private static List<RepSpan> spans(JsonNode list) {
        List<RepSpan> out = new ArrayList<>();
        for (JsonNode r : list) {
            Set<String> faults = new TreeSet<>();
            r.path("faults").forEach(f -> faults.add(f.asText()));
            out.add(new RepSpan(r.path("start_s").asDouble(), r.path("end_s").asDouble(), faults));
        }
        return out;
    }
}
