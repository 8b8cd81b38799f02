package com.repcam.capture;

import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;

import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * What an opened file's container says about its video, and the checks that refuse a file RepCam cannot use, each
 * worded for the person who picked the file (no FFmpeg internals).
 */
public final class VideoStreamFacts {

    /**
     * The smallest picture side any input may have: the pose detector looks at a 224x224 picture, and a person in
     * fewer than this many pixels is not found. (Counting needs more: see RecordingLimits in the session package.)
     */
    static final int MIN_SIDE = 32;

    private VideoStreamFacts() {
    }

    /** Frames the container lists for the first video stream (its packets), or -1 when it does not say. */
    static long declaredFrames(FFmpegFrameGrabber grabber) {
        AVStream stream = videoStream(grabber);
        return stream == null || stream.nb_frames() <= 0 ? -1 : stream.nb_frames();
    }

    /** Refuses a file without a video stream, a single picture under a video's name, and frames too small. */
    static void requireVideo(Path file, FFmpegFrameGrabber grabber) throws CaptureException {
        if (!grabber.hasVideo() || grabber.getImageWidth() <= 0) {
            throw new CaptureException(file + (grabber.hasAudio() ? " has only an audio track" : " has no video stream")
                    + ": give RepCam a video file of the exercise.");
        }
        String format = formatName(grabber);
        if (format.endsWith("_pipe") || format.equals("image2")) {
            String kind = format.replace("_pipe", "").toUpperCase(Locale.ROOT);
            throw new CaptureException(file + " is a single picture (" + kind + "), not a video, although its name "
                    + "says video: give RepCam a recording of the exercise (to find the pose in the picture, name it "
                    + "." + kind.toLowerCase(Locale.ROOT) + " and use 'repcam pose').");
        }
        int w = grabber.getImageWidth();
        int h = grabber.getImageHeight();
        if (Math.min(w, h) < MIN_SIDE) {
            throw new CaptureException(tooSmall(file.toString(), w, h, MIN_SIDE));
        }
    }

    /** The message for a picture smaller than {@code minSide} pixels on a side. */
    public static String tooSmall(String input, int width, int height, int minSide) {
        return String.format(Locale.ROOT, "%s is only %dx%d pixels: RepCam needs at least %d pixels on each side to "
                + "follow a person. Record or export the video at 640x480 or more.", input, width, height, minSide);
    }

    /** Why FFmpeg could not open a file, in the user's terms. */
    static String openFailure(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("-1094995529") || m.contains("Invalid data")) {
            return "it is not in any video format RepCam knows (it may be damaged, cut short at the start, or not "
                    + "a video at all)";
        }
        if (m.contains("avformat_find_stream_info")) {
            return "its video stream could not be read (the file may be damaged or incomplete)";
        }
        if (m.contains("error -13:") || m.contains("Permission denied")) {
            return "it cannot be opened (check its permissions)";
        }
        return "FFmpeg could not open it (the file may be damaged or in a format RepCam does not read)";
    }

    private static String formatName(FFmpegFrameGrabber grabber) {
        AVFormatContext oc = grabber.getFormatContext();
        return oc == null || oc.iformat() == null || oc.iformat().name() == null ? ""
                : oc.iformat().name().getString();
    }

    private static AVStream videoStream(FFmpegFrameGrabber grabber) {
        AVFormatContext oc = grabber.getFormatContext();
        if (oc == null) {
            return null;
        }
        for (int i = 0; i < oc.nb_streams(); i++) {
            AVStream st = oc.streams(i);
            boolean coverArt = (st.disposition() & AV_DISPOSITION_ATTACHED_PIC) != 0;
            if (st.codecpar() != null && st.codecpar().codec_type() == AVMEDIA_TYPE_VIDEO && !coverArt) {
                return st;
            }
        }
        return null;
    }
}
