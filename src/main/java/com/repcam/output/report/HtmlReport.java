package com.repcam.output.report;

import com.repcam.analysis.SessionRecorder;
import com.repcam.output.OutputException;
import com.repcam.output.SessionDocument;
import com.repcam.overlay.Skeleton;
import java.io.IOException;
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

    private HtmlReport() {
    }

    /**
     * @param stills JPEG stills of the reps, keyed by rep start time in milliseconds
     */
    public static void write(Path file, SessionDocument session, SessionRecorder recorder, int width, int height,
                             Map<Long, String> stills) throws OutputException {
        try {
            String html = HtmlPage.template(TEMPLATE);
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
            html = html.replace("{{TITLE}}", HtmlPage.escape(String.valueOf(exercise.get("name"))))
                    .replace("{{SESSION}}", HtmlPage.json(session.asMap()))
                    .replace("{{REPLAY}}", HtmlPage.json(replay))
                    .replace("{{STILLS}}", HtmlPage.json(stills));
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
