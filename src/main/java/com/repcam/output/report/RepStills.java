package com.repcam.output.report;

import com.repcam.capture.CaptureException;
import com.repcam.capture.VideoFileSource;
import com.repcam.capture.VideoFrame;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/** Picks the frame shown at each wanted time from a video (by seeking) and returns it as a small JPEG (base64). */
public final class RepStills {

    private static final int WIDTH = 320;

    /**
     * A video to take stills from.
     *
     * @param video       the file
     * @param startMicros the session time at the video's time 0 (annotated.mp4 starts at the session's first
     *                    frame; a source recording at 0)
     */
    public record Source(Path video, long startMicros) {

        /** The session's annotated.mp4, which starts at the session's first frame. */
        public static Source annotated(Path annotatedMp4, long firstFrameMicros) {
            return new Source(annotatedMp4, firstFrameMicros);
        }

        /** The recording the session was analysed from, on its own time axis. */
        public static Source recording(Path video) {
            return new Source(video, 0);
        }
    }

    private RepStills() {
    }

    /**
     * @param wanted pairs of (key, session time in milliseconds)
     * @return key to base64 JPEG of the frame shown at that time
     */
    public static Map<Long, String> extract(Source from, List<long[]> wanted) throws CaptureException {
        Map<Long, String> out = new HashMap<>();
        try (VideoFileSource source = VideoFileSource.open(from.video(), 1)) {
            for (long[] w : wanted) {
                Optional<VideoFrame> frame = source.frameAt(w[1] * 1000 - from.startMicros());
                if (frame.isPresent()) {
                    try (VideoFrame f = frame.get()) {
                        out.put(w[0], jpeg(f.bgr()));
                    }
                }
            }
        }
        return out;
    }

    private static String jpeg(Mat bgr) {
        int h = Math.max(1, bgr.rows() * WIDTH / Math.max(1, bgr.cols()));
        try (Mat small = new Mat(); Size size = new Size(WIDTH, h); BytePointer buf = new BytePointer()) {
            opencv_imgproc.resize(bgr, small, size, 0, 0, opencv_imgproc.INTER_AREA);
            opencv_imgcodecs.imencode(".jpg", small, buf);
            byte[] bytes = new byte[(int) buf.limit()];
            buf.get(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
    }
}
