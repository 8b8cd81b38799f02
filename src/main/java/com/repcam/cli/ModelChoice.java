package com.repcam.cli;

import com.repcam.pose.ModelVariant;
import picocli.CommandLine.Option;

/** The {@code --model} option of the commands that run one landmark model. */
final class ModelChoice {

    @Option(names = "--model", paramLabel = "lite|full|heavy", defaultValue = "full",
            description = "Landmark model (default: ${DEFAULT-VALUE}).")
    String model;

    ModelVariant variant() {
        return ModelOptions.variant(model);
    }
}
