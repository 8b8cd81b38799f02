package com.repcam.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionWindowTest {

    @Test
    void aNearlySquarePictureIsOnlySearchedWhole() {
        assertEquals(List.of(), DetectionWindow.parts(640, 480));
        assertEquals(new DetectionWindow(0, -80, 640), DetectionWindow.whole(640, 480));
    }

    @Test
    void theWholeLandscapePictureIsCentredWithBordersAboveAndBelow() {
        DetectionWindow box = DetectionWindow.whole(640, 480);
        assertEquals(640, box.side(), 0);
        assertEquals(0, box.left(), 0);
        assertEquals(-80, box.top(), 0);
        Detection d = box.toImagePixels(new Detection(1, 0, 0.125, 1, 0.875, new double[] {0.5, 0.5, 0, 0, 0, 0, 0, 0}));
        assertEquals(0, d.yMin(), 1e-9);
        assertEquals(480, d.yMax(), 1e-9);
        assertEquals(320, d.keypointX(0), 1e-9);
        assertEquals(240, d.keypointY(0), 1e-9);
    }

    @Test
    void tensorCornerPixelsSampleTheMatchingImagePoints() {
        double[] m = DetectionWindow.whole(480, 640).tensorToImage(224);
        // the centre of tensor pixel 0 is 0.5 * 640/224 into the square, minus the 80 px left border
        double k = 640.0 / 224;
        assertEquals(0.5 * k - 80 - 0.5, m[2], 1e-9);
        assertEquals(0.5 * k - 0.5, m[5], 1e-9);
        assertEquals(k, m[0], 1e-12);
    }

    @Test
    void aWidePictureIsAlsoSearchedInSquaresOfItsHeightHalfASquareApart() {
        List<DetectionWindow> parts = DetectionWindow.parts(1280, 480);
        assertEquals(List.of(new DetectionWindow(0, 0, 480), new DetectionWindow(200, 0, 480),
                new DetectionWindow(400, 0, 480), new DetectionWindow(600, 0, 480), new DetectionWindow(800, 0, 480)),
                parts);
        // anything up to half a window wide lies whole inside one of them, wherever it is
        for (int x = 0; x + 240 <= 1280; x += 10) {
            int from = x;
            assertTrue(parts.stream().anyMatch(w -> w.left() <= from && from + 240 <= w.left() + w.side()),
                    "a 240 px person at x=" + x);
        }
    }

    @Test
    void a16by9PictureGetsThreeWindowsAndATallOneWindowsDownItsHeight() {
        List<DetectionWindow> wide = DetectionWindow.parts(1280, 720);
        assertEquals(List.of(new DetectionWindow(0, 0, 720), new DetectionWindow(280, 0, 720),
                new DetectionWindow(560, 0, 720)), wide);
        List<DetectionWindow> tall = DetectionWindow.parts(480, 1280);
        assertEquals(new DetectionWindow(0, 800, 480), tall.get(tall.size() - 1));
    }

    @Test
    void aSmallPersonIsSearchedForInWindowsTwoThirdsOfTheShortSideHalfAWindowApart() {
        List<DetectionWindow> zoomed = DetectionWindow.zoomed(480, 360);
        assertEquals(List.of(new DetectionWindow(0, 0, 240), new DetectionWindow(120, 0, 240),
                new DetectionWindow(240, 0, 240), new DetectionWindow(0, 120, 240), new DetectionWindow(120, 120, 240),
                new DetectionWindow(240, 120, 240)), zoomed);
        // anything up to half a window across lies whole inside one of them, wherever it is
        for (int x = 0; x + 120 <= 480; x += 10) {
            for (int y = 0; y + 120 <= 360; y += 10) {
                int fx = x;
                int fy = y;
                assertTrue(zoomed.stream().anyMatch(w -> w.left() <= fx && fx + 120 <= w.left() + w.side()
                        && w.top() <= fy && fy + 120 <= w.top() + w.side()), "a 120 px person at " + x + "," + y);
            }
        }
        assertEquals(10, DetectionWindow.zoomed(1280, 720).size());
    }

    @Test
    void aDetectionInAWindowIsMappedBackToThePicture() {
        DetectionWindow w = new DetectionWindow(640, -80, 640);
        Detection d = w.toImagePixels(new Detection(0.9, 0.25, 0.25, 0.75, 0.75, new double[] {0.5, 0.5, 0.5, 0, 0, 0,
            0, 0}));
        assertEquals(800, d.xMin(), 1e-9);
        assertEquals(80, d.yMin(), 1e-9);
        assertEquals(960, d.keypointX(0), 1e-9);
        assertEquals(240, d.keypointY(0), 1e-9);
        assertEquals(-80, d.keypointY(1), 1e-9);
    }

    @Test
    void ofSeveralPeopleTheLargestIsFollowedAndOfEqualOnesTheMostCentral() {
        Detection small = person(200, 240, 60);
        Detection large = person(1000, 240, 120);
        assertEquals(large, ExerciserChoice.choose(List.of(small, large), 1280, 480));
        Detection edge = person(100, 240, 118);
        Detection middle = person(700, 240, 110);
        assertEquals(middle, ExerciserChoice.choose(List.of(edge, middle), 1280, 480));
    }

    private static Detection person(double hipX, double hipY, double radius) {
        return new Detection(0.9, hipX - radius, hipY - radius, hipX + radius, hipY + radius,
                new double[] {hipX, hipY, hipX, hipY - radius, 0, 0, 0, 0});
    }

    @Test
    void theWindowAroundWhereAPersonWasSeenIsCentredThereAndHalfAsLargeAgainNoLargerThanThePicture() {
        assertEquals(new DetectionWindow(400 - 150, 300 - 150, 300), DetectionWindow.around(new Roi(400, 300, 200, 1.0),
                640, 480));
        assertEquals(new DetectionWindow(320 - 320, 240 - 320, 640), DetectionWindow.around(new Roi(320, 240, 600, 0),
                640, 480));
    }
}
