package com.repcam.analysis;

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
 * @param doubtful             a person was in view, but the picture looks turned or the person never took the
 *                             exercise's start position: the count says nothing about the exercise
 */
public record SessionResult(SourceInfo source, ExerciseDefinition exercise, List<Rep> reps, List<Rep> partialReps,
                            List<ExerciseEvent> events, long frames, long framesWithoutPerson,
                            long firstTimestampMicros, long lastTimestampMicros, List<String> warnings,
                            boolean doubtful, java.util.Optional<ProgrammePlace> programme) {

    /** The same session with more warnings, before its own. */
    public SessionResult withWarnings(List<String> first) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(warnings);
        return new SessionResult(source, exercise, reps, partialReps, events, frames, framesWithoutPerson,
                firstTimestampMicros, lastTimestampMicros, List.copyOf(all), doubtful, programme);
    }

    /** The same session as a set of a programme run. */
    public SessionResult inProgramme(ProgrammePlace place) {
        return new SessionResult(source, exercise, reps, partialReps, events, frames, framesWithoutPerson,
                firstTimestampMicros, lastTimestampMicros, warnings, doubtful, java.util.Optional.of(place));
    }
}
