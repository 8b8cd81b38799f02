package com.repcam.cli;

import com.repcam.pose.ModelVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command that runs the pose model. */
final class ModelOptions {

    @Option(names = "--models-dir", paramLabel = "DIR",
            description = "Folder with the TorchScript models and manifest.json (default: the models/ folder "
                    + "next to target/, or ./models).")
    Path modelsDir;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "libtorch threads for inference (default: ${DEFAULT-VALUE}).")
    int threads;

    /** The models folder: --models-dir, else -Drepcam.models or REPCAM_MODELS, else next to the jar, else ./models. */
    Path modelsDir() {
        if (modelsDir != null) {
            return modelsDir;
        }
        String configured = System.getProperty("repcam.models", System.getenv("REPCAM_MODELS"));
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            Path jar = Path.of(RepCam.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path besideBuild = jar.getParent().getParent().resolve("models");
            if (Files.isDirectory(besideBuild)) {
                return besideBuild;
            }
        } catch (java.net.URISyntaxException | RuntimeException ignored) {
            // fall through to the working directory
        }
        return Path.of("models");
    }

    static ModelVariant variant(String name) {
        return ModelVariant.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
