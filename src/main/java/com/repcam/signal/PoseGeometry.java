package com.repcam.signal;

import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Landmark;
import com.repcam.pose.Pose;
import com.repcam.pose.WorldLandmark;

/** Landmark positions of one frame resolved for a camera view, in pixels or metres. */
public final class PoseGeometry {

    private final Pose pose;
    private final CameraView view;
    private final int width;
    private final int height;

    public PoseGeometry(Pose pose, CameraView view, int width, int height) {
        this.pose = pose;
        this.view = view;
        this.width = width;
        this.height = height;
    }

    public CameraView view() {
        return view;
    }

    BodyLandmark resolve(Joint joint) {
        return joint.on(view.nearSide());
    }

    /** Pixel position (x, y). */
    double[] pixel(Joint joint) {
        Landmark l = pose.landmark(resolve(joint));
        return new double[] {l.x() * width, l.y() * height};
    }

    /**
     * Pixel position halfway between the left and the right landmark of a sideless joint ({@code shoulder}), the
     * joint's own position otherwise. From the side the two nearly coincide, and the halfway point does not jump
     * when the model swaps the near and far landmark from one frame to the next.
     */
    double[] pixelBetweenSides(Joint joint) {
        if (!joint.hasBothSides()) {
            return pixel(joint);
        }
        Landmark l = pose.landmark(joint.on(Side.LEFT));
        Landmark r = pose.landmark(joint.on(Side.RIGHT));
        return new double[] {(l.x() + r.x()) / 2 * width, (l.y() + r.y()) / 2 * height};
    }

    /** World position (x, y, z), metres. */
    double[] world(Joint joint) {
        WorldLandmark w = pose.world(resolve(joint));
        return new double[] {w.x(), w.y(), w.z()};
    }

    /** World position halfway between the left and the right landmark of a sideless joint, the joint's otherwise. */
    double[] worldBetweenSides(Joint joint) {
        if (!joint.hasBothSides()) {
            return world(joint);
        }
        WorldLandmark l = pose.world(joint.on(Side.LEFT));
        WorldLandmark r = pose.world(joint.on(Side.RIGHT));
        return new double[] {(l.x() + r.x()) / 2, (l.y() + r.y()) / 2, (l.z() + r.z()) / 2};
    }

    /** The person's leftward direction in world space (from the right to the left shoulder and hip), unit length. */
    double[] worldLeftward() {
        double[] d = new double[3];
        for (BodyLandmark[] pair : new BodyLandmark[][] {{BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER},
                {BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP}}) {
            WorldLandmark l = pose.world(pair[0]);
            WorldLandmark r = pose.world(pair[1]);
            d[0] += l.x() - r.x();
            d[1] += l.y() - r.y();
            d[2] += l.z() - r.z();
        }
        return Vectors.unit(d);
    }

    double visibility(Joint... joints) {
        double min = 1;
        for (Joint j : joints) {
            min = Math.min(min, pose.landmark(resolve(j)).visibility());
        }
        return min;
    }
}
