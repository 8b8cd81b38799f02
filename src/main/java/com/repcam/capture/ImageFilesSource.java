package com.repcam.capture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Still images, one frame each, in the given order. Frame times are spaced at a nominal rate so that they stay
 * ordered; the images are treated as unrelated stills unless the caller says they are a sequence.
 */
public final class ImageFilesSource implements FrameSource {

    static final double NOMINAL_FPS = 30.0;
    static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff");

    private final List<Path> files;
    private final SourceInfo info;
    private int position;

    private ImageFilesSource(String description, List<Path> files, int width, int height, boolean stills) {
        this.files = List.copyOf(files);
        this.info = new SourceInfo(description, width, height, NOMINAL_FPS, files.size(),
                Math.round(files.size() * 1e6 / NOMINAL_FPS), 0, false, stills);
    }

    /** One image file. */
    public static ImageFilesSource ofFile(Path file) throws CaptureException {
        try (Mat first = decode(file)) {
            return new ImageFilesSource(file.toString(), List.of(file), first.cols(), first.rows(), true);
        }
    }

    /** The images of a folder in file-name order; {@code sequence} says they are consecutive video frames. */
    public static ImageFilesSource ofFolder(Path folder, boolean sequence) throws CaptureException {
        List<Path> images;
        try (var listing = Files.list(folder)) {
            images = listing.filter(Files::isRegularFile).filter(ImageFilesSource::isImage).sorted().toList();
        } catch (java.io.IOException e) {
            throw new CaptureException("Cannot list folder " + folder + ": " + e.getMessage(), e);
        }
        if (images.isEmpty()) {
            throw new CaptureException("Folder " + folder + " holds no images (" + String.join(", ", EXTENSIONS)
                    + "): give RepCam a video, an image or a folder of images.");
        }
        try (Mat first = decode(images.get(0))) {
            return new ImageFilesSource(folder.toString(), images, first.cols(), first.rows(), !sequence);
        }
    }

    static boolean isImage(Path p) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static Mat decode(Path file) throws CaptureException {
        Mat image = opencv_imgcodecs.imread(file.toString(), opencv_imgcodecs.IMREAD_COLOR);
        if (image == null || image.empty()) {
            if (image != null) {
                image.close();
            }
            throw new CaptureException(file + " cannot be decoded as an image: the file is damaged or not an "
                    + "image. Use a PNG or JPEG file.");
        }
        if (Math.min(image.cols(), image.rows()) < VideoStreamFacts.MIN_SIDE) {
            String size = image.cols() + "x" + image.rows();
            image.close();
            throw new CaptureException(file + " is only " + size + " pixels: RepCam needs at least "
                    + VideoStreamFacts.MIN_SIDE + " pixels on each side to find a person in a picture.");
        }
        return image;
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public Optional<VideoFrame> next() throws CaptureException {
        if (position >= files.size()) {
            return Optional.empty();
        }
        int i = position++;
        return Optional.of(new VideoFrame(i, Math.round(i * 1e6 / NOMINAL_FPS), decode(files.get(i))));
    }

    @Override
    public void close() {
        // nothing held open between frames
    }
}
