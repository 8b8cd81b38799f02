package com.repcam.analysis;

import com.repcam.capture.CaptureException;
import com.repcam.capture.SourceInfo;
import com.repcam.capture.VideoStreamFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The picture sizes and frame rates a recording can be counted at, measured on the samples
 * ({@code tools/measure/input-limits.sh}: each sample re-encoded smaller or at lower rates and counted by
 * {@code repcam eval}). Below {@link #MIN_SIDE} or {@link #MIN_FRAME_RATE} a video is refused before any session
 * folder is made; below {@link #RELIABLE_SIDE} or {@link #RELIABLE_FRAME_RATE} it is analysed with a warning.
 * {@code --stride K} divides the rate by K.
 */
public final class RecordingLimits {

    /**
     * Pictures with a shorter side below this are refused. Measured: at 192x144 7 of the 8 samples are counted
     * exactly and the eighth is off by one; at 160x120 one is off by more than one and 286 frames lose the person.
     */
    public static final int MIN_SIDE = 144;
    /**
     * Below this shorter side a warning says reps may be missed. Measured: all 8 samples exact at their own
     * 640x480; at 480x360 and 320x240 one (the oblique thoracic extension) is off by one.
     */
    public static final int RELIABLE_SIDE = 480;
    /**
     * Frames a second below which a recording is refused. Measured: at 4 fps every sample is within one rep (7 of 8
     * exact); at 3 fps one is off by more (6 of 8 exact), at 1 fps counts are meaningless.
     */
    public static final double MIN_FRAME_RATE = 4;
    /** Frames a second from which every sample is counted exactly (measured at 10: 8 of 8; at 8: 7 of 8). */
    public static final double RELIABLE_FRAME_RATE = 10;

    private RecordingLimits() {
    }

    /** Refuses a recording whose pictures are too small or whose frames come too seldom to follow a rep. */
    public static void requireCountable(SourceInfo info, int stride) throws CaptureException {
        if (Math.min(info.width(), info.height()) < MIN_SIDE) {
            throw new CaptureException(VideoStreamFacts.tooSmall(info.description(), info.width(), info.height(),
                    MIN_SIDE));
        }
        double rate = rate(info, stride);
        if (rate > 0 && rate < MIN_FRAME_RATE) {
            throw new CaptureException(String.format(Locale.ROOT, "%s has %s a second%s: too few to follow "
                    + "a rep (RepCam needs at least %.0f, and counts reliably from %.0f). %s", info.description(),
                    frames(rate), stride > 1 ? " with --stride " + stride : "", MIN_FRAME_RATE, RELIABLE_FRAME_RATE,
                    stride > 1 ? "Use a smaller --stride." : "Record at 15 frames a second or more (any phone or "
                            + "webcam does by default), or export the video again without lowering its frame rate."));
        }
    }

    /** Warnings for pictures or a frame rate that can be counted but may miss a rep. */
    public static List<String> warnings(SourceInfo info, int stride) {
        List<String> warnings = new ArrayList<>();
        if (Math.min(info.width(), info.height()) < RELIABLE_SIDE) {
            warnings.add(String.format(Locale.ROOT, "%s: the picture is only %dx%d pixels: below %d pixels on the "
                    + "shorter side RepCam may miss a rep or see a form fault that is not there. Record at 640x480 or "
                    + "more.",
                    info.description(), info.width(), info.height(), RELIABLE_SIDE));
        }
        lowRateWarning(info, stride).ifPresent(warnings::add);
        return warnings;
    }

    private static Optional<String> lowRateWarning(SourceInfo info, int stride) {
        double rate = rate(info, stride);
        if (rate <= 0 || rate >= RELIABLE_FRAME_RATE) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s: %s a second%s is below the %.0f at which RepCam "
                + "counts reliably: a quick rep may be missed or counted as partial. %s", info.description(),
                frames(rate), stride > 1 ? " (with --stride " + stride + ")" : "", RELIABLE_FRAME_RATE,
                stride > 1 ? "Use a smaller --stride." : "Record at 15 frames a second or more."));
    }

    /** Frames a second after the stride; 0 when the source does not say. */
    private static double rate(SourceInfo info, int stride) {
        double rate = info.frameRate();
        if (!(rate > 0) && info.frameCount() > 0 && info.durationMicros() > 0) {
            rate = info.frameCount() / (info.durationMicros() / 1e6);
        }
        return rate > 0 ? rate / Math.max(1, stride) : 0;
    }

    private static String frames(double rate) {
        boolean whole = Math.abs(rate - Math.rint(rate)) < 0.05;
        String n = String.format(Locale.ROOT, whole ? "%.0f" : "%.1f", rate);
        return n + (n.equals("1") ? " frame" : " frames");
    }
}
