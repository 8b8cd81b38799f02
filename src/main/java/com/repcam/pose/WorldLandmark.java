package com.repcam.pose;

/**
 * One body landmark in metric 3D space, origin at the centre of the hips, y pointing down (MediaPipe's
 * convention), x and z in the camera's horizontal and depth directions.
 *
 * @param x          metres
 * @param y          metres
 * @param z          metres
 * @param visibility probability in [0, 1] that the point is visible
 * @param presence   probability in [0, 1] that the point lies inside the image
 */
public record WorldLandmark(double x, double y, double z, double visibility, double presence) {
}
