package com.repcam.live;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imwrite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.exercise.NotChecked;
import com.repcam.overlay.CoachingPainter;
import com.repcam.signal.ViewKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live window's picture says which form rules the view does not let RepCam judge, under the phase, so a person
 * with the sound off is told too: painted on a plain frame and read back with Tesseract OCR (Debian's tesseract-ocr,
 * which tools/setup.sh installs).
 */
class LiveOverlayTest {

    private static final int W = 640;
    private static final int H = 480;

    @TempDir
    Path dir;

    private static LiveOverlay.State state(List<NotChecked> notChecked) {
        return new LiveOverlay.State(new CoachingPainter.State(4, 25, "rest", List.of(), Set.of(), notChecked),
                "Upper Back Thoracic Extension", null, null, List.of());
    }

    private static Mat paint(LiveOverlay.State state) {
        Mat frame = new Mat(H, W, opencv_core.CV_8UC3, new Scalar(170, 170, 170, 0));
        new LiveOverlay().paint(frame, null, true, state);
        return frame;
    }

    @Test
    void rulesNotCheckableFromThisViewAreWrittenUnderThePhase() throws Exception {
        Set<ViewKind> side = Set.of(ViewKind.SIDE);
        Mat told = paint(state(List.of(NotChecked.filmedFrom("head_up", ViewKind.OBLIQUE, side),
                NotChecked.filmedFrom("chin_tucked", ViewKind.OBLIQUE, side))));
        Mat plain = paint(state(List.of()));
        Mat blank = new Mat(H, W, opencv_core.CV_8UC3, new Scalar(170, 170, 170, 0));
        Rect band = new Rect(0, 143, W, 57); // below the exercise and phase line (its box ends at 141 px)
        assertEquals(0, differing(new Mat(plain, band), new Mat(blank, band)),
                "nothing under the phase when every rule is checked");
        assertTrue(differing(new Mat(told, band), new Mat(blank, band)) > 1000, "the notes are drawn");
        String read = ocr(new Mat(told, new Rect(0, 140, W, 60))).replaceAll("\\s+", " ");
        assertTrue(read.contains("head up: not checked from here (film from the side)"), read);
        assertTrue(read.contains("chin tucked: not checked from here (film from the side)"), read);
    }

    private static int differing(Mat a, Mat b) {
        try (Mat diff = new Mat(); Mat grey = new Mat()) {
            opencv_core.absdiff(a, b, diff);
            org.bytedeco.opencv.global.opencv_imgproc.cvtColor(diff, grey,
                    org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY);
            return opencv_core.countNonZero(grey);
        }
    }

    /** Light-on-dark text made dark-on-light and twice the size, read as a block. */
    private String ocr(Mat region) throws Exception {
        Path png = dir.resolve("band.png");
        Path big = dir.resolve("band-big.png");
        assertTrue(imwrite(png.toString(), region));
        run("convert", png.toString(), "-colorspace", "Gray", "-negate", "-resize", "200%", "-bordercolor", "white",
                "-border", "20", big.toString());
        return run("tesseract", big.toString(), "-", "--psm", "6");
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": "
                + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return out;
    }
}
