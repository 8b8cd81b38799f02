package com.repcam.signal;

/**
 * How the camera sees the person in one frame.
 *
 * @param kind        side, oblique or front
 * @param nearSide    the side of the body nearer the camera (its landmarks are the ones to trust on a side view)
 * @param yawDegrees  angle between the shoulder/hip lines and the picture plane: 0 face-on, 90 side-on
 * @param facing      +1 when the person's front faces the right of the picture, -1 the left
 */
public record CameraView(ViewKind kind, Side nearSide, double yawDegrees, int facing) {
}
