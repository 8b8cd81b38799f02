package com.repcam.pose;

import java.util.Optional;

/**
 * What the pose tracker made of one video frame: the pose of the person in it, or empty when nobody was found.
 *
 * @param index           frame number in the source, from 0
 * @param timestampMicros presentation time of the frame in the source, microseconds
 * @param width           image width in pixels
 * @param height          image height in pixels
 * @param pose            the person's pose, or empty for "no person"
 */
public record PoseFrame(long index, long timestampMicros, int width, int height, Optional<Pose> pose) {

    public double timestampMillis() {
        return timestampMicros / 1000.0;
    }
}
