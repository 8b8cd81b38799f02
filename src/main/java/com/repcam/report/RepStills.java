package com.repcam.report;

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

/** Picks the frame nearest each wanted time from a video and returns it as a small JPEG (base64). */
public final class RepStills {

    private static final int WIDTH = 320;

    private RepStills() {
    }

    /**
     * @param wanted pairs of (key, time in seconds)
     * @return key to base64 JPEG
     */
    public static Map<Long, String> extract(Path video, List<long[]> wanted) throws CaptureException {
        Map<Long, String> out = new HashMap<>();
        Map<Long, Double> bestGap = new HashMap<>();
        try (VideoFileSource source = VideoFileSource.open(video, 1)) {
            for (Optional<VideoFrame> next = source.next(); next.isPresent(); next = source.next()) {
                try (VideoFrame f = next.get()) {
                    for (long[] w : wanted) {
                        double gap = Math.abs(f.timestampMicros() - w[1] * 1000.0);
                        if (gap < bestGap.getOrDefault(w[0], Double.MAX_VALUE)) {
                            bestGap.put(w[0], gap);
                            out.put(w[0], jpeg(f.bgr()));
                        }
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
