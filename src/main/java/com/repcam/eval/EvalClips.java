package com.repcam.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the clips to evaluate: in a folder, every {@code NAME.mp4} (or .mov, .avi, .mkv, .webm) that has a
 * {@code NAME.truth.json} beside it; or a manifest file {@code {"clips": [{"video": ..., "truth": ...}]}} with
 * paths relative to the manifest.
 */
public final class EvalClips {

    private static final List<String> VIDEO = List.of(".mp4", ".mov", ".avi", ".mkv", ".webm");

    private EvalClips() {
    }

    public static List<EvalClip> find(Path path) throws IOException {
        List<EvalClip> clips = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (var files = Files.list(path)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    for (String ext : VIDEO) {
                        if (name.endsWith(ext)) {
                            String stem = name.substring(0, name.length() - ext.length());
                            Path truth = path.resolve(stem + ".truth.json");
                            if (Files.isRegularFile(truth)) {
                                clips.add(new EvalClip(stem, f, truth));
                            }
                        }
                    }
                }
            }
        } else {
            JsonNode root = new ObjectMapper().readTree(path.toFile());
            Path base = path.toAbsolutePath().getParent();
            for (JsonNode c : root.path("clips")) {
                Path video = base.resolve(c.path("video").asText());
                String name = video.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                clips.add(new EvalClip(name, video, base.resolve(c.path("truth").asText())));
            }
        }
        if (clips.isEmpty()) {
            throw new IOException(path + " holds no videos with a NAME.truth.json beside them (or is an empty "
                    + "manifest)");
        }
        return clips;
    }
}
