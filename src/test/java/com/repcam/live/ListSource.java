package com.repcam.live;

import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.capture.SourceInfo;
import com.repcam.capture.VideoFrame;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;

/** Small synthetic frames at a fixed rate; a hook runs before each frame is handed out (to act mid-stream). */
final class ListSource implements FrameSource {

    static final int WIDTH = 160;
    static final int HEIGHT = 120;

    private final int frames;
    private final double fps;
    private final LongConsumer beforeFrame;
    private int next;
    boolean closed;

    ListSource(int frames, double fps, LongConsumer beforeFrame) {
        this.frames = frames;
        this.fps = fps;
        this.beforeFrame = beforeFrame;
    }

    @Override
    public SourceInfo info() {
        return new SourceInfo("list", WIDTH, HEIGHT, fps, frames, Math.round(frames * 1e6 / fps), 0, false, false);
    }

    @Override
    public Optional<VideoFrame> next() throws CaptureException {
        if (next >= frames) {
            return Optional.empty();
        }
        int i = next++;
        beforeFrame.accept(i);
        Mat m = new Mat(HEIGHT, WIDTH, opencv_core.CV_8UC3, new Scalar(0, 0, 0, 0));
        // the left quarter white: shows whether the picture was mirrored
        try (Mat left = m.colRange(0, WIDTH / 4)) {
            left.put(new Scalar(255, 255, 255, 0));
        }
        return Optional.of(new VideoFrame(i, Math.round(i * 1e6 / fps), m));
    }

    @Override
    public void close() {
        closed = true;
    }
}
