package com.repcam.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the models, the samples and the Debian photos (installed by tools/setup.sh). */
public final class TestPaths {

    public static final Path OPENCV_DOC_DATA = Path.of("/usr/share/doc/opencv-doc/examples/data");

    private TestPaths() {
    }

    public static Path models() {
        return Path.of(System.getProperty("repcam.models", "models"));
    }

    public static Path samples() {
        return Path.of(System.getProperty("repcam.samples", "samples"));
    }

    /** A photo from Debian's opencv-doc package; fails with the fix when the package is missing. */
    public static Path debianPhoto(String name) {
        Path photo = OPENCV_DOC_DATA.resolve(name);
        assertTrue(Files.isRegularFile(photo),
                photo + " is missing: install Debian's opencv-doc package (tools/setup.sh does)");
        return photo;
    }
}
