package com.repcam.cli;

import com.repcam.capture.CaptureException;
import com.repcam.exercise.DefinitionException;
import com.repcam.exercise.UnknownExerciseException;
import com.repcam.exercise.UnreadableDefinitionException;
import com.repcam.live.NoDisplayException;
import com.repcam.output.OutputException;
import com.repcam.pose.ModelFileException;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code repcam} command line. */
@Command(name = "repcam", mixinStandardHelpOptions = true, version = "RepCam 0.1.0",
        description = "Counts exercise repetitions and checks form from a webcam or a video, offline.",
        subcommands = {AnalyzeCommand.class, PoseCommand.class, ExercisesCommand.class, EvalCommand.class, BenchCommand.class,
            BenchAnalyzeCommand.class, LiveCommand.class, BenchLiveCommand.class, HistoryCommand.class, LearnCommand.class,
            CommandLine.HelpCommand.class})
public final class RepCam {

    /** How long a Ctrl-C or SIGTERM waits for the command to save and return (the commands' own hooks wait 60 s). */
    private static final Duration SIGNAL_GRACE = Duration.ofSeconds(65);

    public static void main(String[] args) {
        configureRuntime();
        CommandExit.run(() -> commandLine().execute(args), SIGNAL_GRACE);
    }

    /** Settings that must be in place before DJL, JavaCPP or the logger start. */
    static void configureRuntime() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // DJL warns about a missing CUDA driver and about loading a model from a plain file: both are expected here
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl",
                System.getProperty("org.slf4j.simpleLogger.log.ai.djl", "error"));
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "false"));
    }

    /** The command line with RepCam's error handling: user errors become one message and an exit code. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RepCam());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            int code = exitCode(e);
            if (code == ExitCodes.INTERNAL_ERROR) {
                cmd.getErr().println("repcam: internal error: " + e);
                if (Boolean.getBoolean("repcam.debug") || System.getenv("REPCAM_DEBUG") != null) {
                    e.printStackTrace(cmd.getErr());
                } else {
                    cmd.getErr().println("Run again with REPCAM_DEBUG=1 for details, and report it.");
                }
            } else {
                cmd.getErr().println("repcam: " + e.getMessage());
            }
            return code;
        });
        return cli;
    }

    static int exitCode(Throwable e) {
        if (e instanceof CaptureException) {
            return ExitCodes.INPUT;
        }
        if (e instanceof ModelFileException) {
            return ExitCodes.MODEL;
        }
        if (e instanceof OutputException) {
            return ExitCodes.OUTPUT;
        }
        if (e instanceof NoDisplayException) {
            return ExitCodes.NO_DISPLAY;
        }
        if (e instanceof UnknownExerciseException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof UnreadableDefinitionException) {
            return ExitCodes.INPUT;
        }
        if (e instanceof DefinitionException) {
            return ExitCodes.DEFINITION;
        }
        return ExitCodes.INTERNAL_ERROR;
    }
}
