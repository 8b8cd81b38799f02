package com.repcam.cli;

import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.FaultRule;
import com.repcam.signal.ViewKind;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code repcam exercises}: the exercises RepCam knows, with what each needs from the camera. */
@Command(name = "exercises", mixinStandardHelpOptions = true, version = "RepCam 0.1.0",
        description = "Lists the exercises with their descriptions and the camera view each needs.")
final class ExercisesCommand implements Callable<Integer> {

    @Mixin
    ExerciseFiles exerciseFiles;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (ExerciseDefinition d : exerciseFiles.catalog().all()) {
            String views = d.views().stream().sorted().map(ViewKind::id).collect(Collectors.joining(" or "));
            out.printf("%s  (%s, version %d)%n", d.id(), d.name(), d.version());
            out.printf("  camera: %s view; prescribed: %d reps%n", views, d.prescribedReps());
            out.printf("  form rules: %s%n", d.rules().isEmpty() ? "none"
                    : FaultRule.viewsByFault(d.rules()).entrySet().stream().map(f -> f.getKey() + " ("
                    + f.getValue().stream().sorted().map(ViewKind::id).collect(Collectors.joining("/")) + ")")
                    .collect(Collectors.joining(", ")));
            out.printf("  %s%n%n", wrap(d.description(), 100, "  "));
        }
        return ExitCodes.OK;
    }

    private static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : text.split("\\s+")) {
            if (line > 0 && line + word.length() + 1 > width) {
                out.append('\n').append(indent);
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }
}
