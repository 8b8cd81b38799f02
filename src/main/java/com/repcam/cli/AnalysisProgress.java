package com.repcam.cli;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.session.RecordingSessions;
import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How far an analysis is: a progress bar (frames, percentage, speed, time left) on a terminal; otherwise a plain
 * log line every 10% with the same figures, so a log file or CI output stays readable.
 */
final class AnalysisProgress implements RecordingSessions.FrameListener {

    private final ProgressBar bar;
    private final String name;
    private final long total;
    private final double sourceFps;
    private final PrintWriter log;
    private final long startNanos = System.nanoTime();
    private long done;
    private long nextLog;

    private AnalysisProgress(ProgressBar bar, String name, long total, double sourceFps, PrintWriter log) {
        this.bar = bar;
        this.name = name;
        this.total = total;
        this.sourceFps = sourceFps;
        this.log = log;
    }

    /**
     * @param total     frames expected, or -1 when unknown
     * @param sourceFps frames per second of video time analysed (for the speed as a multiple of real time)
     */
    static AnalysisProgress start(String name, long total, double sourceFps, PrintWriter log) {
        ProgressBar bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName(name)
                .setInitialMax(total).setStyle(ProgressBarStyle.ASCII).setUnit(" frames", 1)
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).showSpeed().setMaxRenderedLength(120).build();
        return new AnalysisProgress(bar, name, total, sourceFps, log);
    }

    @Override
    public void onFrame(AnalyzedFrame frame) {
        done++;
        if (bar != null) {
            bar.step();
            return;
        }
        if (total > 0 && done >= nextLog) {
            nextLog = done + Math.max(1, total / 10);
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            double fps = done / Math.max(seconds, 1e-9);
            long leftSeconds = Math.round((total - done) / Math.max(fps, 1e-9));
            log.printf("%s: %d/%d frames (%d%%), %.1f frames/s (%.2fx real time), about %s left%n", name, done,
                    total, 100 * done / total, fps, sourceFps > 0 ? fps / sourceFps : 0, format(leftSeconds));
            log.flush();
        }
    }

    private static String format(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return d.toHours() > 0 ? String.format("%dh%02dm", d.toHours(), d.toMinutesPart())
                : d.toMinutes() > 0 ? String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart())
                : d.toSeconds() + "s";
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
