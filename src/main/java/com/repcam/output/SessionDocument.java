package com.repcam.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.repcam.analysis.SessionRecorder;
import com.repcam.analysis.SessionResult;
import com.repcam.exercise.ExerciseEvent;
import com.repcam.exercise.NotChecked;
import com.repcam.exercise.Rep;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The session record (session.json, schema {@code repcam-session/1}, documented in docs/session-files.md) and its
 * table of reps (reps.csv), built from an analysis. Both name the model and the exercise definition version used.
 */
public final class SessionDocument {

    public static final String SCHEMA = "repcam-session/1";

    private final Map<String, Object> doc = new LinkedHashMap<>();

    public SessionDocument(SessionResult result, SessionRecorder recorder, String model, String repcamVersion) {
        var def = result.exercise();
        doc.put("schema", SCHEMA);
        // always with seconds (OffsetDateTime.toString leaves ":00" out)
        doc.put("created", OffsetDateTime.now().withNano(0).format(java.time.format.DateTimeFormatter
                .ISO_OFFSET_DATE_TIME));
        doc.put("repcam_version", repcamVersion);
        doc.put("model", model);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("file", result.source().description());
        input.put("width", result.source().width());
        input.put("height", result.source().height());
        input.put("frame_rate", round(result.source().frameRate(), 1000));
        input.put("rotation_degrees", result.source().rotationDegrees());
        input.put("frames_analysed", result.frames());
        input.put("duration_s", round(result.lastTimestampMicros() / 1e6, 1000));
        doc.put("input", input);
        Map<String, Object> exercise = new LinkedHashMap<>();
        exercise.put("id", def.id());
        exercise.put("name", def.name());
        exercise.put("version", def.version());
        exercise.put("definition", def.source());
        exercise.put("prescribed_reps", def.prescribedReps());
        exercise.put("counting_signal", def.counting().signal());
        exercise.put("unit", def.signals().get(def.counting().signal()).unit());
        exercise.put("form_rules", def.rules().stream().map(r -> r.fault()).distinct().toList());
        doc.put("exercise", exercise);
        Map<String, Integer> faultCounts = new TreeMap<>();
        result.reps().forEach(r -> r.faults().forEach(f -> faultCounts.merge(f, 1, Integer::sum)));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("reps", result.reps().size());
        summary.put("prescribed", def.prescribedReps());
        summary.put("partial_reps", result.partialReps().size());
        summary.put("reps_with_faults", result.reps().stream().filter(r -> !r.faults().isEmpty()).count());
        summary.put("faults_by_kind", faultCounts);
        summary.put("frames_without_person", result.framesWithoutPerson());
        summary.put("countable", !result.doubtful());
        doc.put("summary", summary);
        doc.put("reps", result.reps().stream().map(SessionDocument::rep).toList());
        doc.put("partial_reps", result.partialReps().stream().map(SessionDocument::rep).toList());
        List<Map<String, Object>> faults = new ArrayList<>();
        for (SessionRecorder.FaultSpan f : recorder.faults()) {
            faults.add(Map.of("kind", f.kind(), "start_s", round(f.startSeconds(), 1000), "end_s",
                    round(f.endSeconds(), 1000), "cue", f.cue()));
        }
        doc.put("faults", faults);
        doc.put("events", result.events().stream().map(SessionDocument::event).toList());
        doc.put("signal", Map.of("name", def.counting().signal(), "unit", exercise.get("unit"),
                "t_s", recorder.signalTimes(), "value", recorder.signalValues()));
        doc.put("warnings", result.warnings());
        result.programme().ifPresent(p -> {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("name", p.programme());
            place.put("set", p.set());
            place.put("sets", p.sets());
            place.put("reps_per_set", p.repsPerSet());
            doc.put("programme", place);
        });
    }

    static Map<String, Object> rep(Rep r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", r.number());
        m.put("start_s", round(r.startMicros() / 1e6, 1000));
        m.put("end_s", round(r.endMicros() / 1e6, 1000));
        m.put("peak_s", round(r.peakMicros() / 1e6, 1000));
        m.put("duration_s", round(r.durationSeconds(), 1000));
        m.put("depth", round(r.depth(), 10000));
        m.put("depth_share", round(r.depthShare(), 1000));
        // counting began during the rep: its way down and its hold were not seen (null, not 0)
        m.put("going_s", r.startSeen() ? round(r.goingSeconds(), 1000) : null);
        m.put("hold_s", r.startSeen() ? round(r.holdSeconds(), 1000) : null);
        m.put("returning_s", round(r.returningSeconds(), 1000));
        m.put("faults", List.copyOf(r.faults()));
        m.put("partial", r.partial());
        m.put("start_seen", r.startSeen());
        List<Map<String, Object>> notChecked = new ArrayList<>();
        for (NotChecked n : r.notChecked()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("fault", n.fault());
            x.put("why", n.why());
            x.put("fix", n.fix());
            notChecked.add(x);
        }
        m.put("not_checked", notChecked);
        return m;
    }

