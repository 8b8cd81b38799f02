package com.repcam.analysis;

import com.repcam.capture.VideoFrame;
import com.repcam.exercise.ExerciseEvent;
import com.repcam.overlay.CoachingPainter;
import com.repcam.pose.PoseFrame;
import java.util.List;

/**
 * One frame after pose tracking and the exercise layer. It carries everything drawn or written for the frame, so
 * it can be handed to another thread: the exercise state itself moves on with the next frame.
 *
 * @param frame    the decoded frame; whoever ends the frame's journey closes it
 * @param pose     its pose
 * @param events   what the exercise layer reported on it
 * @param coaching what the person should see on it (count, target, phase, cues, body parts at fault)
 */
public record AnalyzedFrame(VideoFrame frame, PoseFrame pose, List<ExerciseEvent> events,
                            CoachingPainter.State coaching) {
}
