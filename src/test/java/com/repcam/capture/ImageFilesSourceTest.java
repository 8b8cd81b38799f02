package com.repcam.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.testing.TestVideos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesSourceTest {

    @TempDir
    Path dir;

    @Test
    void folderIsReadInFileNameOrderSkippingOtherFiles() throws Exception {
        for (int i : new int[] {3, 1, 2}) {
            try (Mat m = TestVideos.numberedFrame(i * 10, 64, 48)) {
                opencv_imgcodecs.imwrite(dir.resolve("f" + i + ".png").toString(), m);
            }
        }
        Files.writeString(dir.resolve("readme.txt"), "not an image");
        try (FrameSource source = FrameSources.open(dir.toString(), 1, false)) {
            assertEquals(3, source.info().frameCount());
            assertTrue(source.info().stills());
            for (int expected : new int[] {10, 20, 30}) {
                VideoFrame f = source.next().orElseThrow();
                var px = (org.bytedeco.javacpp.indexer.UByteIndexer) f.bgr().createIndexer();
                assertEquals(expected * 4 % 256, px.get(40, 60, 0), 1);
            }
            assertTrue(source.next().isEmpty());
        }
    }

    @Test
    void damagedImageIsRefusedNamingTheFile() throws Exception {
        Path bad = dir.resolve("broken.jpg");
        Files.write(bad, new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3});
        CaptureException e = assertThrows(CaptureException.class, () -> FrameSources.open(bad.toString(), 1, false));
        assertTrue(e.getMessage().contains(bad + " cannot be decoded"), e.getMessage());
    }

    @Test
    void folderWithoutImagesIsRefused() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "x");
        CaptureException e = assertThrows(CaptureException.class, () -> FrameSources.open(dir.toString(), 1, false));
        assertTrue(e.getMessage().contains("holds no images"), e.getMessage());
    }
}
