package com.repcam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.repcam.cli.RepCam;
import com.repcam.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * One {@code repcam eval} of a folder of rendered clips with the full model, as the end-to-end tests run it: the
 * JSON it wrote and the table it printed.
 */
record EvalRun(JsonNode result, String printed) {

    static EvalRun of(Path clips, Path workDir) throws Exception {
        Path out = workDir.resolve("eval.json");
        CommandLine cli = RepCam.commandLine();
        StringWriter text = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(text));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("eval", clips.toString(), "--model", "full", "--json", out.toString(),
                "--models-dir", TestPaths.models().toString());
        assertEquals(0, code, err.toString());
        return new EvalRun(new ObjectMapper().readTree(out.toFile()), text.toString());
    }

    /** Every rendered clip's truth in the folder is what its parameters give (tools/render/check-reproduce.sh). */
    static void assertTruthFollowsFromParameters(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            for (Path params : files.filter(f -> f.toString().endsWith(".params.json")).sorted().toList()) {
                String sample = params.toString().replace(".params.json", "");
                Process p = new ProcessBuilder("tools/render/check-reproduce.sh", sample).redirectErrorStream(true)
                        .start();
                String output = new String(p.getInputStream().readAllBytes());
                assertEquals(0, p.waitFor(), output);
            }
        }
    }
}
