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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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

    /** Each clip not counted exactly, as "clip: counted of true". */
    List<String> miscounts() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : result.path("clips")) {
            if (!c.path("exact").asBoolean()) {
                wrong.add(c.path("clip").asText() + ": " + c.path("counted").asInt() + " of "
                        + c.path("true_count").asInt());
            }
        }
        return wrong;
    }

    /** What the fault tallies of the clips checked say: the faults found, and the tallies the check refused. */
    record FaultCheck(int found, List<String> wrong) {
    }

    /**
     * Goes through every fault tally of the clips {@code checked} takes (by name): how many faulty reps were found,
     * and each tally {@code wrong} refuses, as "clip fault {tally}".
     */
    FaultCheck faults(Predicate<String> checked, Predicate<JsonNode> wrong) {
        int found = 0;
        List<String> refused = new ArrayList<>();
        for (JsonNode c : result.path("clips")) {
            if (!checked.test(c.path("clip").asText())) {
                continue;
            }
            var it = c.path("faults").fields();
            while (it.hasNext()) {
                var f = it.next();
                found += f.getValue().path("truePositives").asInt();
                if (wrong.test(f.getValue())) {
                    refused.add(c.path("clip").asText() + " " + f.getKey() + " " + f.getValue());
                }
            }
        }
        return new FaultCheck(found, refused);
    }

    /** A tally with a false alarm. */
    static boolean falseAlarm(JsonNode tally) {
        return tally.path("falsePositives").asInt() > 0;
    }

    /** A tally with a false alarm or a fault missed. */
    static boolean falseOrMissed(JsonNode tally) {
        return falseAlarm(tally) || tally.path("falseNegatives").asInt() > 0;
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
