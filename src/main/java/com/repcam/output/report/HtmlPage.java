package com.repcam.output.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What RepCam's self-contained HTML pages share (the session report, the progress report): a template from the
 * jar with the common style sheet and Chart.js inlined, and data as JSON placed safely inside a script element.
 */
public final class HtmlPage {

    private static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";
    private static final String COMMON_CSS = "/report/common.css";

    private HtmlPage() {
    }

    /** The template {@code name} with {@code {{COMMON_CSS}}} and {@code {{CHARTJS}}} filled in. */
    public static String template(String name) throws IOException {
        return resource(name).replace("{{COMMON_CSS}}", resource(COMMON_CSS))
                .replace("{{CHARTJS}}", resource(CHART_JS).replace("</script", "<\\/script"));
    }

    /** JSON safe to place inside a script element. */
    public static String json(Object value) throws JsonProcessingException {
        return new ObjectMapper().writeValueAsString(value).replace("</", "<\\/");
    }

    /** Text that can stand in HTML. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
