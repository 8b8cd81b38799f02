package com.repcam.live;

import java.nio.file.Path;
import java.util.List;

/**
 * How a live session went.
 *
 * @param end              why it ended
 * @param sessions         the session folders saved (one per set)
 * @param captured         frames the source delivered
 * @param analysed         frames analysed
 * @param dropped          frames dropped at capture because a newer one arrived before analysis was free
 * @param notShown         analysed pictures replaced before the window drew them
 * @param fps              pictures drawn per second
 * @param medianDelayMs    capture to overlay drawn in the window, median
 * @param p95DelayMs       the same, 95th percentile
 * @param medianAnalysisMs pose and exercise per frame, median
 * @param medianFrameMs    all the analysis thread does per frame (mirror, analysis, overlay, hand-over), median
 * @param warnings         problems that did not stop the session
 * @param damagedInput     frames of the recording could not be read (damaged, cut short): see the warnings
 */
public record LiveResult(End end, List<Path> sessions, long captured, long analysed, long dropped, long notShown,
                         double fps, double medianDelayMs, double p95DelayMs, double medianAnalysisMs,
                         double medianFrameMs, List<String> warnings, boolean damagedInput) {

    /** Why a live session ended. */
    public enum End {
        /** q, Escape, or the window closed. */
        QUIT,
        /** The recording given with --source ended. */
        SOURCE_ENDED,
        /** The camera stopped delivering frames (unplugged, or taken by another program); what was done is saved. */
        CAMERA_LOST,
        /** Ctrl-C. */
        INTERRUPTED
    }
}
