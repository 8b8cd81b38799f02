package com.repcam.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One folder per analysed session, named after the video, the exercise and the time, never reusing an existing
 * one. Its file names are fixed so other tools can rely on them.
 *
 * <p>A session is written into {@code NAME.incomplete} and renamed to {@code NAME} in one step once its last file
 * is written ({@link #markComplete}), so a folder without the suffix always holds a whole session: a run that is
 * killed (even with {@code kill -9}) or fails half-way leaves only a folder that says it is incomplete, with the
 * frames it had written.
 */
public final class SessionFolder {

    public static final String SESSION_JSON = "session.json";
    public static final String REPS_CSV = "reps.csv";
    public static final String REPORT_HTML = "report.html";
    public static final String ANNOTATED_MP4 = "annotated.mp4";
    public static final String POSES_JSONL = "poses.jsonl";
    /** Ends the name of a session folder that is still being written, or whose run was killed. */
    public static final String INCOMPLETE_SUFFIX = ".incomplete";

    private final Path finalDir;
    private Path dir;

    private SessionFolder(Path finalDir, Path dir) {
        this.finalDir = finalDir;
        this.dir = dir;
    }

    /**
     * The name of what a run writes for an input: {@code STEM_WHAT_DATE-TIME}, the input's name without its
     * extension and with anything but letters, digits, '.', '_' and '-' made '_'.
     */
    static String baseName(String inputName, String what) {
        String stem = inputName.replaceFirst("\\.[^.]+$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        return stem + "_" + what + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }

    /** A new session folder, still incomplete: its files go into {@code NAME.incomplete} until marked complete. */
    public static SessionFolder create(Path parent, String videoName, String exercise) throws OutputException {
        String base = baseName(videoName, exercise);
        try {
            Files.createDirectories(parent);
            for (int n = 1; ; n++) {
                Path target = parent.resolve(n == 1 ? base : base + "-" + n);
                if (Files.exists(target)) {
                    continue;
                }
                Path working = incompleteName(target);
                try {
                    Files.createDirectory(working);
                    return new SessionFolder(target, working);
                } catch (FileAlreadyExistsException taken) {
                    // another session of the same second: take the next number
                }
            }
        } catch (IOException | SecurityException e) {
            throw new OutputException("Cannot create a session folder in " + parent + " (" + e.getMessage()
                    + "): choose a folder you can write to with --out DIR.", e instanceof IOException io ? io : null);
        }
    }

    /** A session folder that is already complete (written earlier). */
    public static SessionFolder existing(Path dir) {
        return new SessionFolder(dir, dir);
    }

    /** Where the session's files are now: the incomplete folder until {@link #markComplete}, then the final one. */
    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public boolean isComplete() {
        return dir.equals(finalDir);
    }

    /**
     * Renames the folder to its final name in one step: call once every file of the session is written. Should a
     * folder of that name have appeared meanwhile, the next free number is taken.
     */
    public void markComplete() throws OutputException {
        if (isComplete()) {
            return;
        }
        Path target = finalDir;
        try {
            for (int n = 2; ; n++) {
                try {
                    if (!Files.exists(target)) {
                        moveAtomically(dir, target);
                        dir = target;
                        return;
                    }
                } catch (FileAlreadyExistsException taken) {
                    // appeared between the check and the move: take the next number
                }
                target = finalDir.resolveSibling(finalDir.getFileName() + "-" + n);
            }
        } catch (IOException e) {
            throw new OutputException("Cannot finish the session folder " + dir + " (" + e.getMessage() + "): its "
                    + "files are complete; rename it to " + finalDir.getFileName() + " yourself.", e);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes the folder and the files in it (for a session that produced nothing worth keeping). */
    public void delete() throws OutputException {
        try {
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new OutputException("Cannot remove the empty session folder " + dir + ": " + e.getMessage(), e);
        }
    }

    static Path incompleteName(Path target) {
        return target.resolveSibling(target.getFileName() + INCOMPLETE_SUFFIX);
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
