package com.repcam.capture;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the right frame source for what the user named: a camera device, an image, a folder or a video. */
public final class FrameSources {

    private FrameSources() {
    }

    /**
     * @param input    a path to a video, an image or a folder of images, or a camera device such as /dev/video0
     * @param stride   keep every stride-th frame of a video (1 keeps all)
     * @param sequence treat a folder of images as consecutive video frames rather than unrelated stills
     */
    public static FrameSource open(String input, int stride, boolean sequence) throws CaptureException {
        if (input.startsWith("/dev/video")) {
            return CameraSource.open(Path.of(input), 0, 0);
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new CaptureException("Input " + input + " does not exist: check the path.");
        }
        if (!Files.isReadable(path)) {
            throw new CaptureException("Input " + input + " cannot be read: check its permissions.");
        }
        if (Files.isDirectory(path)) {
            return ImageFilesSource.ofFolder(path, sequence);
        }
        try {
            if (Files.size(path) == 0) {
                throw new CaptureException("Input " + input + " is empty (0 bytes): the recording failed or the "
                        + "copy is incomplete.");
            }
        } catch (java.io.IOException e) {
            throw new CaptureException("Input " + input + " cannot be read: " + e.getMessage(), e);
        }
        if (ImageFilesSource.isImage(path)) {
            return ImageFilesSource.ofFile(path);
        }
        return VideoFileSource.open(path, stride);
    }
}
