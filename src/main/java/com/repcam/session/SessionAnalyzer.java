package com.repcam.session;

import com.repcam.capture.CaptureException;
import com.repcam.capture.FrameSource;
import com.repcam.capture.VideoFrame;
import com.repcam.exercise.ExerciseEvent;
import com.repcam.exercise.ExerciseTracker;
import com.repcam.pose.PoseFrame;
import com.repcam.pose.PoseTracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs a whole source through pose tracking and one exercise, frame by frame, and collects the outcome. */
public final class SessionAnalyzer {

    /** Receives every analysed frame; may draw on it or write it. */
    @FunctionalInterface
    public interface Listener {
        void onFrame(AnalyzedFrame frame) throws OutputException;
    }

    private SessionAnalyzer() {
    }

    public static SessionResult analyze(FrameSource source, PoseTracker poses, ExerciseTracker exercise,
                                        Listener listener) throws CaptureException, OutputException {
        List<ExerciseEvent> events = new ArrayList<>();
        long frames = 0;
        long withoutPerson = 0;
        long lastTimestamp = 0;
        for (Optional<VideoFrame> next = source.next(); next.isPresent(); next = source.next()) {
            try (VideoFrame frame = next.get()) {
                PoseFrame pose = poses.process(frame);
                List<ExerciseEvent> now = exercise.accept(pose);
                events.addAll(now);
                frames++;
                if (pose.pose().isEmpty()) {
                    withoutPerson++;
                }
                lastTimestamp = frame.timestampMicros();
                if (listener != null) {
                    listener.onFrame(new AnalyzedFrame(frame, pose, now));
                }
            }
        }
        return new SessionResult(source.info(), exercise.definition(), List.copyOf(exercise.reps()),
                List.copyOf(exercise.partialReps()), events, frames, withoutPerson, lastTimestamp,
                source.warnings());
    }
}
