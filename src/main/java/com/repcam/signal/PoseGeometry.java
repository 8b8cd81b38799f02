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

    /** World position (x, y, z), metres. */
    double[] world(Joint joint) {
        WorldLandmark w = pose.world(resolve(joint));
        return new double[] {w.x(), w.y(), w.z()};
    }

    double visibility(Joint... joints) {
        double min = 1;
        for (Joint j : joints) {
            min = Math.min(min, pose.landmark(resolve(j)).visibility());
        }
        return min;
    }
}
