package com.repcam.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the saved sessions under a folder (the session folders {@code analyze} and {@code live} write, at any depth)
 * and reads each one's session.json. A folder still called {@code *.incomplete} (a run that was cut off) and a
 * session.json that cannot be read are skipped, each with a problem saying which and why; nothing is changed.
 */
public final class SessionArchive {

    static final String SCHEMA = "repcam-session/1";
    private static final int MAX_DEPTH = 6;

    /** The sessions found, oldest first, and the folders skipped. */
    public record Contents(List<SessionSummary> sessions, List<String> problems) {
    }

    private SessionArchive() {
    }

    /** @throws IOException the folder itself cannot be listed */
    public static Contents read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
            files = walk.filter(p -> p.getFileName().toString().equals("session.json")).sorted().toList();
        }
        List<SessionSummary> sessions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            Path folder = file.getParent();
            if (folder.getFileName().toString().endsWith(".incomplete")) {
                problems.add(folder + ": skipped, the session was not finished (a run cut off while saving)");
                continue;
            }
            try {
                sessions.add(summary(folder, json.readTree(file.toFile())));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(file + ": skipped, " + e.getMessage());
            }
        }
        sessions.sort(Comparator.comparing(SessionSummary::created));
        return new Contents(List.copyOf(sessions), List.copyOf(problems));
    }

    static SessionSummary summary(Path folder, JsonNode doc) {
        if (!SCHEMA.equals(doc.path("schema").asText())) {
            throw new IllegalArgumentException("not a RepCam session file (schema '" + doc.path("schema").asText()
                    + "', expected '" + SCHEMA + "')");
        }
        Instant created;
        try {
            // with an offset, seconds optional: RepCam 0.1.0 wrote 17:24Z for 17:24:00
            created = java.time.OffsetDateTime.parse(doc.path("created").asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("its 'created' time '" + doc.path("created").asText()
                    + "' is not a date and time");
        }
        JsonNode exercise = doc.path("exercise");
        JsonNode summary = doc.path("summary");
        String id = exercise.path("id").asText();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("it names no exercise");
        }
        Map<String, Integer> faults = new LinkedHashMap<>();
        summary.path("faults_by_kind").fields().forEachRemaining(f -> faults.put(f.getKey(), f.getValue().asInt()));
        double depth = 0;
        double seconds = 0;
        int n = 0;
        for (JsonNode rep : doc.path("reps")) {
            depth += rep.path("depth_share").asDouble();
            seconds += rep.path("duration_s").asDouble();
            n++;
        }
        return new SessionSummary(folder, created, id, exercise.path("name").asText(id),
                summary.path("reps").asInt(n), summary.path("prescribed").asInt(exercise.path("prescribed_reps")
                .asInt()), summary.path("partial_reps").asInt(), summary.path("reps_with_faults").asInt(), faults,
                n == 0 ? Double.NaN : depth / n, n == 0 ? Double.NaN : seconds / n,
                summary.path("countable").asBoolean(true), doc.path("programme").path("sets").asInt(1));
    }
}
