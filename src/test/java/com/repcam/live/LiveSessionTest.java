package com.repcam.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.capture.VideoFrame;
import com.repcam.exercise.ExerciseCatalog;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.live.LiveResult.End;
import com.repcam.output.SessionFolder;
import com.repcam.overlay.CoachingPainter;
import com.repcam.pose.PoseFrame;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

/**
 * The live loop with a synthetic source and stand-ins for the pose model and the window: keys that end a set
 * save it when it counted something and drop it otherwise, the last set is always saved, the picture is mirrored,
 * and every frame of a recording is shown.
 */
class LiveSessionTest {

    /** A set that counts one rep every five frames. */
    final class FakeSet implements ExerciseSet {
        final ExerciseDefinition def;
        final int number;
        long frames;
        boolean saved;
        boolean discarded;
        final List<VideoFrame> recorded = new ArrayList<>();

        FakeSet(ExerciseDefinition def, int number) {
            this.def = def;
            this.number = number;
        }

        @Override
        public ExerciseDefinition definition() {
            return def;
        }

        @Override
        public AnalyzedFrame analyze(VideoFrame frame) {
            frames++;
            return new AnalyzedFrame(frame, new PoseFrame(frame.index(), frame.timestampMicros(), frame.width(),
                    frame.height(), Optional.empty()), List.of(), new CoachingPainter.State(count(),
                    def.prescribedReps(), "waiting", List.of(), Set.of()));
        }

        @Override
        public void record(AnalyzedFrame step) {
            recorded.add(step.frame());
            step.frame().close();
        }

        @Override
        public int count() {
            return (int) (frames / 5);
        }

        @Override
        public com.repcam.exercise.PostureSpec.Verdict posture() {
            return com.repcam.exercise.PostureSpec.Verdict.UNKNOWN;
        }

        @Override
        public long frames() {
            return frames;
        }

        @Override
        public boolean countedAnything() {
            return count() > 0;
        }

        @Override
        public LiveSet.Saved save(List<String> warnings) {
            saved = true;
            return new LiveSet.Saved(SessionFolder.existing(Path.of("set-" + number)), count(), def.prescribedReps(), 0, 0,
                    List.of());
        }

        com.repcam.analysis.ProgrammePlace place;

        @Override
        public void placeIn(com.repcam.analysis.ProgrammePlace where) {
            place = where;
        }

        @Override
        public void discard() {
            discarded = true;
        }
    }

    /** Keeps what was shown: how many pictures, and whether the white left quarter appeared on the right. */
    static final class FakeView implements LiveView {
        int shown;
        boolean mirrored = true;
        boolean closed;

