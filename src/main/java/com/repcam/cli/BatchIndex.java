package com.repcam.cli;

import com.repcam.session.OutputException;
import com.repcam.session.SessionFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The index page of a batch: one link per analysed video's report, and how many were skipped. */
final class BatchIndex {

    private BatchIndex() {
    }

    static void write(Path file, List<String[]> sessions, int skipped) throws OutputException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>RepCam sessions</title></head><body style=\"font-family:sans-serif\"><h1>RepCam sessions</h1><ul>");
        for (String[] s : sessions) {
            html.append("<li><a href=\"").append(s[1]).append('/').append(SessionFolder.REPORT_HTML).append("\">")
                    .append(s[0].replace("<", "&lt;")).append("</a></li>");
        }
        html.append("</ul>");
        if (skipped > 0) {
            html.append("<p>").append(skipped).append(" file(s) could not be read; see the command's messages.</p>");
        }
        html.append("</body></html>\n");
        try {
            Files.writeString(file, html);
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
