package com.repcam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.repcam.testing.TestPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form rules judged from several camera angles ({@code samples/angles}: Quadruped Plus from 22 to 48 degrees
 * with two bent-elbow reps each, the thoracic extension side-on, at 25 and at 45 degrees with two reps lifting the
 * elbows off the chair), through {@code eval} with the real model. These clips set the bent-elbow and
 * elbows-off-the-chair thresholds, so this checks that the rules keep doing what they were set to do; the varied
 * set of tools/render/make-set.sh --wide is the held-out measure (README).
 */
class AnglesSamplesEndToEndTest {

    /**
     * Clips known not to be counted exactly (measured), with why. A known miss that starts being counted exactly
     * fails the test too, so that this list stays true. (The 45-degree thoracic clip, once here with 4 of 5, is
     * counted exactly since a rep counting began during is counted: README, "A rep counting began during".)
     */
    private static final Map<String, String> KNOWN_MISCOUNTS = Map.of();

    /**
     * Clips counted exactly whose form faults are known not to be all right (measured), with why. A clip listed here
     * whose faults become all right fails the test too.
     */
    private static final Map<String, String> KNOWN_WRONG_FAULTS = Map.of(
            "thoracic-extension_oblique45-right_elbows-off-chair", "from 45 deg the elbows read off the chair on two "
                    + "reps where they rest on it, and one lift is missed (1 true, 2 false, 1 missed): the pose "
                    + "estimate's noise at that angle, README");

    @TempDir
    static Path dir;

    private static EvalRun run;
    private static JsonNode result;
    private static String printed;

    @BeforeAll
    static void evaluate() throws Exception {
        run = EvalRun.of(TestPaths.samples().resolve("angles"), dir);
        result = run.result();
        printed = run.printed();
    }

    @Test
    void everyClipButTheKnownMissesIsCountedExactly() {
        List<String> wrong = new ArrayList<>();
        Set<String> clips = new TreeSet<>();
        for (JsonNode c : result.path("clips")) {
            String clip = c.path("clip").asText();
            clips.add(clip);
            if (c.path("exact").asBoolean() == KNOWN_MISCOUNTS.containsKey(clip)) {
                wrong.add(clip + ": " + c.path("counted").asInt() + " counted, " + c.path("true_count").asInt()
                        + " true" + (KNOWN_MISCOUNTS.containsKey(clip) ? " (listed as a known miss)" : ""));
            }
        }
        assertTrue(clips.containsAll(KNOWN_MISCOUNTS.keySet()), clips.toString());
        assertEquals(7, clips.size(), printed);
        // 0; 22 and 25; 32, 42, 45 and 48 degrees from side-on
        JsonNode angles = result.path("per_camera_angle");
        assertEquals(List.of("0-15 deg", "16-30 deg", "31-50 deg"), names(angles), printed);
        assertEquals(List.of(1, 2, 4), List.of(angles.path("0-15 deg").path("clips").asInt(),
                angles.path("16-30 deg").path("clips").asInt(), angles.path("31-50 deg").path("clips").asInt()));
        assertTrue(wrong.isEmpty(), wrong + "\n" + printed);
    }

    @Test
    void onTheClipsCountedExactlyEveryBentElbowAndLiftedElbowIsFoundAndNoFaultIsFalse() {
        EvalRun.FaultCheck check = run.faults(clip -> !KNOWN_MISCOUNTS.containsKey(clip)
                && !KNOWN_WRONG_FAULTS.containsKey(clip), EvalRun::falseOrMissed);
        assertTrue(check.wrong().isEmpty(), check.wrong() + "\n" + printed);
        for (String clip : KNOWN_WRONG_FAULTS.keySet()) {
            assertTrue(!run.faults(clip::equals, EvalRun::falseOrMissed).wrong().isEmpty(),
                    clip + " is listed with wrong faults but has none: take it off the list\n" + printed);
        }
        // four quadruped clips with two bent-elbow reps each (from 48 deg too, counted exactly since reps end where
        // the trunk line turns), two thoracic clips with two lifted elbows each
        assertEquals(12, check.found(), printed);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theTruthOfEveryClipFollowsFromItsParameters() throws Exception {
        EvalRun.assertTruthFollowsFromParameters(TestPaths.samples().resolve("angles"));
    }
}
