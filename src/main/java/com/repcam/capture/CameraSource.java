package com.repcam.capture;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;

/**
 * A V4L2 camera (for example {@code /dev/video0}) through FFmpeg, which fails at once when there is no camera
 * (OpenCV's grabber takes about ten seconds). Reads time out instead of blocking forever when the camera stops
 * delivering; a camera lost mid-session ends the stream with a warning.
 */
public final class CameraSource implements FrameSource {

    private static final int READ_TIMEOUT_MICROS = 3_000_000;

    private final Path device;
    private final FFmpegFrameGrabber grabber;
    private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
    private final SourceInfo info;
    private final List<String> warnings = new ArrayList<>();
    private long index;
    private long firstTimestamp = -1;
    private boolean ended;

    private CameraSource(Path device, FFmpegFrameGrabber grabber) {
        this.device = device;
        this.grabber = grabber;
        this.info = new SourceInfo(device.toString(), grabber.getImageWidth(), grabber.getImageHeight(),
                grabber.getFrameRate(), -1, -1, 0, true, false);
    }

    public static CameraSource open(Path device, int width, int height) throws CaptureException {
        if (!Files.exists(device)) {
            throw new CaptureException("No camera at " + device + ": connect a webcam, choose another with "
                    + "--camera N, or analyse a recording with --source VIDEO.");
        }
        FfmpegLogging.quiet();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(device.toString());
        grabber.setFormat("video4linux2");
        grabber.setPixelFormat(AV_PIX_FMT_BGR24);
        grabber.setOption("timeout", Integer.toString(READ_TIMEOUT_MICROS));
        if (width > 0 && height > 0) {
            grabber.setImageWidth(width);
            grabber.setImageHeight(height);
        }
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            VideoFileSource.closeQuietly(grabber);
            String why = VideoFileSource.firstLine(e);
            String hint = why.contains("busy") ? "another program is using it: close it and try again"
                    : "check that it is a camera and that you may read it (group 'video')";
            throw new CaptureException("Cannot open the camera " + device + " (" + why + "): " + hint + ".", e);
        }
        return new CameraSource(device, grabber);
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public Optional<VideoFrame> next() {
        if (ended) {
            return Optional.empty();
        }
        Frame frame;
        try {
            frame = grabber.grabImage();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            frame = null;
            warnings.add("The camera " + device + " stopped delivering frames (" + VideoFileSource.firstLine(e)
                    + "): was it unplugged?");
        }
        if (frame == null || frame.image == null) {
            ended = true;
            return Optional.empty();
        }
        long t = grabber.getTimestamp();
        if (firstTimestamp < 0) {
            firstTimestamp = t;
        }
        return Optional.of(new VideoFrame(index++, t - firstTimestamp, converter.convert(frame).clone()));
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        converter.close();
        VideoFileSource.closeQuietly(grabber);
    }
}
