package com.repcam.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.analysis.RecordingAnalysis;
import com.repcam.analysis.SessionResult;
import com.repcam.capture.CaptureException;
import com.repcam.exercise.ExerciseCatalog;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.Rep;
import com.repcam.output.SessionFolder;
import com.repcam.pose.ModelVariant;
import com.repcam.pose.PoseOptions;
import com.repcam.pose.PoseTracker;
import com.repcam.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The façade with the real model on a sample: a folder and a bare result of the same recording agree. */
class RecordingSessionsTest {

    private static final Path SAMPLE = TestPaths.samples().resolve("thoracic-extension_side-left_clean.mp4");

    @Test
    void aSessionFolderAndABareAnalysisOfTheSameRecordingCountTheSameReps(@TempDir Path out) throws Exception {
        ExerciseDefinition definition = ExerciseCatalog.builtIn().require("thoracic-extension");
        List<String> notes = new ArrayList<>();
        try (PoseTracker tracker = PoseTracker.open(PoseOptions.video(ModelVariant.FULL, TestPaths.models()))) {
            RecordingSessions sessions = new RecordingSessions(tracker, 2, RecordingAnalysis.Strategy.AUTO,
                    notes::add);
            AtomicLong seen = new AtomicLong();
            List<Integer> strides = new ArrayList<>();
            RecordingSessions.Saved saved = sessions.analyzeInto(SAMPLE, definition,
                    new RecordingSessions.FolderSettings(out, 1, true, "full", "test"),
                    (video, stride, exercise) -> {
                        strides.add(stride);
                        return listener(seen);
                    });
            SessionResult bare = sessions.analyze(SAMPLE, definition, null);

            assertEquals(6, saved.result().reps().size());
            assertEquals(spans(saved.result().reps()), spans(bare.reps()));
            assertEquals(saved.result().frames(), seen.get(), "the listener saw every frame");
            assertEquals(List.of(1), strides);
            assertFalse(saved.stopped());
            assertFalse(saved.damagedInput());
            assertTrue(notes.isEmpty(), notes.toString());
            Path dir = saved.folder().dir();
            for (String file : List.of(SessionFolder.SESSION_JSON, SessionFolder.REPS_CSV, SessionFolder.POSES_JSONL,
                    SessionFolder.ANNOTATED_MP4, SessionFolder.REPORT_HTML)) {
                assertTrue(Files.size(dir.resolve(file)) > 0, file);
            }
            assertFalse(dir.getFileName().toString().endsWith(".incomplete"), dir.toString());
            assertTrue(saved.framesSeconds() > 0 && saved.saveSeconds() > 0);
        }
    }

    @Test
    void aSetFilmedFromFortyDegreesIsToldItWasFilmedAtAnAngleAndOneFromTheSideIsNot() throws Exception {
        ExerciseDefinition quadruped = ExerciseCatalog.builtIn().require("quadruped-plus");
        try (PoseTracker tracker = PoseTracker.open(PoseOptions.video(ModelVariant.FULL, TestPaths.models()))) {
            RecordingSessions sessions = new RecordingSessions(tracker, 2, RecordingAnalysis.Strategy.AUTO,
                    note -> { });
            SessionResult oblique = sessions.analyze(TestPaths.samples().resolve(
                    "quadruped-plus_oblique_hands-forward_head-up.mp4"), quadruped, null);
            SessionResult side = sessions.analyze(TestPaths.samples().resolve(
                    "quadruped-plus_side-right_clean.mp4"), quadruped, null);
            assertTrue(oblique.warnings().stream().anyMatch(w -> w.contains("filmed at an angle, about")
                    && w.contains("Put the camera at the person's side")), oblique.warnings().toString());
            assertTrue(side.warnings().stream().noneMatch(w -> w.contains("filmed at an angle")),
                    side.warnings().toString());
        }
    }

    @Test
    void aPictureIsRefusedBeforeAnyFolderIsMade(@TempDir Path out) throws Exception {
        ExerciseDefinition definition = ExerciseCatalog.builtIn().require("thoracic-extension");
        try (PoseTracker tracker = PoseTracker.open(PoseOptions.video(ModelVariant.FULL, TestPaths.models()))) {
            RecordingSessions sessions = new RecordingSessions(tracker, 2, RecordingAnalysis.Strategy.AUTO, n -> { });
            CaptureException e = assertThrows(CaptureException.class, () -> sessions.analyzeInto(
                    TestPaths.debianPhoto("messi5.jpg"), definition,
                    new RecordingSessions.FolderSettings(out, 1, true, "full", "test"), null));
            assertTrue(e.getMessage().contains("is an image, not a video"), e.getMessage());
            try (var left = Files.list(out)) {
                assertEquals(0, left.count());
            }
        }
    }

    private static RecordingSessions.FrameListener listener(AtomicLong seen) {
        return new RecordingSessions.FrameListener() {
            @Override
            public void onFrame(AnalyzedFrame frame) {
                seen.incrementAndGet();
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<String> spans(List<Rep> reps) {
        return reps.stream().map(r -> r.startMicros() + "-" + r.endMicros()).toList();
    }
}
