package com.repcam.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading truth files: clips that start in position (the first samples) and clips with a walk-in and walk-out. */
class TruthFileTest {

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path f = dir.resolve("clip.truth.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void aClipWithAWalkInAndOutHasItsSpansAndTheTimesThePersonIsInThePicture() throws Exception {
        TruthFile t = TruthFile.read(write("""
                {"schema": "repcam-truth/1", "exercise": "quadruped-plus", "fps": 15, "frames": 530,
                 "duration_s": 35.357, "resolution": [640, 480],
                 "reps": [{"start_s": 8.95, "end_s": 11.1653, "peak_s": 10.0, "depth": 1.0, "faults": ["head_up"],
                           "partial": false, "index": 1}],
                 "partial_reps": [], "faults": [],
                 "person_in_view": [[0.3333, 34.6]],
                 "walk_in": {"walk": [0.0, 2.75], "turn": [2.75, 3.85], "get_down": [3.85, 6.95],
                             "settle": [6.95, 8.95]},
                 "walk_out": {"get_up": [27.307, 30.407], "turn": [30.407, 32.607], "walk": [32.607, 35.357]}}
                """));
        assertEquals("quadruped-plus", t.exercise());
        assertEquals(35.357, t.durationSeconds(), 1e-9);
        assertEquals(List.of(new RepSpan(8.95, 11.1653, Set.of("head_up"))), t.reps());
        assertEquals(new TruthFile.Span(0.0, 8.95), t.walkIn().orElseThrow());
        assertEquals(new TruthFile.Span(27.307, 35.357), t.walkOut().orElseThrow());
        assertEquals(new TruthFile.Span(3.85, 6.95), t.phases().get("walk_in.get_down"));
        assertEquals(new TruthFile.Span(30.407, 32.607), t.phases().get("walk_out.turn"));
        assertEquals(7, t.phases().size());
        assertFalse(t.personInView(0.2));
        assertTrue(t.personInView(0.4));
        assertFalse(t.personInView(34.7));
        // a rep counted while getting down, and one while getting up, are outside the set; a real one is not
        RepSpan down = new RepSpan(5.0, 7.5, Set.of());
        RepSpan real = new RepSpan(9.0, 11.0, Set.of());
        RepSpan up = new RepSpan(26.5, 28.0, Set.of());
        assertEquals(List.of(down, up), t.countedOutsideTheSet(List.of(down, real, up)));
        // one dated from the last frames of the settle (held in the start position) is not
        RepSpan early = new RepSpan(8.9, 11.0, Set.of());
        assertTrue(t.countedOutsideTheSet(List.of(early)).isEmpty());
    }

    @Test
    void aClipWithoutAWalkInHasThePersonInViewThroughout() throws Exception {
        TruthFile t = TruthFile.read(write("""
                {"schema": "repcam-truth/1", "exercise": "thoracic-extension", "duration_s": 20.0,
                 "reps": [], "partial_reps": [{"start_s": 3.0, "end_s": 5.0, "faults": [], "partial": true}]}
                """));
        assertTrue(t.walkIn().isEmpty());
        assertTrue(t.walkOut().isEmpty());
        assertTrue(t.phases().isEmpty());
        assertEquals(List.of(new TruthFile.Span(0, 20.0)), t.personInView());
        assertEquals(1, t.partialReps().size());
        assertTrue(t.countedOutsideTheSet(List.of(new RepSpan(1, 2, Set.of()))).isEmpty());
    }

    @Test
    void theCommittedSamplesAreRead() throws Exception {
        try (var files = Files.list(com.repcam.testing.TestPaths.samples())) {
            List<Path> truths = files.filter(f -> f.toString().endsWith(".truth.json")).toList();
            assertFalse(truths.isEmpty());
            for (Path f : truths) {
                TruthFile t = TruthFile.read(f);
                assertFalse(t.reps().isEmpty(), f.toString());
                assertFalse(t.personInView().isEmpty(), f.toString());
                // every rep happens while the person is in the picture, and none during a walk-in or walk-out
                for (RepSpan r : t.reps()) {
                    assertTrue(t.personInView(r.startSeconds()) && t.personInView(r.endSeconds() - 1e-3), f + " " + r);
                }
                assertTrue(t.countedOutsideTheSet(t.reps()).isEmpty(), f.toString());
                assertTrue(Set.of("side", "oblique", "front").contains(t.camera().view()), f.toString());
                assertFalse(t.camera().mirrored(), f.toString());
            }
        }
    }

    @Test
    void theCameraSaysTheViewAndWhetherThePictureWasMirrored() throws Exception {
        TruthFile mirrored = TruthFile.read(write("""
                {"schema": "repcam-truth/1", "exercise": "quadruped-plus", "duration_s": 20.0, "reps": [],
                 "partial_reps": [], "camera": {"view": "oblique", "azimuth_deg": 42, "near_side": "left",
                 "mirrored": true, "picture": "mirrored-grain"}}
                """));
        assertEquals(new TruthFile.Camera("oblique", 42, true, "mirrored-grain"), mirrored.camera());
        TruthFile unsaid = TruthFile.read(write("""
                {"schema": "repcam-truth/1", "exercise": "quadruped-plus", "duration_s": 20.0, "reps": [],
                 "partial_reps": []}
                """));
        assertEquals("unknown", unsaid.camera().view());
        assertFalse(unsaid.camera().mirrored());
        assertEquals("as filmed", unsaid.camera().picture());
    }

    @Test
    void anotherSchemaIsRefused() throws Exception {
        Path f = write("{\"schema\": \"something-else/2\"}");
        assertThrows(IOException.class, () -> TruthFile.read(f));
    }
}
