package com.repcam.output.report;

import com.repcam.analysis.SessionRecorder;
import com.repcam.analysis.SessionResult;
import com.repcam.capture.CaptureException;
import com.repcam.exercise.Rep;
import com.repcam.output.OutputException;
import com.repcam.output.SessionDocument;
import com.repcam.output.SessionFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finishes a session folder once the frames are done: session.json, reps.csv and report.html with a still of
 * every rep at its deepest point. The same for a recording ({@code analyze}) and a live session.
 */
public final class SessionSaver {

    private SessionSaver() {
    }

    /**
     * The folder is marked complete (renamed to its final name) once its last file is written.
     *
     * @param stillsFrom the video to take the rep stills from (the annotated video, or the source file), or null
     * @return problems that did not stop the saving (for example stills that could not be read), for the user
     */
    public static List<String> save(SessionFolder folder, SessionResult result, SessionRecorder recorder,
                                    String model, String repcamVersion, RepStills.Source stillsFrom)
            throws OutputException {
        SessionDocument doc = new SessionDocument(result, recorder, model, repcamVersion);
        doc.writeJson(folder.file(SessionFolder.SESSION_JSON));
        doc.writeRepsCsv(folder.file(SessionFolder.REPS_CSV));
        List<String> problems = new ArrayList<>();
        Map<Long, String> stills = Map.of();
        List<long[]> peaks = peaks(result);
        if (!peaks.isEmpty() && stillsFrom != null && Files.isRegularFile(stillsFrom.video())) {
            try {
                stills = RepStills.extract(stillsFrom, peaks);
            } catch (CaptureException e) {
                problems.add("the report has no rep stills: " + e.getMessage());
            }
        }
        HtmlReport.write(folder.file(SessionFolder.REPORT_HTML), doc, recorder, result.source().width(),
                result.source().height(), stills);
        folder.markComplete();
        return problems;
    }

    /** Every rep's (start ms, deepest point ms), partial reps included. */
    private static List<long[]> peaks(SessionResult result) {
        List<Rep> all = new ArrayList<>(result.reps());
        all.addAll(result.partialReps());
        List<long[]> peaks = new ArrayList<>();
        for (Rep r : all) {
            peaks.add(new long[] {Math.round(r.startMicros() / 1000.0), Math.round(r.peakMicros() / 1000.0)});
        }
        return peaks;
    }
}
