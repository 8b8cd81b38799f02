package com.repcam.cli;

import com.repcam.analysis.SessionResult;
import com.repcam.learn.ExerciseLearner;
import com.repcam.learn.Movement;
import com.repcam.pose.PoseTracker;
import com.repcam.session.RecordingSessions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code repcam learn DEMO --name ID}: an exercise definition learned from a demonstration. */
@Command(name = "learn", mixinStandardHelpOptions = true, version = "RepCam 0.1.0",
        description = "Learns an exercise from a recording of three or more demonstration reps: picks the counting "
                + "signal and its thresholds by measurement and writes an exercise file (YAML) you can edit and use "
                + "with --exercise-file.")
final class LearnCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DEMO", description = "A video of the exercise, three reps or more.")
    Path demo;

    @Option(names = "--name", required = true, paramLabel = "ID",
            description = "Id of the new exercise: lower-case letters, digits and dashes, e.g. wall-angel.")
    String id;

    @Option(names = "--title", paramLabel = "TEXT", description = "Display name (default: from the id).")
    String title;

    @Option(names = "--out", paramLabel = "FILE.yaml", description = "Where to write it (default: ID.yaml).")
    Path out;

    @Mixin
    ModelChoice model;

    @Mixin
    ModelOptions models;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!id.matches("[a-z][a-z0-9-]*")) {
            err.println("repcam: --name " + id + ": use lower-case letters, digits and dashes, e.g. wall-angel.");
            return ExitCodes.USAGE;
        }
        Path file = out != null ? out : Path.of(id + ".yaml");
        String name = title != null ? title : Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
        try (PoseTracker tracker = PoseTracker.open(models.videoPose(model.variant(), models.threads))) {
            RecordingSessions sessions = new RecordingSessions(tracker, models.threads,
                    com.repcam.analysis.RecordingAnalysis.Strategy.AUTO,
                    note -> err.println("repcam: note: " + note + "."));
            ExerciseLearner.Learned learned = ExerciseLearner.learn(sessions, demo, id, name);
            Movement m = learned.movement();
            stdout.printf("learn: %-15s %10s %9s %10s %8s%n", "candidate", "regularity", "period", "range",
                    "clarity");
            for (Movement c : learned.candidates()) {
                stdout.printf("learn: %-15s %10.2f %7.1f s %6.3g %-4s %7.0f%s%n", c.signal(), c.periodicity(),
                        c.periodSeconds(), c.range(), c.unit(), c.clarity(),
                        c.signal().equals(m.signal()) ? "  <- chosen" : "");
            }
            SessionResult check = sessions.analyze(demo, learned.definition(), null);
            try {
                Files.writeString(file, learned.yaml(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new com.repcam.output.OutputException("Cannot write " + file + ": " + e.getMessage()
                        + ". Check that the folder exists and can be written, or pass --out.", e);
            }
            stdout.printf("learn: counting signal %s (%s, period %.1f s, regularity %.2f), start %.3g %s, "
                    + "range %.3g %s%n", m.signal(), m.direction().name().toLowerCase(), m.periodSeconds(),
                    m.periodicity(), m.rest(), m.unit(), m.range(), m.unit());
            stdout.printf("learn: the learned definition counts %d reps (%d partial) in %s%n", check.reps().size(),
                    check.partialReps().size(), demo.getFileName());
            stdout.println("learn: wrote " + file + "; use it with --exercise-file " + file + " --exercise " + id);
            stdout.flush();
        }
        return ExitCodes.OK;
    }
}
