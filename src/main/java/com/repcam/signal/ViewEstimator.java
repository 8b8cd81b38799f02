package com.repcam.signal;

import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Landmark;
import com.repcam.pose.Pose;
import com.repcam.pose.WorldLandmark;

/**
 * Estimates the camera view from the world landmarks: the yaw of the shoulder and hip lines against the picture
 * plane (side-on when they point at the camera), the nearer side (smaller depth, and higher visibility), and
 * which way the person faces in the picture (see {@link #facing}).
 */
public final class ViewEstimator {

    private final double sideMinYaw;
    private final double frontMaxYaw;

    /**
     * @param sideMinYaw  yaw (degrees) from which a view counts as side-on
     * @param frontMaxYaw yaw up to which a view counts as face-on
     */
    public ViewEstimator(double sideMinYaw, double frontMaxYaw) {
        if (!(frontMaxYaw < sideMinYaw)) {
            throw new IllegalArgumentException("front yaw limit must be below the side yaw limit");
        }
        this.sideMinYaw = sideMinYaw;
        this.frontMaxYaw = frontMaxYaw;
    }

    /** The standard estimator's yaw from which a view is side-on. */
    public static final double SIDE_MIN_YAW = 60;

    public static ViewEstimator standard() {
        return new ViewEstimator(SIDE_MIN_YAW, 25);
    }

    public CameraView estimate(Pose pose) {
        double yaw = (lineYaw(pose, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER)
                + lineYaw(pose, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP)) / 2;
        ViewKind kind = yaw >= sideMinYaw ? ViewKind.SIDE : yaw <= frontMaxYaw ? ViewKind.FRONT : ViewKind.OBLIQUE;
        double leftDepth = pose.world(BodyLandmark.LEFT_SHOULDER).z() + pose.world(BodyLandmark.LEFT_HIP).z();
        double rightDepth = pose.world(BodyLandmark.RIGHT_SHOULDER).z() + pose.world(BodyLandmark.RIGHT_HIP).z();
        double leftVisible = visibility(pose, Side.LEFT);
        double rightVisible = visibility(pose, Side.RIGHT);
        Side near;
        if (Math.abs(leftVisible - rightVisible) > 0.15) {
            near = leftVisible > rightVisible ? Side.LEFT : Side.RIGHT;
        } else {
            near = leftDepth <= rightDepth ? Side.LEFT : Side.RIGHT;
        }
        return new CameraView(kind, near, yaw, facing(pose));
    }

    /**
     * Which way the person faces in the picture. With the trunk nearer level than upright (kneeling, on all fours)
     * the head end of the trunk is the front: from the hips toward the shoulders. Upright, the nose is ahead of
     * the ears. (The head alone is unreliable on all fours: it hangs down and hides under arms and furniture.)
     */
    private static int facing(Pose pose) {
        double hipX = (pose.landmark(BodyLandmark.LEFT_HIP).x() + pose.landmark(BodyLandmark.RIGHT_HIP).x()) / 2;
        double hipY = (pose.landmark(BodyLandmark.LEFT_HIP).y() + pose.landmark(BodyLandmark.RIGHT_HIP).y()) / 2;
        double shX = (pose.landmark(BodyLandmark.LEFT_SHOULDER).x()
                + pose.landmark(BodyLandmark.RIGHT_SHOULDER).x()) / 2;
        double shY = (pose.landmark(BodyLandmark.LEFT_SHOULDER).y()
                + pose.landmark(BodyLandmark.RIGHT_SHOULDER).y()) / 2;
        if (Math.abs(shX - hipX) > Math.abs(shY - hipY)) {
            return shX >= hipX ? 1 : -1;
        }
        Landmark nose = pose.landmark(BodyLandmark.NOSE);
        double earX = (pose.landmark(BodyLandmark.LEFT_EAR).x() + pose.landmark(BodyLandmark.RIGHT_EAR).x()) / 2;
        return nose.x() >= earX ? 1 : -1;
    }

    private static double lineYaw(Pose pose, BodyLandmark left, BodyLandmark right) {
        WorldLandmark a = pose.world(left);
        WorldLandmark b = pose.world(right);
        double across = Math.hypot(a.x() - b.x(), a.y() - b.y());
        return Math.toDegrees(Math.atan2(Math.abs(a.z() - b.z()), across));
    }

    private static double visibility(Pose pose, Side side) {
        BodyLandmark[] points = side == Side.LEFT
                ? new BodyLandmark[] {BodyLandmark.LEFT_SHOULDER, BodyLandmark.LEFT_ELBOW, BodyLandmark.LEFT_HIP,
                    BodyLandmark.LEFT_KNEE, BodyLandmark.LEFT_EAR}
                : new BodyLandmark[] {BodyLandmark.RIGHT_SHOULDER, BodyLandmark.RIGHT_ELBOW, BodyLandmark.RIGHT_HIP,
                    BodyLandmark.RIGHT_KNEE, BodyLandmark.RIGHT_EAR};
        double sum = 0;
        for (BodyLandmark p : points) {
            sum += pose.landmark(p).visibility();
        }
        return sum / points.length;
    }
}
