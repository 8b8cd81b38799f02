package com.repcam.output;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2YUV_I420;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;

/**
 * Writes annotated frames to an MP4 at the source's frame rate: H.264 through OpenH264 (JavaCV's LGPL FFmpeg has
 * no libx264), falling back to MPEG-4 part 2 if that encoder cannot start. Frames are turned into the encoder's
 * YUV 4:2:0 by OpenCV (BT.601, video range, as FFmpeg's own conversion), which costs less than FFmpeg's swscale
 * doing it inside the recorder (see README's bench-analyze figures at 1280x720).
 */
public final class AnnotatedVideoWriter implements AutoCloseable {

    /** Opens a writer once the frame size is known. */
    @FunctionalInterface
    public interface Factory {
        AnnotatedVideoWriter open(int width, int height) throws OutputException;
    }

    private final Path file;
    private final FFmpegFrameRecorder recorder;
    private final Mat yuv = new Mat();
    private long firstTimestampMicros = -1;

    private AnnotatedVideoWriter(Path file, FFmpegFrameRecorder recorder) {
        this.file = file;
        this.recorder = recorder;
    }

    public static AnnotatedVideoWriter open(Path file, int width, int height, double fps) throws OutputException {
        // even sizes: YUV 4:2:0 needs them
        int w = width & ~1;
        int h = height & ~1;
        FrameRecorder.Exception last = null;
        for (int codec : new int[] {AV_CODEC_ID_H264, AV_CODEC_ID_MPEG4}) {
            FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), w, h, 0);
            recorder.setFormat("mp4");
            recorder.setVideoCodec(codec);
            recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(fps > 0 ? fps : 30);
            // a key frame every 2 s: rep stills and a therapist scrubbing in a player seek without decoding from
            // the start (OpenH264's default is a single key frame: 13 s to take the stills of a 2-minute session)
            recorder.setGopSize((int) Math.max(1, Math.round(2 * (fps > 0 ? fps : 30))));
            recorder.setVideoBitrate(Math.max(400_000, w * h * 3));
            recorder.setOption("movflags", "faststart");
            try {
                recorder.start();
                return new AnnotatedVideoWriter(file, recorder);
            } catch (FrameRecorder.Exception e) {
                last = e;
                try {
                    recorder.release();
                } catch (FrameRecorder.Exception ignored) {
                    // the next codec gets a fresh recorder
                }
            }
        }
        throw new OutputException("Cannot write video " + file + " (" + last.getMessage()
                + "). Check that the folder exists and can be written.", last);
    }

    /**
     * Writes a frame at its own time (relative to the first frame written), so that frames left out (a stride,
     * frames a live session dropped) leave the previous picture on screen for as long as they would have lasted,
     * and the video keeps the pace of the session.
     */
    public void write(Mat bgr, long timestampMicros) throws OutputException {
        if (firstTimestampMicros < 0) {
            firstTimestampMicros = timestampMicros;
        }
        long slot = Math.round((timestampMicros - firstTimestampMicros) * recorder.getFrameRate() / 1e6);
        if (slot > recorder.getFrameNumber()) {
            recorder.setFrameNumber((int) slot);
        }
        int w = bgr.cols() & ~1;
        int h = bgr.rows() & ~1;
        try (Mat even = w == bgr.cols() && h == bgr.rows() ? null : new Mat(bgr, new Rect(0, 0, w, h))) {
            cvtColor(even == null ? bgr : even, yuv, COLOR_BGR2YUV_I420);
            // one plane after another, w x h luma then two (w/2) x (h/2) chroma planes: what YUV420P is
            recorder.recordImage(w, h, Frame.DEPTH_UBYTE, 1, w, AV_PIX_FMT_YUV420P,
                    yuv.data().capacity((long) w * h * 3 / 2).asByteBuffer());
        } catch (FrameRecorder.Exception e) {
            throw new OutputException("Cannot write video " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws OutputException {
        try {
            recorder.stop();
            recorder.release();
        } catch (FrameRecorder.Exception e) {
            throw new OutputException("Cannot finish video " + file + ": " + e.getMessage(), e);
        } finally {
            yuv.close();
        }
    }
}
