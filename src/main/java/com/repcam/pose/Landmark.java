package com.repcam.pose;

/**
 * One body landmark in image space, as MediaPipe reports it.
 *
 * @param x          horizontal position as a fraction of the image width (may fall outside [0, 1])
 * @param y          vertical position as a fraction of the image height (may fall outside [0, 1])
 * @param z          depth relative to the hips, on roughly the same scale as {@code x}; smaller is nearer
 * @param visibility probability in [0, 1] that the point is visible (not occluded)
 * @param presence   probability in [0, 1] that the point lies inside the image
 */
public record Landmark(double x, double y, double z, double visibility, double presence) {

    /** Horizontal position in pixels for an image of the given width. */
    public double pixelX(int imageWidth) {
        return x * imageWidth;
    }

    /** Vertical position in pixels for an image of the given height. */
    public double pixelY(int imageHeight) {
        return y * imageHeight;
    }
}
