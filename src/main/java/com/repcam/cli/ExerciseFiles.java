package com.repcam.cli;

import com.repcam.exercise.DefinitionException;
import com.repcam.exercise.ExerciseCatalog;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --exercise-file} option: exercise definitions of the user's own, beside the built-in ones. */
final class ExerciseFiles {

    @Option(names = "--exercise-file", paramLabel = "FILE",
            description = "Also load this exercise definition (YAML); may be repeated.")
    List<Path> files = List.of();

    ExerciseCatalog catalog() throws DefinitionException {
        return ExerciseCatalog.load(files);
    }
}
