package com.repcam.overlay;

import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.circle;
import static org.bytedeco.opencv.global.opencv_imgproc.line;

import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Landmark;
import com.repcam.pose.Pose;
import java.util.Set;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * Draws a pose's skeleton onto a BGR frame: the person's left side orange, right side cyan, the middle white;
 * joints with low visibility dimmed; chosen joints (for example where a form fault is) highlighted in red.
 */
public final class SkeletonPainter {

    public static final double MIN_VISIBILITY = 0.5;
    private static final double[] LEFT = {0, 140, 255};
    private static final double[] RIGHT = {255, 255, 0};
    private static final double[] MIDDLE = {255, 255, 255};
    private static final double[] HIGHLIGHT = {40, 40, 255};
    private static final double DIM = 0.45;

    /**
     * @param highlighted landmarks to draw in the highlight colour (bones touching them too)
     */
    public void paint(Mat frame, Pose pose, Set<BodyLandmark> highlighted) {
        int w = frame.cols();
        int h = frame.rows();
        int thickness = Math.max(2, Math.round(Math.min(w, h) / 200f));
        for (Skeleton.Bone bone : Skeleton.BONES) {
            Landmark a = pose.landmark(bone.from());
            Landmark b = pose.landmark(bone.to());
            boolean hot = highlighted.contains(bone.from()) || highlighted.contains(bone.to());
            int side = Skeleton.side(bone.from()) == Skeleton.side(bone.to()) ? Skeleton.side(bone.from()) : 0;
            double[] colour = hot ? HIGHLIGHT : side < 0 ? LEFT : side > 0 ? RIGHT : MIDDLE;
            boolean visible = Math.min(a.visibility(), b.visibility()) >= MIN_VISIBILITY;
            try (Point p = point(a, w, h); Point q = point(b, w, h); Scalar s = scalar(colour, visible || hot)) {
                line(frame, p, q, s, hot ? thickness * 2 : thickness, LINE_AA, 0);
            }
        }
        for (BodyLandmark joint : BodyLandmark.values()) {
            Landmark l = pose.landmark(joint);
            boolean visible = l.visibility() >= MIN_VISIBILITY;
            double[] colour = highlighted.contains(joint) ? HIGHLIGHT : visible ? new double[] {0, 0, 230}
                    : new double[] {90, 90, 90};
            try (Point p = point(l, w, h); Scalar s = scalar(colour, true);
                 Scalar black = new Scalar(0, 0, 0, 0)) {
                circle(frame, p, thickness + 2, s, FILLED, LINE_AA, 0);
                circle(frame, p, thickness + 2, black, 1, LINE_AA, 0);
            }
        }
    }

    private static Point point(Landmark l, int w, int h) {
        return new Point((int) Math.round(l.pixelX(w)), (int) Math.round(l.pixelY(h)));
    }

    private static Scalar scalar(double[] bgr, boolean bright) {
        double k = bright ? 1.0 : DIM;
        return new Scalar(bgr[0] * k, bgr[1] * k, bgr[2] * k, 0);
    }
}
