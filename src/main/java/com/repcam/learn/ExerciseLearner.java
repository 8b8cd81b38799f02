package com.repcam.learn;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.capture.CaptureException;
import com.repcam.exercise.DefinitionException;
import com.repcam.exercise.DefinitionLoader;
import com.repcam.exercise.Direction;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.output.OutputException;
import com.repcam.session.RecordingSessions;
import com.repcam.signal.Reading;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Learns an exercise from a recording of a few reps of it: the video is analysed once with every candidate signal
 * read on every frame, the {@link MovementFinder} picks the signal that repeats most regularly and measures its
 * start position, range and period, and from those come an exercise definition in YAML, with the measurements
 * written beside the numbers so the user can see where they came from and edit them. The YAML is read back by
 * the same loader as any exercise file, so what is written is exactly what counts.
 */
public final class ExerciseLearner {

    /** The id of the probe definition the candidate signals are read with. */
    private static final String PROBE_ID = "candidate-signals";

    /**
     * What was learned: the movement measured, the YAML written from it and the definition read back, and every
     * candidate as measured (for the user to see why this one).
     */
    public record Learned(Movement movement, String yaml, ExerciseDefinition definition, List<Movement> candidates) {
    }

    /** The exercise id that asks for the counting to be learned from the recording itself. */
    public static final String ANY = "any";

    /**
     * The recording shows no movement regular enough to count; says what was seen. An input problem like any
     * other recording that cannot be used.
     */
    public static final class NothingRepeatedException extends CaptureException {
        NothingRepeatedException(String message) {
            super(message);
        }
    }

    private ExerciseLearner() {
    }

    /** {@code --exercise any}: the counting of a recording learned from the recording itself. */
    public static Learned learnAny(RecordingSessions sessions, Path video) throws CaptureException, OutputException {
        return learn(sessions, video, ANY, "Any repeated movement");
    }

