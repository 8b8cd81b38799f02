package com.repcam.live;

import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.getTextSize;

import com.repcam.exercise.NotChecked;
import com.repcam.overlay.CoachingPainter;
import com.repcam.overlay.SkeletonPainter;
import com.repcam.overlay.TextPainter;
import com.repcam.pose.Landmark;
import com.repcam.pose.Pose;
import com.repcam.pose.Roi;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * The live window's picture, drawn with the overlay package's painters onto the mirrored frame: the skeleton
 * (mirrored with the picture), a large count with the target, the exercise and the phase, the form rules the view
 * does not let RepCam judge (and how to film instead), the active form cues, a banner while paused, after a set was
 * saved or with what the coach says, and on request the frame rate, delay and dropped frames in the
 * top-right corner.
 */
final class LiveOverlay {

    /**
     * @param coaching what the analysis says (count, target, phase, cues, body parts at fault)
     * @param exercise the exercise's name
     * @param programme where a programme is (set, rest left, what is next), or null without one
     * @param banner   a line across the middle (paused, set saved), or null
     * @param stats    lines for the top-right corner, empty when hidden
     */
    record State(CoachingPainter.State coaching, String exercise, String programme, String banner,
                 List<String> stats) {
    }

    private static final double[] WHITE = {255, 255, 255};
    private static final double[] GREEN = {120, 230, 120};
    private static final double[] AMBER = {0, 200, 255};
    private static final double[] GREY = {200, 200, 200};
    private static final double[] PALE = {225, 225, 200};

    private final SkeletonPainter skeleton = new SkeletonPainter();
    private final TextPainter text = new TextPainter();

    /**
     * @param frame the picture as shown (already mirrored when {@code mirrored})
     * @param pose  the pose found in the unmirrored frame, or null
     */
    void paint(Mat frame, Pose pose, boolean mirrored, State state) {
        CoachingPainter.State c = state.coaching();
        if (pose != null) {
            skeleton.paint(frame, mirrored ? mirror(pose) : pose, c.highlighted());
        }
        double k = Math.max(0.6, frame.rows() / 480.0);
        int x = (int) (16 * k);
        String count = Integer.toString(c.count());
        double countScale = 3.2 * k;
        int countBase = (int) (92 * k);
        int bold = (int) Math.round(countScale * 3);
        text.paint(frame, count, x, countBase, countScale, c.count() >= c.target() ? GREEN : WHITE, bold);
        int after = x + width(count, countScale, bold) + (int) (14 * k);
        text.paint(frame, "/ " + c.target(), after, countBase, 1.3 * k, GREY);
        text.paint(frame, state.exercise() + "  |  " + c.phase(), x, (int) (132 * k), 0.65 * k, WHITE);
        int below = (int) (160 * k);
        if (state.programme() != null) {
            text.paint(frame, state.programme(), x, below, 0.6 * k, GREEN);
            below += (int) (28 * k);
        }
        for (NotChecked n : c.notChecked()) { // with the sound off, the only place it is told
            List<String> lines = wrap(n.fromHere(), frame.cols() - 2 * x, 0.5 * k);
            for (int i = lines.size() - 1; i >= 0; i--) { // wrap gives the bottom line first
                text.paint(frame, lines.get(i), x, below, 0.5 * k, PALE);
                below += (int) (24 * k);
            }
        }
        int y = frame.rows() - (int) (16 * k);
        for (String cue : c.cues()) {
            for (String line : wrap(cue, frame.cols() - 2 * x, 0.6 * k)) {
                text.paint(frame, line, x, y, 0.6 * k, AMBER);
                y -= (int) (30 * k);
            }
        }
        if (state.banner() != null) {
            // a short note across the middle; a programme's longer announcements smaller, in the lower part of the
            // picture, so the person stays in sight
            boolean longText = state.banner().length() > 40;
            double s = (longText ? 0.6 : 1.1) * k;
            List<String> lines = wrap(state.banner(), frame.cols() - 2 * x, s);
            int y0 = longText ? (int) (frame.rows() * 0.8) : frame.rows() / 2;
            for (String line : lines) { // bottom line first
                int w = width(line, s);
                text.paint(frame, line, Math.max(x, (frame.cols() - w) / 2), y0, s, WHITE);
                y0 -= (int) ((longText ? 28 : 40) * k);
            }
        }
        int sy = (int) (28 * k);
        for (String line : state.stats()) {
            double s = 0.5 * k;
            text.paint(frame, line, frame.cols() - width(line, s) - (int) (12 * k), sy, s, GREEN);
            sy += (int) (24 * k);
        }
    }

    /** The pose as it appears in the mirrored picture (x flipped); the body sides keep their colours. */
    static Pose mirror(Pose pose) {
        List<Landmark> flipped = new ArrayList<>(pose.landmarks().size());
        for (Landmark l : pose.landmarks()) {
            flipped.add(new Landmark(1 - l.x(), l.y(), l.z(), l.visibility(), l.presence()));
        }
        Roi r = pose.roi();
        return new Pose(flipped, pose.worldLandmarks(), pose.score(), r, pose.mask());
    }

    private static int width(String s, double scale) {
        return width(s, scale, Math.max(1, (int) Math.round(scale * 2)));
    }

    private static int width(String s, double scale, int thickness) {
        int[] baseline = new int[1];
        try (Size size = getTextSize(s, FONT_HERSHEY_SIMPLEX, scale, thickness, baseline)) {
            return size.width();
        }
    }

    /** Splits a cue into lines that fit the width, bottom line first (they are drawn upwards). */
    static List<String> wrap(String cue, int maxWidth, double scale) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : cue.split("\\s+")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(tried, scale) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        java.util.Collections.reverse(lines);
        return lines;
    }
}
