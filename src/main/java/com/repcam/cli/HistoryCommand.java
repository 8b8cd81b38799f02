package com.repcam.cli;

import com.repcam.history.ExerciseProgress;
import com.repcam.history.HistoryReport;
import com.repcam.history.ProgressTable;
import com.repcam.history.SessionArchive;
import com.repcam.output.OutputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code repcam history DIR}: a progress report over the session folders found under DIR. */
@Command(name = "history", mixinStandardHelpOptions = true, version = "RepCam 0.1.0",
        description = "Writes a self-contained HTML progress report over the session folders under DIR: reps "
                + "against the prescription, depth, tempo and form faults per exercise per day, and every session "
                + "linked to its report.")
final class HistoryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder holding session folders (e.g. sessions).")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the report (default: DIR/history.html).")
    Path out;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Time zone that decides the day of a session, e.g. Europe/Berlin (default: this machine's).")
    String zone;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws OutputException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isDirectory(dir)) {
            err.println("repcam: " + dir + " is not a folder. Give the folder that holds the session folders (the "
                    + "--out of analyze or live, 'sessions' by default).");
            return ExitCodes.INPUT;
        }
        ZoneId timeZone;
        try {
            timeZone = zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            err.println("repcam: --time-zone " + zone + " is not a time zone; use a name like Europe/Berlin or UTC.");
            return ExitCodes.USAGE;
        }
        SessionArchive.Contents contents;
        try {
            contents = SessionArchive.read(dir);
        } catch (IOException e) {
            err.println("repcam: cannot read " + dir + ": " + e.getMessage());
            return ExitCodes.INPUT;
        }
        contents.problems().forEach(p -> err.println("repcam: " + p));
        if (contents.sessions().isEmpty()) {
            err.println("repcam: no saved session under " + dir + " (no session.json in any folder). Analyse or "
                    + "record sessions first: repcam analyze VIDEO --exercise ID --out " + dir);
            return ExitCodes.INPUT;
        }
        List<ExerciseProgress> progress = ProgressTable.of(contents.sessions(), timeZone);
        Path file = out != null ? out : dir.resolve("history.html");
        HistoryReport.write(file, progress, contents.sessions(), contents.problems(), timeZone);
        for (ExerciseProgress e : progress) {
            stdout.printf("%s: %d session%s on %d day%s, %d reps, %.0f%% of the prescribed reps on the days "
                    + "exercised%n", e.id(), e.sessions(), e.sessions() == 1 ? "" : "s", e.days().size(),
                    e.days().size() == 1 ? "" : "s", e.reps(), 100 * e.meanAdherence());
        }
        stdout.println("history: " + contents.sessions().size() + " sessions -> " + file);
        stdout.flush();
        return ExitCodes.OK;
    }
}
