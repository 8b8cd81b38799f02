package com.repcam.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.testing.TestVideos;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rep stills are the frames shown at the reps' deepest points, on the session's time axis. */
class RepStillsTest {

    @TempDir
    Path dir;

    /** Blue at one pixel of every frame, decoded in order (TestVideos frame i has blue 4 i before compression). */
    private static List<Integer> bluePerFrame(Path video) throws Exception {
        List<Integer> blue = new java.util.ArrayList<>();
        try (var source = com.repcam.capture.FrameSources.open(video.toString(), 1, false)) {
            for (var f = source.next(); f.isPresent(); f = source.next()) {
                try (var frame = f.get()) {
                    blue.add(((UByteIndexer) frame.bgr().createIndexer()).get(frame.height() - 10,
                            frame.width() - 10, 0));
                }
            }
        }
        return blue;
    }

    /** Which frame a still shows: the one whose decoded blue is nearest (frames differ by 4; JPEG by about 1). */
    private static int frameNumberIn(String base64Jpeg, List<Integer> bluePerFrame) {
        byte[] bytes = Base64.getDecoder().decode(base64Jpeg);
        try (Mat jpeg = opencv_imgcodecs.imdecode(new Mat(bytes), opencv_imgcodecs.IMREAD_COLOR)) {
            UByteIndexer px = jpeg.createIndexer();
            int blue = px.get(jpeg.rows() - 10, jpeg.cols() - 10, 0);
            int best = 0;
            for (int i = 1; i < bluePerFrame.size(); i++) {
                if (Math.abs(bluePerFrame.get(i) - blue) < Math.abs(bluePerFrame.get(best) - blue)) {
                    best = i;
                }
            }
            return best;
        }
    }

    @Test
    void picksTheFrameAtEachTimeFromARecordingAndFromAnAnnotatedVideoThatStartsLater() throws Exception {
        Path video = dir.resolve("clip.mp4");
        TestVideos.write(video, 60, 30, 320, 240);
        List<Integer> blue = bluePerFrame(video);
        Map<Long, String> fromRecording = RepStills.extract(RepStills.Source.recording(video),
                List.of(new long[] {1, 400}, new long[] {2, 1000}, new long[] {3, 1700}));
        assertEquals(12, frameNumberIn(fromRecording.get(1L), blue));
        assertEquals(30, frameNumberIn(fromRecording.get(2L), blue));
        assertEquals(51, frameNumberIn(fromRecording.get(3L), blue));
        // the same file as the annotated video of a set whose first frame was at 5 s of the session
        Map<Long, String> fromAnnotated = RepStills.extract(RepStills.Source.annotated(video, 5_000_000),
                List.of(new long[] {7, 5_400}, new long[] {8, 9_000}));
        assertEquals(12, frameNumberIn(fromAnnotated.get(7L), blue));
        assertTrue(!fromAnnotated.containsKey(8L), "a time past the end has no still");
    }
}