    /**
     * @param id   the learned exercise's id (lower-case letters, digits and dashes)
     * @param name its display name
     */
    public static Learned learn(RecordingSessions sessions, Path video, String id, String name)
            throws CaptureException, OutputException {
        ExerciseDefinition probe = probe();
        SignalSeries series = new SignalSeries();
        double minConfidence = probe.counting().minConfidence();
        sessions.analyze(video, probe, (info, stride, exercise) -> new RecordingSessions.FrameListener() {
            @Override
            public void onFrame(AnalyzedFrame frame) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (Map.Entry<String, Reading> r : exercise.readings().entrySet()) {
                    values.put(r.getKey(), r.getValue().confidence() >= minConfidence ? r.getValue().value()
                            : Double.NaN);
                }
                series.add(frame.pose().timestampMicros() / 1e6, values);
            }

            @Override
            public void close() {
            }
        });
        Map<String, String> units = new LinkedHashMap<>();
        probe.signals().forEach((k, v) -> units.put(k, v.unit()));
        List<Movement> candidates = MovementFinder.measureAll(series, units);
        Optional<Movement> found = MovementFinder.find(series, units);
        if (found.isEmpty()) {
            StringBuilder seen = new StringBuilder();
            for (Movement c : candidates) {
                seen.append(seen.length() > 0 ? ", " : "").append(String.format(Locale.ROOT,
                        "%s regularity %.2f moving %.3g %s", c.signal(), c.periodicity(), c.range(), c.unit()));
            }
            throw new NothingRepeatedException(video + ": no movement repeats regularly enough to count (needs a regularity of "
                    + MovementFinder.MIN_PERIODICITY + " or more; over " + series.frames() + " frames: "
                    + (seen.length() > 0 ? seen : "no signal could be read") + "). Record at least three reps of "
                    + "the exercise, the whole body in view, from the side.");
        }
        String yaml = yaml(found.get(), id, name, video);
        try {
            return new Learned(found.get(), yaml, DefinitionLoader.parse(id + " (learned from " + video + ")",
                    yaml), candidates);
        } catch (DefinitionException e) {
            throw new IllegalStateException("the learned definition does not load: " + e.getMessage(), e);
        }
    }

    /** A definition that reads every candidate signal (it counts nothing of interest). */
    static ExerciseDefinition probe() {
        StringBuilder y = new StringBuilder("id: " + PROBE_ID + "\nversion: 1\nname: Candidate signals\n"
                + "description: reads every candidate signal\nviews: [side, oblique, front]\nprescribed_reps: 1\n"
                + "signals:\n");
        CandidateSignals.YAML.forEach((k, v) -> y.append("  ").append(k).append(": ").append(v).append('\n'));
        y.append("counting: {signal: trunk_incline, direction: increase, initial_range: 1000, min_excursion: 900, "
                + "enter: 0.25, partial: 0.3, target: 0.6, exit: 0.2, min_rep_seconds: 0.5, calibration_reps: 2, "
                + "smoothing_seconds: 0.1, min_confidence: 0.5, max_gap_seconds: 1.0}\n"
                + "posture: {signal: trunk_incline, min: -1000, max: 1000, settle_seconds: 1.0}\n");
        try {
            return DefinitionLoader.parse("candidate signals (built in)", y.toString());
        } catch (DefinitionException e) {
            throw new IllegalStateException("the candidate signals do not load: " + e.getMessage(), e);
        }
    }

    static String yaml(Movement m, String id, String name, Path video) {
        double range = m.range();
        String unit = m.unit();
        String f = unit.equals("deg") ? "%.1f" : "%.3f";
        double minRep = Math.max(0.4, Math.min(2.0, 0.3 * m.periodSeconds()));
        StringBuilder y = new StringBuilder();
        y.append("# Learned by 'repcam learn' from ").append(video.getFileName()).append(": every candidate signal was\n")
                .append("# read on every frame and the one that repeats most regularly chosen (regularity ")
                .append(fmt("%.2f", m.periodicity())).append(", a\n# rep every ")
                .append(fmt("%.1f", m.periodSeconds())).append(" s, about ").append(fmt("%.0f", m.cycles()))
                .append(" reps). Edit freely; 'repcam exercises --exercise-file' checks it.\n");
        y.append("id: ").append(id).append('\n');
        y.append("version: 1\n");
        y.append("name: ").append(quoted(name)).append('\n');
        y.append("description: >\n  Learned from a demonstration (").append(video.getFileName())
                .append("): reps of a movement of ").append(m.signal()).append(".\n");
        y.append("views: [side, oblique, front]\n");
        y.append("prescribed_reps: 10\n");
        y.append("signals:\n  ").append(m.signal()).append(": ").append(CandidateSignals.YAML.get(m.signal()))
                .append('\n');
        y.append("counting:\n");
        y.append("  signal: ").append(m.signal()).append('\n');
        y.append("  direction: ").append(m.direction().name().toLowerCase(Locale.ROOT)).append(
                "     # from the start position (").append(fmt(f, m.rest())).append(' ').append(unit)
                .append(") toward ").append(fmt(f, m.direction() == Direction.INCREASE ? m.high() : m.low()))
                .append('\n');
        y.append("  initial_range: ").append(fmt(f, range)).append("   # ").append(unit)
                .append(", measured rest to depth\n");
        y.append("  min_excursion: ").append(fmt(f, 0.3 * range)).append('\n');
        y.append("  enter: 0.25\n  partial: 0.3\n  target: 0.6\n  exit: 0.2\n");
        y.append("  min_rep_seconds: ").append(fmt("%.2f", minRep)).append("   # 0.3 of the measured period\n");
        y.append("  calibration_reps: 2\n  smoothing_seconds: 0.1\n  min_confidence: 0.5\n  max_gap_seconds: 1.0\n");
        y.append("posture:\n");
        y.append("  signal: ").append(m.signal()).append('\n');
        double margin = Math.max(range, CandidateSignals.POSTURE_MARGIN.getOrDefault(unit, range));
        y.append("  min: ").append(fmt(f, m.low() - margin)).append("   # the exercising range (")
                .append(fmt(f, m.low())).append(" to ").append(fmt(f, m.high())).append(") and ").append(fmt(f, margin))
                .append(' ').append(unit).append(" beyond (another person, another camera)\n");
        y.append("  max: ").append(fmt(f, m.high() + margin)).append('\n');
        y.append("  settle_seconds: 1.0\n");
        return y.toString();
    }

    private static String fmt(String format, double v) {
        return String.format(Locale.ROOT, format, v);
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
