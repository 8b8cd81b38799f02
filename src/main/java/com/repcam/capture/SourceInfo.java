package com.repcam.capture;

/**
 * What a frame source delivers.
 *
 * @param description     the input as the user named it
 * @param width           frame width after rotation, pixels
 * @param height          frame height after rotation, pixels
 * @param frameRate       frames per second (nominal for image folders)
 * @param frameCount      number of frames, or -1 when unknown (cameras)
 * @param durationMicros  length, or -1 when unknown
 * @param rotationDegrees clockwise rotation applied to honour the file's display metadata (0, 90, 180, 270)
 * @param live            true for cameras: frames arrive in real time and cannot be re-read
 * @param stills          true for images and image folders: frames are unrelated stills, not a motion sequence
 */
public record SourceInfo(String description, int width, int height, double frameRate, long frameCount,
                         long durationMicros, int rotationDegrees, boolean live, boolean stills) {
}
