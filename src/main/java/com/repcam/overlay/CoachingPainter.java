package com.repcam.overlay;

import com.repcam.exercise.NotChecked;
import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Pose;
import java.util.List;
import java.util.Set;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Draws what a person exercising needs to see on a frame: the skeleton with the body parts at fault highlighted,
 * a large count against the target, the current phase, and the active cue.
 */
public final class CoachingPainter {

    /**
     * What to show on one frame.
     *
     * @param count       full reps so far
     * @param target      prescribed reps
     * @param phase       current phase, lower case
     * @param cues        active form cues
     * @param highlighted landmarks of the body parts at fault
     * @param notChecked  form rules the current view does not let RepCam judge
     */
    public record State(int count, int target, String phase, List<String> cues, Set<BodyLandmark> highlighted,
                        List<NotChecked> notChecked) {

        public State {
            cues = List.copyOf(cues);
            notChecked = List.copyOf(notChecked);
        }

        public State(int count, int target, String phase, List<String> cues, Set<BodyLandmark> highlighted) {
            this(count, target, phase, cues, highlighted, List.of());
        }
    }

    private static final double[] WHITE = {255, 255, 255};
    private static final double[] AMBER = {0, 200, 255};
    private static final double[] PALE = {225, 225, 200};

    private final SkeletonPainter skeleton = new SkeletonPainter();
    private final TextPainter text = new TextPainter();

    public void paint(Mat frame, Pose pose, State state) {
        if (pose != null) {
            skeleton.paint(frame, pose, state.highlighted());
        }
        double scale = Math.max(0.6, frame.rows() / 480.0);
        text.paint(frame, state.count() + " / " + state.target(), (int) (16 * scale), (int) (58 * scale),
                1.8 * scale, WHITE);
        text.paint(frame, state.phase(), (int) (16 * scale), (int) (92 * scale), 0.7 * scale, WHITE);
        int ny = (int) (120 * scale);
        for (NotChecked n : state.notChecked()) {
            text.paint(frame, n.fromHere(), (int) (16 * scale), ny, 0.5 * scale, PALE);
            ny += (int) (24 * scale);
        }
        int y = frame.rows() - (int) (16 * scale);
        for (String cue : state.cues()) {
            text.paint(frame, cue, (int) (12 * scale), y, 0.55 * scale, AMBER);
            y -= (int) (30 * scale);
        }
    }
}