    static Map<String, Object> event(ExerciseEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("t_s", round(e.timeMicros() / 1e6, 1000));
        String type = e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        m.put("type", type);
        if (e instanceof ExerciseEvent.RepStarted s) {
            m.put("rep", s.number());
        } else if (e instanceof ExerciseEvent.RepCompleted c) {
            m.put("rep", c.rep().number());
        } else if (e instanceof ExerciseEvent.RepRevised r) {
            m.put("rep", r.rep().number());
            m.put("end_s", round(r.rep().endMicros() / 1e6, 1000));
        } else if (e instanceof ExerciseEvent.RepUncounted n) {
            m.put("rep", n.rep().number());
            m.put("start_s", round(n.rep().startMicros() / 1e6, 1000));
            m.put("end_s", round(n.rep().endMicros() / 1e6, 1000));
        } else if (e instanceof ExerciseEvent.RepWithdrawn w) {
            m.put("rep", w.rep().number());
            m.put("depth_share", round(w.rep().depthShare(), 1000));
        } else if (e instanceof ExerciseEvent.PartialRep p) {
            m.put("depth_share", round(p.rep().depthShare(), 1000));
        } else if (e instanceof ExerciseEvent.FaultBegan b) {
            m.put("fault", b.fault());
            m.put("cue", b.cue());
        } else if (e instanceof ExerciseEvent.FaultEnded f) {
            m.put("fault", f.fault());
        } else if (e instanceof ExerciseEvent.ViewNotSuitable v) {
            m.put("what", v.what());
            m.put("view", v.view().id());
        }
        return m;
    }

    /** "bent_elbows (filmed obliquely; film from the side)", several separated by " | ", quoted for CSV. */
    private static String notCheckedCell(List<Map<String, Object>> notChecked) {
        if (notChecked == null || notChecked.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> n : notChecked) {
            parts.add(n.get("fault") + " (" + n.get("why") + "; " + n.get("fix") + ")");
        }
        return '"' + String.join(" | ", parts).replace("\"", "\"\"") + '"';
    }

    /** A value for CSV, empty when not known. */
    private static String cell(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }

    public Map<String, Object> asMap() {
        return doc;
    }

    public void writeJson(Path file) throws OutputException {
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), doc);
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public void writeRepsCsv(Path file) throws OutputException {
        var exercise = (Map<String, Object>) doc.get("exercise");
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write("rep,partial,start_s,end_s,duration_s,peak_s,depth,depth_unit,depth_share,going_s,hold_s,"
                    + "returning_s,faults,exercise,exercise_version,model,not_checked,start_seen\n");
            List<Map<String, Object>> all = new ArrayList<>((List<Map<String, Object>>) doc.get("reps"));
            all.addAll((List<Map<String, Object>>) doc.get("partial_reps"));
            all.sort((a, b) -> Double.compare((double) a.get("start_s"), (double) b.get("start_s")));
            for (Map<String, Object> r : all) {
                w.write(String.join(",", String.valueOf(r.get("number")), String.valueOf(r.get("partial")),
                        String.valueOf(r.get("start_s")), String.valueOf(r.get("end_s")),
                        String.valueOf(r.get("duration_s")), String.valueOf(r.get("peak_s")),
                        String.valueOf(r.get("depth")), String.valueOf(exercise.get("unit")),
                        String.valueOf(r.get("depth_share")), cell(r.get("going_s")),
                        cell(r.get("hold_s")), String.valueOf(r.get("returning_s")),
                        String.join(" ", (List<String>) r.get("faults")), String.valueOf(exercise.get("id")),
                        String.valueOf(exercise.get("version")), String.valueOf(doc.get("model")),
                        notCheckedCell((List<Map<String, Object>>) r.get("not_checked")),
                        String.valueOf(r.get("start_seen"))) + "\n");
            }
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
