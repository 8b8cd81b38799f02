package com.repcam.history;

import com.repcam.output.OutputException;
import com.repcam.output.report.HtmlPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The progress report over many sessions: one self-contained HTML file (Chart.js and all data inlined, nothing
 * fetched) with, per exercise, reps against the prescription, depth and tempo, and form faults per day, the
 * adherence, a table of the days, and every session linked to its own report.
 */
public final class HistoryReport {

    private static final String TEMPLATE = "/report/history.html";

    private HistoryReport() {
    }

    /**
     * @param sessions every session read, for the list of sessions (links relative to the report's folder)
     * @param problems folders that were skipped, shown at the top
     */
    public static void write(Path file, List<ExerciseProgress> exercises, List<SessionSummary> sessions,
                             List<String> problems, ZoneId zone) throws OutputException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("zone", zone.getId());
        data.put("problems", problems);
        List<Map<String, Object>> ex = new ArrayList<>();
        for (ExerciseProgress e : exercises) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("name", e.name());
            m.put("sessions", e.sessions());
            m.put("reps", e.reps());
            m.put("mean_adherence", number(e.meanAdherence()));
            List<Map<String, Object>> days = new ArrayList<>();
            for (DayProgress d : e.days()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("day", d.day().toString());
                row.put("sessions", d.sessions());
                row.put("uncountable", d.uncountable());
                row.put("reps", d.reps());
                row.put("prescribed", d.prescribed());
                row.put("partial_reps", d.partialReps());
                row.put("reps_with_faults", d.repsWithFaults());
                row.put("faults_by_kind", d.faultsByKind());
                row.put("depth_share", number(d.meanDepthShare()));
                row.put("rep_seconds", number(d.meanRepSeconds()));
                row.put("adherence", number(d.adherence()));
                days.add(row);
            }
            m.put("days", days);
            ex.add(m);
        }
        data.put("exercises", ex);
        Path base = file.toAbsolutePath().getParent();
        List<Map<String, Object>> list = new ArrayList<>();
        for (SessionSummary s : sessions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("when", s.created().atZone(zone).toLocalDateTime().withNano(0).toString().replace('T', ' '));
            m.put("exercise", s.exerciseName());
            m.put("reps", s.reps());
            m.put("prescribed", s.prescribed());
            m.put("reps_with_faults", s.repsWithFaults());
            m.put("countable", s.countable());
            Path report = s.folder().toAbsolutePath().resolve("report.html");
            m.put("report", Files.exists(report) ? base.relativize(report).toString().replace('\\', '/') : null);
            list.add(m);
        }
        data.put("sessions", list);
        try {
            String html = HtmlPage.template(TEMPLATE).replace("{{DATA}}", HtmlPage.json(data));
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage()
                    + ". Check that the folder exists and can be written, or pass --out.", e);
        }
    }

    private static Double number(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
