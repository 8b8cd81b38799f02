package com.repcam.capture;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Frames of a video file (any container and codec FFmpeg reads), in BGR, with the stream's own timestamps, turned
 * upright when the file says it is rotated. A read error or an early end part-way through keeps every frame read
 * before it and is reported as a warning.
 */
public final class VideoFileSource implements FrameSource {

    /** A stream that stops more than this short of its declared length is reported as truncated. */
    private static final double TRUNCATION_TOLERANCE = 0.05;
    /** Without a frame count from the container, a hole this long in the timestamps is reported as damage. */
    private static final long MIN_HOLE_MICROS = 500_000;
    /** {@link #frameAt} seeks this far before the time asked for, then decodes forward to it. */
    private static final long SEEK_LEAD_MICROS = 500_000;

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
    private final FrameRotation rotation;
    private final SourceInfo info;
    private final int stride;
    private final List<String> warnings = new ArrayList<>();
    private final FrameGaps gaps;
    /** Frames the container lists for the video stream (its packets), or -1 when it does not say. */
    private final long declaredFrames;
    private long index;
    private long lastTimestamp = -1;
    private boolean ended;

    private VideoFileSource(Path file, FFmpegFrameGrabber grabber, int stride) {
        this.file = file;
        this.grabber = grabber;
        this.stride = stride;
        this.rotation = FrameRotation.ofDegrees(grabber.getDisplayRotation());
        boolean sideways = rotation.swapsSides();
        int w = sideways ? grabber.getImageHeight() : grabber.getImageWidth();
        int h = sideways ? grabber.getImageWidth() : grabber.getImageHeight();
        this.declaredFrames = VideoStreamFacts.declaredFrames(grabber);
        long frames = declaredFrames > 0 ? declaredFrames : grabber.getLengthInVideoFrames();
        long duration = grabber.getLengthInTime();
        double rate = grabber.getVideoFrameRate();
        this.gaps = new FrameGaps(rate > 0 ? rate : 30);
        this.info = new SourceInfo(file.toString(), w, h, rate, frames > 0 ? frames : -1,
                duration > 0 ? duration : -1, rotation.degrees(), false, false);
    }

    /**
     * Opens a video file, refusing what is not a video RepCam can use: no video stream, a single picture, or
     * frames too small to find a person in.
     *
     * @param stride keep every {@code stride}-th frame (1 keeps all); skipped frames still count in frame indices
     */
    public static VideoFileSource open(Path file, int stride) throws CaptureException {
        FfmpegLogging.quiet();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(AV_PIX_FMT_BGR24);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(grabber);
            throw new CaptureException(file + " is not a video RepCam can read: " + VideoStreamFacts.openFailure(e)
                    + ". Check that it plays in a video player; if it was copied or downloaded, copy it again.", e);
        }
        try {
            VideoStreamFacts.requireVideo(file, grabber);
        } catch (CaptureException e) {
            closeQuietly(grabber);
            throw e;
        }
        return new VideoFileSource(file, grabber, Math.max(1, stride));
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public Optional<VideoFrame> next() throws CaptureException {
        while (!ended) {
            Frame frame;
            try {
                frame = grabber.grabImage();
            } catch (FrameGrabber.Exception | RuntimeException e) {
                warnings.add(file + ": reading stopped at frame " + index + " (" + firstLine(e)
                        + "); the frames before it were used.");
                ended = true;
                break;
            }
            if (frame == null || frame.image == null) {
                ended = true;
                checkLength();
                break;
            }
            long i = index++;
            long timestamp = grabber.getTimestamp();
            gaps.frame(timestamp);
            if (timestamp <= lastTimestamp) {
                timestamp = lastTimestamp + 1; // keep time strictly increasing for the filters downstream
            }
            lastTimestamp = timestamp;
            if (i % stride != 0) {
                continue;
            }
            Mat view = converter.convert(frame);
            return Optional.of(new VideoFrame(i, timestamp, rotation.applyCopy(view)));
        }
        return Optional.empty();
    }

    /**
     * Continues reading from about a time (at or a little after it): FFmpeg seeks to the key frame before and
     * decodes forward. Frame indices after a seek count on from where they were and no longer say where a frame
     * lies in the file; timestamps do.
     */
    public void seek(long timestampMicros) throws CaptureException {
        try {
            grabber.setVideoTimestamp(Math.max(0, timestampMicros));
            lastTimestamp = -1;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new CaptureException(file + ": cannot seek to " + timestampMicros / 1e6 + " s (" + firstLine(e)
                    + ").", e);
        }
    }

