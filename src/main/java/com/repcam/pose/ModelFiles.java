package com.repcam.pose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The model folder and its manifest ({@code manifest.json}): finds a model file by name and checks that it is
 * there, whole and unaltered (byte size and SHA-256 as the converter recorded them) before anything loads it.
 */
final class ModelFiles {

    static final String MANIFEST = "manifest.json";
    private static final String REGENERATE =
            "Regenerate the models with: tools/convert/install.sh && tools/convert/convert.sh%s "
                    + "(see models/MODELS.md), or point --models-dir at a folder that holds them.";

    private final Path dir;
    private final JsonNode models;

    private ModelFiles(Path dir, JsonNode models) {
        this.dir = dir;
        this.models = models;
    }

    static ModelFiles open(Path dir) throws ModelFileException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new ModelFileException("Model manifest " + manifest + " is missing. " + regenerate(""));
        }
        try {
            JsonNode root = new ObjectMapper().readTree(manifest.toFile());
            JsonNode models = root.path("models");
            if (!models.isObject()) {
                throw new ModelFileException("Model manifest " + manifest
                        + " has no \"models\" object. " + regenerate(""));
            }
            return new ModelFiles(dir, models);
        } catch (IOException e) {
            throw new ModelFileException("Model manifest " + manifest + " cannot be read: " + e.getMessage()
                    + ". " + regenerate(""), e);
        }
    }

    /**
     * The path of the named model (for example {@code pose_landmark_full}) after checking that the manifest lists
     * the outputs the caller reads, in order, and the file's size and SHA-256.
     */
    Path verified(String name, List<String> outputs) throws ModelFileException {
        String flag = name.endsWith("heavy") ? " --heavy" : "";
        JsonNode entry = models.path(name);
        if (!entry.isObject()) {
            throw new ModelFileException("Model manifest " + dir.resolve(MANIFEST) + " does not list " + name
                    + ". " + regenerate(flag));
        }
        Path file = dir.resolve(entry.path("file").asText(name + ".pt"));
        List<String> listed = new ArrayList<>();
        entry.path("outputs").forEach(o -> listed.add(o.path("name").asText()));
        if (!listed.equals(outputs)) {
            throw new ModelFileException("Model file " + file + " was made by an older converter: the manifest "
                    + "lists its outputs as " + listed + ", and this RepCam needs " + outputs
                    + " (converter 1.2 or later). " + regenerate(flag));
        }
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException("Model file " + file + " is missing. " + regenerate(flag));
        }
        long expectedSize = entry.path("bytes").asLong(-1);
        String expectedSha = entry.path("sha256").asText("");
        try {
            long size = Files.size(file);
            if (size != expectedSize) {
                throw new ModelFileException("Model file " + file + " has " + size + " bytes but the manifest says "
                        + expectedSize + ": it is truncated or altered. " + regenerate(flag));
            }
            String sha = sha256(file);
            if (!sha.equalsIgnoreCase(expectedSha)) {
                throw new ModelFileException("Model file " + file + " has SHA-256 " + sha
                        + " but the manifest says " + expectedSha + ": it was altered. " + regenerate(flag));
            }
        } catch (IOException e) {
            throw new ModelFileException("Model file " + file + " cannot be read: " + e.getMessage() + ". "
                    + regenerate(flag), e);
        }
        return file;
    }

    private static String regenerate(String flag) {
        return String.format(REGENERATE, flag);
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
