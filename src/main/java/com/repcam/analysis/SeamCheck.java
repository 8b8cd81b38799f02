package com.repcam.analysis;

import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Pose;
import com.repcam.pose.PoseFrame;
import java.util.List;

/**
 * Whether two trackers see the same body in a frame, as parallel tracking's seam needs ({@link ParallelPoseTracking}):
 * both find nobody, or both find a person whose limb joints lie on average within a tenth of the landmark region's
 * side of each other. Two trackers on the same body differ by a few pixels (up to 6.8 px on a 640x480 sample whose
 * region is about 300 px: ParallelPoseTrackingTest); one that took hold of a wrong body differs by a third of the
 * region or more.
 */
final class SeamCheck {

    /** Mean limb-joint distance, in landmark-region sides, up to which two poses are the same body. */
    static final double MAX_MEAN_GAP = 0.1;

    private static final List<BodyLandmark> LIMBS = List.of(
            BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER, BodyLandmark.LEFT_ELBOW, BodyLandmark.RIGHT_ELBOW,
            BodyLandmark.LEFT_WRIST, BodyLandmark.RIGHT_WRIST, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP,
            BodyLandmark.LEFT_KNEE, BodyLandmark.RIGHT_KNEE, BodyLandmark.LEFT_ANKLE, BodyLandmark.RIGHT_ANKLE);

    private SeamCheck() {
    }

    static boolean agree(PoseFrame a, PoseFrame b) {
        if (a.pose().isEmpty() || b.pose().isEmpty()) {
            return a.pose().isEmpty() && b.pose().isEmpty();
        }
        return meanGap(a, b) <= MAX_MEAN_GAP;
    }

    /** Mean distance of the limb joints, in sides of the larger landmark region of the two. */
    static double meanGap(PoseFrame a, PoseFrame b) {
        Pose p = a.pose().orElseThrow();
        Pose q = b.pose().orElseThrow();
        double sum = 0;
        for (BodyLandmark joint : LIMBS) {
            sum += Math.hypot(p.landmark(joint).pixelX(a.width()) - q.landmark(joint).pixelX(b.width()),
                    p.landmark(joint).pixelY(a.height()) - q.landmark(joint).pixelY(b.height()));
        }
        double side = Math.max(p.roi().size(), q.roi().size());
        return sum / LIMBS.size() / side;
    }
}
