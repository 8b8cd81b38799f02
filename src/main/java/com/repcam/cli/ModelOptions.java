package com.repcam.cli;

import com.repcam.pose.ModelVariant;
import com.repcam.pose.PoseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options shared by every command that runs the pose model. */
final class ModelOptions {

    @Option(names = "--models-dir", paramLabel = "DIR",
            description = "Folder with the TorchScript models and manifest.json (default: the models/ folder "
                    + "next to target/, or ./models).")
    Path modelsDir;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "libtorch threads for inference (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--crops", paramLabel = "N", defaultValue = "1", converter = CropReadings.class,
            description = "Landmark readings per frame: 1, or 3 to also read the person's region turned 4 degrees "
                    + "either way and average the points: steadier landmarks, but no better counts on the rendered "
                    + "evaluation sets (README), for about three times the landmark model's work "
                    + "(default: ${DEFAULT-VALUE}).")
    int crops;

    /** Reads --crops: 1 or 3 (a clear message for anything else, before any model is loaded). */
    static final class CropReadings implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (!"1".equals(value.strip()) && !"3".equals(value.strip())) {
                throw new TypeConversionException("'" + value + "' is not 1 or 3: give --crops 1 (one reading a frame, "
                        + "as MediaPipe) or --crops 3 (also the region turned 4 degrees either way)");
            }
            return Integer.parseInt(value.strip());
        }
    }

    /** Video tracking options for this model with these options' models folder and crop readings. */
    PoseOptions videoPose(ModelVariant variant, int threadCount) {
        return PoseOptions.video(variant, modelsDir()).withThreads(threadCount).withCropReadings(crops);
    }

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
