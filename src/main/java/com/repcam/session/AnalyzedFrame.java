package com.repcam.session;

import com.repcam.capture.VideoFrame;
import com.repcam.exercise.ExerciseEvent;
import com.repcam.pose.PoseFrame;
import java.util.List;

/**
 * One frame after pose tracking and the exercise layer, handed to listeners (overlay, writers) before the frame
 * is released.
 *
 * @param frame  the decoded frame (valid only during the listener call)
 * @param pose   its pose
 * @param events what the exercise layer reported on it
 */
public record AnalyzedFrame(VideoFrame frame, PoseFrame pose, List<ExerciseEvent> events) {
}
