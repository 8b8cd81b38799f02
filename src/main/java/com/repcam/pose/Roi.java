package com.repcam.pose;

/**
 * The rotated square region of the image that the landmark model looked at.
 *
 * @param centerX  centre, pixels
 * @param centerY  centre, pixels
 * @param size     side length, pixels
 * @param rotation radians, counter-clockwise as MediaPipe defines it (0 = person upright)
 */
public record Roi(double centerX, double centerY, double size, double rotation) {
}
