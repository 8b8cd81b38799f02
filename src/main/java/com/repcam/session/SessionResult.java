package com.repcam.session;

import com.repcam.capture.SourceInfo;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.ExerciseEvent;
import com.repcam.exercise.Rep;
import java.util.List;

/**
 * What one analysed session came to.
 *
 * @param source               the input
 * @param exercise             the definition used
 * @param reps                 full reps, in order
 * @param partialReps          partial reps (reported, not counted)
 * @param events               everything the exercise layer reported, in time order
 * @param frames               frames analysed
 * @param framesWithoutPerson  frames in which nobody was found
 * @param firstTimestampMicros time of the first frame (where annotated.mp4's time 0 lies)
 * @param lastTimestampMicros  time of the last frame
 * @param warnings             problems met while reading that did not stop the analysis
 */
public record SessionResult(SourceInfo source, ExerciseDefinition exercise, List<Rep> reps, List<Rep> partialReps,
                            List<ExerciseEvent> events, long frames, long framesWithoutPerson,
                            long firstTimestampMicros, long lastTimestampMicros, List<String> warnings) {
}
