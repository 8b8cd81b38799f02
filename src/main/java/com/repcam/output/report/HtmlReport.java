package com.repcam.output.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repcam.analysis.SessionRecorder;
import com.repcam.output.OutputException;
import com.repcam.output.SessionDocument;
import com.repcam.overlay.Skeleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The therapist's report: one self-contained HTML file (Chart.js and all data inlined, nothing fetched) with the
 * summary, the cues, the counting signal over time with reps and faults marked, depth and tempo per rep, a still
 * of every rep at its deepest point, and a skeleton replay of the whole session.
 */
public final class HtmlReport {

    private static final String TEMPLATE = "/report/report.html";
    private static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";

    private HtmlReport() {
    }

    /**
     * @param stills JPEG stills of the reps, keyed by rep start time in milliseconds
     */
    public static void write(Path file, SessionDocument session, SessionRecorder recorder, int width, int height,
                             Map<Long, String> stills) throws OutputException {
        try {
            String html = resource(TEMPLATE);
            Map<String, Object> replay = new LinkedHashMap<>();
            List<int[]> bones = new ArrayList<>();
            for (Skeleton.Bone b : Skeleton.BONES) {
                int side = Skeleton.side(b.from()) == Skeleton.side(b.to()) ? Skeleton.side(b.from()) : 0;
                bones.add(new int[] {b.from().ordinal(), b.to().ordinal(), side});
            }
            replay.put("bones", bones);
            replay.put("fps", recorder.replayFps());
            replay.put("width", width);
            replay.put("height", height);
            replay.put("frames", recorder.replayFrames());
            @SuppressWarnings("unchecked")
            Map<String, Object> exercise = (Map<String, Object>) session.asMap().get("exercise");
            html = html.replace("{{TITLE}}", escape(String.valueOf(exercise.get("name"))))
                    .replace("{{CHARTJS}}", resource(CHART_JS).replace("</script", "<\\/script"))
                    .replace("{{SESSION}}", json(session.asMap()))
                    .replace("{{REPLAY}}", json(replay))
                    .replace("{{STILLS}}", json(stills));
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** JSON safe to place inside a script element. */
    private static String json(Object value) throws JsonProcessingException {
        return new ObjectMapper().writeValueAsString(value).replace("</", "<\\/");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