    /**
     * The frame nearest a time, turned upright, for picking stills without decoding the whole video: FFmpeg seeks
     * to a key frame a little before it and decodes forward from there. Later {@link #next} calls continue after
     * it.
     *
     * @return empty when the time is past the last frame by more than a frame
     */
    public Optional<VideoFrame> frameAt(long timestampMicros) throws CaptureException {
        long frameMicros = Math.round(1e6 / Math.max(1.0, info.frameRate()));
        try {
            grabber.setVideoTimestamp(Math.max(0, timestampMicros - SEEK_LEAD_MICROS));
            Mat before = null;
            long beforeTime = Long.MIN_VALUE;
            try {
                while (true) {
                    Frame frame = grabber.grabImage();
                    if (frame == null || frame.image == null) {
                        return before == null || timestampMicros - beforeTime > frameMicros ? Optional.empty()
                                : Optional.of(new VideoFrame(-1, beforeTime, rotation.applyCopy(before)));
                    }
                    long t = grabber.getTimestamp();
                    Mat now = converter.convert(frame);
                    if (t >= timestampMicros) {
                        boolean earlier = before != null && timestampMicros - beforeTime < t - timestampMicros;
                        return Optional.of(earlier ? new VideoFrame(-1, beforeTime, rotation.applyCopy(before))
                                : new VideoFrame(-1, t, rotation.applyCopy(now)));
                    }
                    if (before == null) {
                        before = new Mat();
                    }
                    now.copyTo(before);
                    beforeTime = t;
                }
            } finally {
                if (before != null) {
                    before.close();
                }
            }
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new CaptureException(file + ": cannot seek to " + timestampMicros / 1e6 + " s (" + firstLine(e)
                    + ").", e);
        }
    }

    private void checkLength() {
        long declared = info.durationMicros();
        if (index == 0) {
            warnings.add(file + ": the video stream has no frames that could be decoded.");
            return;
        }
        boolean truncated = false;
        if (declared > 0 && lastTimestamp >= 0) {
            double frameMicros = 1e6 / Math.max(1.0, info.frameRate());
            double seen = lastTimestamp + frameMicros;
            if (seen < declared * (1 - TRUNCATION_TOLERANCE) - frameMicros) {
                truncated = true;
                warnings.add(String.format(Locale.ROOT, "%s: the video ends at %.1f s but declares %.1f s: the file "
                        + "looks truncated; the %d frames that could be read were used.", file, seen / 1e6,
                        declared / 1e6, index));
            }
        }
        checkDamage(truncated);
    }

    /**
     * Frames lost inside the video: when the container lists more frames than could be decoded (a damaged part
     * the decoder skipped), or, where it does not list them, holes of half a second or more in the timestamps.
     */
    private void checkDamage(boolean truncated) {
        if (gaps.gaps().isEmpty()) {
            return;
        }
        long lost = declaredFrames > 0 ? declaredFrames - index : gaps.missingFrames();
        boolean holes = gaps.gaps().stream().anyMatch(g -> g.beforeMicros() - g.afterMicros() >= MIN_HOLE_MICROS);
        if (lost <= 0 || declaredFrames <= 0 && !holes) {
            return; // a variable frame rate, not frames lost
        }
        int inside = gaps.missingFrames();
        String end = truncated ? ", and it is cut short at the end" : "";
        if (declaredFrames > 0) {
            long missing = Math.min(lost, inside);
            warnings.add(String.format(Locale.ROOT, "%s: %d %s of the video could not be decoded (the file is "
                    + "damaged at %s%s): %s skipped, so a rep there may be missed or cut short. Copy or export the "
                    + "video again from the original recording.", file, missing, missing == 1 ? "frame" : "frames",
                    gaps.describe(5), end, missing == 1 ? "it was" : "they were"));
        } else {
            warnings.add(String.format(Locale.ROOT, "%s: the video has no frames at %s (%d frames missing: the file "
                    + "is damaged there, or the recording skipped them%s), so a rep there may be missed or cut short. "
                    + "If the recording played smoothly, copy or export it again.", file, gaps.describe(5), inside,
                    end));
        }
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        converter.close();
        closeQuietly(grabber);
    }

    static void closeQuietly(FrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // closing a grabber that failed to start can fail again; nothing is left to release
        }
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
