package com.repcam.cli;

import com.repcam.output.OutputException;
import com.repcam.output.SessionFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The index page of a batch: a row per video with its count, partial reps, reps with faults and warnings, linking
 * to its report; videos that could not be analysed are listed with the reason.
 */
final class BatchIndex {

    /**
     * One video of a batch.
     *
     * @param folder   its session folder, or null when it was skipped
     * @param problems warnings, or the reason it was skipped
     */
    record Entry(Path video, Path folder, int reps, int prescribed, int partial, long withFaults,
                 List<String> problems, int exitCode) {

        static Entry skipped(Path video, String reason) {
            return new Entry(video, null, 0, 0, 0, 0, List.of(reason), ExitCodes.INPUT);
        }
    }

    private BatchIndex() {
    }

    static void write(Path file, List<Entry> entries) throws OutputException {
        Path base = file.toAbsolutePath().getParent();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>RepCam sessions</title><style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ccc;padding:.3em .8em;"
                + "text-align:left}.skipped{color:#a00}.doubt{color:#a60}</style></head><body><h1>RepCam sessions</h1>"
                + "<table><tr><th>video</th><th>reps</th><th>partial</th><th>with faults</th><th>notes</th></tr>");
        for (Entry e : entries) {
            String name = escape(e.video().toString());
            String notes = escape(String.join("; ", e.problems()));
            if (e.folder() == null) {
                html.append("<tr class=\"skipped\"><td>").append(name).append("</td><td colspan=\"3\">not analysed"
                        + "</td><td>").append(notes).append("</td></tr>");
            } else {
                String link = base.relativize(e.folder().toAbsolutePath()).toString().replace('\\', '/') + '/'
                        + SessionFolder.REPORT_HTML;
                String reps = e.reps() + " / " + e.prescribed() + switch (e.exitCode()) {
                    case ExitCodes.NOT_COUNTABLE -> "<br><span class=\"doubt\">not countable</span>";
                    case ExitCodes.INCOMPLETE_INPUT -> "<br><span class=\"doubt\">frames missing</span>";
                    case ExitCodes.NO_PERSON -> "<br><span class=\"doubt\">nobody in view</span>";
                    default -> "";
                };
                html.append("<tr><td><a href=\"").append(escape(link)).append("\">").append(name)
                        .append("</a></td><td>").append(reps)
                        .append("</td><td>").append(e.partial()).append("</td><td>").append(e.withFaults())
                        .append("</td><td>").append(notes).append("</td></tr>");
            }
        }
        html.append("</table></body></html>\n");
        try {
            Files.writeString(file, html);
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
