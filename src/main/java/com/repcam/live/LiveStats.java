package com.repcam.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Real-time figures of a live session: frames analysed, frames dropped at capture (a newer one arrived before the
 * analysis was free), pictures not shown (a newer one arrived before the window drew), and the delay from capture to
 * the overlay being drawn in the window. Keeps every delay for the summary and the benchmark, and a one-second
 * window for the corner display. Thread-safe.
 */
final class LiveStats {

    /** Order statistics of the delays, milliseconds. */
    record Summary(long analysed, long dropped, long notShown, long drawn, double seconds, double fps,
                   double medianDelayMs, double p95DelayMs, double medianAnalysisMs, double medianFrameMs) {
    }

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final List<Double> delays = new ArrayList<>();
    private final List<Double> analysis = new ArrayList<>();
    private final List<Double> frameWork = new ArrayList<>();
    private final java.util.ArrayDeque<long[]> recent = new java.util.ArrayDeque<>(); // {drawnNanos, delayNanos}
    private long analysed;
    private long notShown;
    private long firstNanos = -1;
    private long lastNanos;

    synchronized void analysed(long nanos) {
        analysed++;
        analysis.add(nanos / 1e6);
    }

    /** All the analysis thread did for one frame: mirror, analysis, overlay, hand-over to window and writer. */
    synchronized void frameDone(long nanos) {
        frameWork.add(nanos / 1e6);
    }

    synchronized void notShown() {
        notShown++;
    }

    /** The picture of a frame captured at {@code capturedNanos} was drawn at {@code drawnNanos}. */
    synchronized void drawn(long capturedNanos, long drawnNanos) {
        if (firstNanos < 0) {
            firstNanos = drawnNanos;
        }
        lastNanos = drawnNanos;
        long delay = drawnNanos - capturedNanos;
        delays.add(delay / 1e6);
        recent.addLast(new long[] {drawnNanos, delay});
        while (!recent.isEmpty() && recent.peekFirst()[0] < drawnNanos - WINDOW_NANOS) {
            recent.removeFirst();
        }
    }

    /** The corner lines: drawn frames per second and median delay over the last second, drops so far. */
    synchronized List<String> cornerLines(long dropped) {
        double fps = recent.size() * 1e9 / WINDOW_NANOS;
        double[] d = recent.stream().mapToDouble(r -> r[1] / 1e6).toArray();
        return List.of(String.format("%.0f fps", fps), String.format("delay %.0f ms", percentile(d, 0.5)),
                String.format("dropped %d", dropped));
    }

    synchronized Summary summary(long dropped) {
        double[] d = delays.stream().mapToDouble(Double::doubleValue).toArray();
        double[] a = analysis.stream().mapToDouble(Double::doubleValue).toArray();
        double[] w = frameWork.stream().mapToDouble(Double::doubleValue).toArray();
        double seconds = firstNanos < 0 ? 0 : (lastNanos - firstNanos) / 1e9;
        double fps = seconds > 0 ? (delays.size() - 1) / seconds : 0;
        return new Summary(analysed, dropped, notShown, delays.size(), seconds, fps, percentile(d, 0.5),
                percentile(d, 0.95), percentile(a, 0.5), percentile(w, 0.5));
    }

    static double percentile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        double pos = (s.length - 1) * q;
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return s[lo] + (s[hi] - s[lo]) * (pos - lo);
    }
}
