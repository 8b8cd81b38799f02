package com.repcam.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.capture.VideoFrame;
import com.repcam.testing.TestVideos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotated video keeps the session's pace: frames left out leave a gap in time, not a jump in speed. */
class AnnotatedVideoWriterTest {

    @TempDir
    Path dir;

    @Test
    void framesAreWrittenAtTheirOwnTimesRelativeToTheFirst() throws Exception {
        Path file = dir.resolve("annotated.mp4");
        // a live set that started 7 s into the session, then lost frames 3 to 9 (dropped while analysis was busy)
        long start = 7_000_000;
        long[] times = {0, 33_333, 66_667, 333_333, 366_667};
        try (AnnotatedVideoWriter w = AnnotatedVideoWriter.open(file, 160, 120, 30)) {
            for (int i = 0; i < times.length; i++) {
                try (Mat m = TestVideos.numberedFrame(i, 160, 120)) {
                    w.write(m, start + times[i]);
                }
            }
        }
        List<Long> read = new ArrayList<>();
        try (FrameSource s = FrameSources.open(file.toString(), 1, false)) {
            for (Optional<VideoFrame> f = s.next(); f.isPresent(); f = s.next()) {
                try (VideoFrame frame = f.get()) {
                    read.add(frame.timestampMicros());
                }
            }
        }
        assertEquals(times.length, read.size(), read.toString());
        for (int i = 0; i < times.length; i++) {
            assertEquals(times[i], read.get(i), 1_000, "frame " + i + " of " + read);
        }
    }
}