        @Override
        public synchronized void show(Mat bgr, long capturedNanos) {
            shown++;
            var px = bgr.createIndexer();
            int row = bgr.rows() - 5;
            double right = ((org.bytedeco.javacpp.indexer.UByteIndexer) px).get(row, bgr.cols() - 3, 0);
            double left = ((org.bytedeco.javacpp.indexer.UByteIndexer) px).get(row, 2, 0);
            mirrored &= right == 255 && left == 0;
            px.close();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final List<FakeSet> sets = Collections.synchronizedList(new ArrayList<>());

    private void waitForSets(int n) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sets.size() < n && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    @Test
    void keysEndingASetSaveItWhenItCountedSomethingAndTheLastSetIsAlwaysSaved() throws Exception {
        List<ExerciseDefinition> exercises = ExerciseCatalog.builtIn().all();
        LiveSession[] session = new LiveSession[1];
        ListSource source = new ListSource(40, 30, i -> {
            if (i == 12) {
                session[0].request(LiveAction.RESET_SET);          // set 1: ~12 frames, counted: saved
                waitForSets(2);
            } else if (i == 14) {
                session[0].request(LiveAction.NEXT_EXERCISE);      // set 2: ~2 frames, nothing counted: dropped
                waitForSets(3);
            } else if (i == 26) {
                session[0].request(LiveAction.PREVIOUS_EXERCISE);  // set 3: ~12 frames of the second exercise
                waitForSets(4);
            }
        });
        StringWriter out = new StringWriter();
        session[0] = new LiveSession(source, null, exercises, 0, (def, fresh) -> {
            FakeSet s = new FakeSet(def, sets.size() + 1);
            sets.add(s);
            return s;
        }, new Coach(CueSink.SILENT, 5), new LiveSession.Options(true, true, false), new LiveStats(),
                new PrintWriter(out), Clock.SYSTEM, true);
        FakeView view = new FakeView();
        LiveSession.Outcome o = session[0].run(view);

        assertEquals(End.SOURCE_ENDED, o.end());
        assertEquals(4, sets.size());
        List<String> started = sets.stream().map(s -> s.def.id()).toList();
        assertEquals(List.of(exercises.get(0).id(), exercises.get(0).id(), exercises.get(1).id(),
                exercises.get(0).id()), started, "r keeps the exercise, n goes to the next, p back");
        assertTrue(sets.get(0).saved && !sets.get(0).discarded);
        assertTrue(sets.get(1).discarded && !sets.get(1).saved, "a set that counted nothing is dropped");
        assertTrue(sets.get(2).saved);
        assertTrue(sets.get(3).saved, "the last set is saved at the end");
        assertEquals(List.of("set-1", "set-3", "set-4"), o.saved().stream().map(s -> s.folder().dir().toString())
                .toList());
        assertEquals(40, sets.stream().mapToLong(s -> s.frames).sum(), "lossless: every frame analysed once");
        assertEquals(40, sets.stream().mapToLong(s -> s.recorded.size()).sum(), "every analysed frame recorded");
        assertEquals(0, o.stats().dropped());
        assertTrue(view.shown >= 40, "every frame shown (and redrawn after each key)");
        assertTrue(view.mirrored, "the picture is shown mirrored");
        assertTrue(view.closed);
        assertTrue(source.closed == false, "the source belongs to the caller");
        assertTrue(out.toString().contains("nothing counted in this set: not saved"), out.toString());
        assertTrue(out.toString().contains("-> set-4"), out.toString());
    }

    @Test
    void quitEndsTheSessionStopsCaptureAndSavesWhatWasDone() throws Exception {
        List<ExerciseDefinition> exercises = ExerciseCatalog.builtIn().all();
        LiveSession[] session = new LiveSession[1];
        ListSource source = new ListSource(1000, 30, i -> {
            if (i == 20) {
                session[0].request(LiveAction.QUIT);
            }
        });
        session[0] = new LiveSession(source, null, exercises, 1, (def, fresh) -> {
            FakeSet s = new FakeSet(def, sets.size() + 1);
            sets.add(s);
            return s;
        }, new Coach(CueSink.SILENT, 5), new LiveSession.Options(false, false, false), new LiveStats(),
                new PrintWriter(new StringWriter()), Clock.SYSTEM, true);
        FakeView view = new FakeView();
        LiveSession.Outcome o = session[0].run(view);
        assertEquals(End.QUIT, o.end());
        assertEquals(1, sets.size());
        assertEquals(exercises.get(1).id(), sets.get(0).def.id());
        assertTrue(sets.get(0).saved);
        assertTrue(sets.get(0).frames >= 18 && sets.get(0).frames <= 21, "frames: " + sets.get(0).frames);
        assertTrue(o.captured() < 25, "capture stopped soon after q: " + o.captured());
        assertTrue(!view.mirrored, "--no-mirror shows the picture as it is");
        assertTrue(session[0].awaitFinished(1, TimeUnit.SECONDS));
    }

    @Test
    void aCameraThatStopsDeliveringEndsAsLostAndTheSetIsSaved() throws Exception {
        List<ExerciseDefinition> exercises = ExerciseCatalog.builtIn().all();
        ListSource camera = new ListSource(15, 30, i -> { }); // a camera never ends by itself: this one was lost
        LiveSession session = new LiveSession(camera, null, exercises, 0, (def, fresh) -> {
            FakeSet s = new FakeSet(def, sets.size() + 1);
            sets.add(s);
            return s;
        }, new Coach(CueSink.SILENT, 5), new LiveSession.Options(true, false, true), new LiveStats(),
                new PrintWriter(new StringWriter()), Clock.SYSTEM, true);
        LiveSession.Outcome o = session.run(new FakeView());
        assertEquals(End.CAMERA_LOST, o.end());
        assertTrue(sets.get(0).saved);
        assertEquals(1, o.saved().size());
    }

    /**
     * A programme drives the sets with no key: each set ends at its target (a fake set counts a rep every five
     * frames), the next opens at once, and the summary beside the set folders lists every saved set in order.
     */
    @Test
    void aProgrammeOpensAndEndsTheSetsWithoutKeys(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ExerciseCatalog catalog = ExerciseCatalog.builtIn();
        com.repcam.programme.Programme programme = com.repcam.programme.ProgrammeLoader.parse("p.yaml", """
                name: Two by two
                exercises:
                  - {exercise: thoracic-extension, sets: 2, reps: 2}
                  - {exercise: quadruped-plus, sets: 1, reps: 2}
                """, catalog);
        ListSource source = new ListSource(40, 30, i -> { });
        StringWriter out = new StringWriter();
        LiveSession session = new LiveSession(source, null, catalog.all(), 0, (def, fresh) -> {
            FakeSet s = new FakeSet(def, sets.size() + 1);
            sets.add(s);
            return s;
        }, new Coach(CueSink.SILENT, 5), new LiveSession.Options(false, false, false), new LiveStats(),
                new PrintWriter(out), Clock.SYSTEM, true);
        session.directBy(new ProgrammeRun(programme), "routine.mp4", dir);
        LiveSession.Outcome o = session.run(new FakeView());

        assertEquals(List.of("thoracic-extension", "thoracic-extension", "quadruped-plus", "quadruped-plus"),
                sets.stream().map(s -> s.def.id()).toList(), "the last is an extra set after the programme");
        assertEquals(List.of(2, 2, 2), sets.subList(0, 3).stream().map(s -> s.def.prescribedReps()).toList(),
                "the programme's reps are each set's target");
        assertEquals(List.of(10L, 10L, 10L, 10L), sets.stream().map(s -> s.frames).toList());
        assertEquals(new com.repcam.analysis.ProgrammePlace("Two by two", 2, 2, 2), sets.get(1).place);
        assertEquals(new com.repcam.analysis.ProgrammePlace("Two by two", 2, 1, 2), sets.get(3).place,
                "the extra set: set 2 of 1");
        assertEquals(4, o.saved().size());
        Path summary;
        try (var files = java.nio.file.Files.list(dir)) {
            summary = files.filter(f -> f.getFileName().toString().startsWith("routine_programme_")).findFirst()
                    .orElseThrow();
        }
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary.toFile());
        List<String> ended = new ArrayList<>();
        doc.get("sets").forEach(x -> ended.add(x.get("exercise").asText() + " " + x.get("set").asInt() + " "
                + x.get("reps").asInt() + " " + x.get("ended").asText()));
        assertEquals(List.of("thoracic-extension 1 2 target", "thoracic-extension 2 2 target",
                "quadruped-plus 1 2 target", "quadruped-plus 2 2 session_ended"), ended);
        assertEquals(3, doc.get("adherence").get("sets_done").asInt());
        assertTrue(out.toString().contains("programme: Set done: 2 reps. That was the whole programme. Well done."),
                out.toString());
    }
}
