package com.repcam.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.capture.VideoFrame;
import com.repcam.eval.TruthFile;
import com.repcam.exercise.ExerciseCatalog;
import com.repcam.pose.ModelVariant;
import com.repcam.pose.PoseOptions;
import com.repcam.pose.PoseTracker;
import com.repcam.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real model on every rendered sample: the position of the exercise the sample shows is recognised, and the
 * other exercise's never, on any frame (walking in and out, getting down, every rep, side-on and oblique); on the
 * library's samples, no exercise of another set-up position either.
 */
class PositionRecogniserSamplesTest {

    @Test
    void eachSampleIsRecognisedAsItsOwnExerciseAndNeverAsTheOther() throws Exception {
        ExerciseCatalog catalog = ExerciseCatalog.builtIn();
        List<Path> clips;
        try (Stream<Path> s = Files.list(TestPaths.samples())) {
            clips = s.filter(p -> p.toString().endsWith(".mp4")).sorted().toList();
        }
        assertEquals(8, clips.size());
        try (PoseTracker tracker = PoseTracker.open(PoseOptions.video(ModelVariant.FULL, TestPaths.models())
                .withThreads(2))) {
            for (Path clip : clips) {
                String exercise = TruthFile.read(Path.of(clip.toString().replace(".mp4", ".truth.json")))
                        .exercise();
                PositionRecogniser recogniser = new PositionRecogniser(List.of(
                        catalog.require("thoracic-extension"), catalog.require("quadruped-plus")));
                Set<String> ever = new HashSet<>();
                int frames = 0;
                int recognised = 0;
                tracker.reset();
                try (FrameSource video = FrameSources.open(clip.toString(), 1, false)) {
                    for (Optional<VideoFrame> f = video.next(); f.isPresent(); f = video.next()) {
                        try (VideoFrame frame = f.get()) {
                            Set<String> held = recogniser.accept(tracker.process(frame));
                            ever.addAll(held);
                            frames++;
                            recognised += held.contains(exercise) ? 1 : 0;
                        }
                    }
                }
                assertEquals(Set.of(exercise), ever, clip.getFileName() + ": recognised " + ever);
                assertTrue(recognised > frames / 2, clip.getFileName() + ": its exercise recognised on " + recognised
                        + " of " + frames + " frames");
            }
        }
    }

    /** The built-in exercises by set-up position: a programme can tell exercises of different groups apart. */
    private static final List<Set<String>> POSITIONS = List.of(
            Set.of("squat", "lunge", "chin-tuck", "bicep-curl", "band-row"),
            Set.of("quadruped-plus", "cat-cow", "bird-dog"),
            Set.of("push-up", "knee-push-up"),
            Set.of("glute-bridge"),
            Set.of("thoracic-extension"));

    /**
     * The library's rendered samples against every built-in exercise: the clip's own exercise is recognised, and
     * no exercise of another set-up position is, on any frame.
     */
    @Test
    void eachLibrarySampleIsRecognisedAsItsOwnExerciseAndNeverAsOneOfAnotherPosition() throws Exception {
        ExerciseCatalog catalog = ExerciseCatalog.builtIn();
        Set<String> grouped = new HashSet<>();
        POSITIONS.forEach(grouped::addAll);
        Set<String> builtIn = new HashSet<>();
        catalog.all().forEach(d -> builtIn.add(d.id()));
        assertEquals(builtIn, grouped, "every built-in exercise has its set-up position here");
        List<Path> clips;
        try (Stream<Path> s = Files.list(TestPaths.samples().resolve("library"))) {
            clips = s.filter(p -> p.toString().endsWith(".mp4")).sorted().toList();
        }
        List<String> wrong = new java.util.ArrayList<>();
        try (PoseTracker tracker = PoseTracker.open(PoseOptions.video(ModelVariant.FULL, TestPaths.models())
                .withThreads(2))) {
            for (Path clip : clips) {
                String exercise = TruthFile.read(Path.of(clip.toString().replace(".mp4", ".truth.json")))
                        .exercise();
                Set<String> own = POSITIONS.stream().filter(g -> g.contains(exercise)).findFirst().orElseThrow();
                PositionRecogniser recogniser = new PositionRecogniser(catalog.all());
                Set<String> ever = new java.util.TreeSet<>();
                int frames = 0;
                int recognised = 0;
                tracker.reset();
                try (FrameSource video = FrameSources.open(clip.toString(), 1, false)) {
                    for (Optional<VideoFrame> f = video.next(); f.isPresent(); f = video.next()) {
                        try (VideoFrame frame = f.get()) {
                            Set<String> held = recogniser.accept(tracker.process(frame));
                            ever.addAll(held);
                            frames++;
                            recognised += held.contains(exercise) ? 1 : 0;
                        }
                    }
                }
                Set<String> others = new java.util.TreeSet<>(ever);
                others.removeAll(own);
                if (!others.isEmpty() || recognised <= frames / 2) {
                    wrong.add(clip.getFileName() + ": own recognised on " + recognised + " of " + frames
                            + " frames; recognised " + ever);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
