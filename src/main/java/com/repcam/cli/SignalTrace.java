package com.repcam.cli;

import com.repcam.analysis.AnalyzedFrame;
import com.repcam.exercise.ExerciseTracker;
import com.repcam.output.OutputException;
import com.repcam.pose.PoseFrame;
import com.repcam.session.RecordingSessions;
import com.repcam.signal.Reading;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a per-frame CSV of an exercise's view, posture verdict, signals, phase, count and active faults (for
 * measuring and tuning): for {@code repcam eval --trace}, and for tools/measure/Replay.java, which runs the
 * exercise layer over stored poses.
 */
public final class SignalTrace implements RecordingSessions.FrameListener {

    private final Path file;
    private final BufferedWriter out;
    private final ExerciseTracker exercise;
    private final List<String> signals;

    private SignalTrace(Path file, BufferedWriter out, ExerciseTracker exercise) {
        this.file = file;
        this.out = out;
        this.exercise = exercise;
        this.signals = List.copyOf(exercise.definition().signals().keySet());
    }

    public static SignalTrace open(Path file, ExerciseTracker exercise) throws OutputException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            BufferedWriter out = Files.newBufferedWriter(file);
            SignalTrace t = new SignalTrace(file, out, exercise);
            out.write("frame,time_s,person,view,near_side,posture");
            for (String s : t.signals) {
                out.write("," + s + "," + s + "_confidence");
            }
            out.write(",phase,count,faults\n");
            return t;
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void onFrame(AnalyzedFrame f) throws OutputException {
        onPose(f.pose());
    }

    /** One frame's row, after the exercise has taken the frame's pose. */
    public void onPose(PoseFrame pose) throws OutputException {
        try {
            StringBuilder row = new StringBuilder();
            row.append(pose.index()).append(',')
                    .append(String.format(Locale.ROOT, "%.4f", pose.timestampMicros() / 1e6)).append(',')
                    .append(pose.pose().isPresent() ? 1 : 0).append(',')
                    .append(exercise.view().map(v -> v.kind().id()).orElse("")).append(',')
                    .append(exercise.view().map(v -> v.nearSide().name().toLowerCase(Locale.ROOT)).orElse(""))
                    .append(',')
                    .append(exercise.posture().name().toLowerCase(Locale.ROOT));
            for (String s : signals) {
                Reading r = exercise.readings().get(s);
                row.append(',').append(r == null ? "" : String.format(Locale.ROOT, "%.5f", r.value()))
                        .append(',').append(r == null ? "" : String.format(Locale.ROOT, "%.3f", r.confidence()));
            }
            row.append(',').append(exercise.phase().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(exercise.count()).append(',').append(String.join(" ", exercise.activeFaults()))
                    .append('\n');
            out.write(row.toString());
        } catch (IOException e) {
            throw new OutputException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws OutputException {
        try {
            out.close();
        } catch (IOException e) {
            throw new OutputException("Cannot finish " + file + ": " + e.getMessage(), e);
        }
    }
}
