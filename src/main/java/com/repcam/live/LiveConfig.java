package com.repcam.live;

import com.repcam.exercise.ExerciseDefinition;
import com.repcam.pose.PoseOptions;
import com.repcam.programme.Programme;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code repcam live} needs.
 *
 * @param camera       a camera device (for example /dev/video0), or null when a recording is given
 * @param cameraWidth  width to ask the camera for, 0 for its default (height likewise)
 * @param cameraHeight height to ask the camera for, 0 for its default
 * @param recording    a video file to feed through the live path instead of a camera, or null
 * @param realtime     play the recording at its own frame rate, as a camera would deliver it (frames dropped
 *                     when analysis is slower); false analyses every frame as fast as possible
 * @param exercises    the exercises n and p step through
 * @param first        index in {@code exercises} of the one to start with
 * @param pose         pose model and threads
 * @param out          where session folders are created
 * @param video        also write annotated.mp4
 * @param mirror       show the picture mirrored
 * @param stats        start with frame rate, delay and dropped frames shown
 * @param sound        play cues (tones and speech)
 * @param countEvery   speak the count every this many reps (0: only at the target)
 * @param version      RepCam's version, recorded in session.json
 * @param programme    the programme that opens and ends the sets hands-free, or null (keys alone)
 * @param window       show the live window; false runs headless ({@code analyze --programme})
 */
public record LiveConfig(String camera, int cameraWidth, int cameraHeight, Path recording, boolean realtime,
                         List<ExerciseDefinition> exercises, int first, PoseOptions pose, Path out, boolean video,
                         boolean mirror, boolean stats, boolean sound, int countEvery,
                         String version, Programme programme, boolean window) {

    public LiveConfig(String camera, int cameraWidth, int cameraHeight, Path recording, boolean realtime,
                      List<ExerciseDefinition> exercises, int first, PoseOptions pose, Path out, boolean video,
                      boolean mirror, boolean stats, boolean sound, int countEvery, String version) {
        this(camera, cameraWidth, cameraHeight, recording, realtime, exercises, first, pose, out, video, mirror, stats,
                sound, countEvery, version, null, true);
    }

    public LiveConfig {
        exercises = List.copyOf(exercises);
        if ((camera == null) == (recording == null)) {
            throw new IllegalArgumentException("exactly one of camera and recording");
        }
        if (first < 0 || first >= exercises.size()) {
            throw new IllegalArgumentException("first exercise out of range: " + first);
        }
    }

    public LiveConfig withPose(PoseOptions p) {
        return new LiveConfig(camera, cameraWidth, cameraHeight, recording, realtime, exercises, first, p, out,
                video, mirror, stats, sound, countEvery, version, programme, window);
    }

    public LiveConfig withOut(Path dir) {
        return new LiveConfig(camera, cameraWidth, cameraHeight, recording, realtime, exercises, first, pose, dir,
                video, mirror, stats, sound, countEvery, version, programme, window);
    }

    /** The sets opened and ended by this programme. */
    public LiveConfig withProgramme(Programme p) {
        return new LiveConfig(camera, cameraWidth, cameraHeight, recording, realtime, exercises, first, pose, out,
                video, mirror, stats, sound, countEvery, version, p, window);
    }

    /** No window: a recording analysed through the live path as {@code analyze --programme} does. */
    public LiveConfig headless() {
        return new LiveConfig(camera, cameraWidth, cameraHeight, recording, realtime, exercises, first, pose, out,
                video, mirror, stats, sound, countEvery, version, programme, false);
    }
}
