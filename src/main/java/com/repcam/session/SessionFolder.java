package com.repcam.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One folder per analysed session, named after the video, the exercise and the time, never reusing an existing
 * one. Its file names are fixed so other tools can rely on them.
 */
public record SessionFolder(Path dir) {

    public static final String SESSION_JSON = "session.json";
    public static final String REPS_CSV = "reps.csv";
    public static final String REPORT_HTML = "report.html";
    public static final String ANNOTATED_MP4 = "annotated.mp4";
    public static final String POSES_JSONL = "poses.jsonl";

    public static SessionFolder create(Path parent, String videoName, String exercise) throws OutputException {
        String stem = videoName.replaceFirst("\\.[^.]+$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        String base = stem + "_" + exercise + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss"));
        try {
            Files.createDirectories(parent);
            for (int n = 1; ; n++) {
                Path dir = parent.resolve(n == 1 ? base : base + "-" + n);
                try {
                    Files.createDirectory(dir);
                    return new SessionFolder(dir);
                } catch (java.nio.file.FileAlreadyExistsException taken) {
                    // another session of the same second: take the next number
                }
            }
        } catch (IOException | SecurityException e) {
            throw new OutputException("Cannot create a session folder in " + parent + " (" + e.getMessage()
                    + "): choose a folder you can write to with --out DIR.", e instanceof IOException io ? io : null);
        }
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    /** Removes the folder and the session files in it (for a session that produced nothing worth keeping). */
    public void delete() throws OutputException {
        try {
            for (String name : new String[] {SESSION_JSON, REPS_CSV, REPORT_HTML, ANNOTATED_MP4, POSES_JSONL}) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new OutputException("Cannot remove the empty session folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
