package com.repcam.overlay;

import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.getTextSize;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/** Writes a line of text on a dark box so it reads on any background. */
public final class TextPainter {

    /**
     * @param x     left edge, pixels
     * @param y     baseline, pixels
     * @param scale OpenCV font scale (1.0 is about 22 px high)
     * @param bgr   text colour
     */
    public void paint(Mat frame, String text, int x, int y, double scale, double[] bgr) {
        paint(frame, text, x, y, scale, bgr, Math.max(1, (int) Math.round(scale * 2)));
    }

    /** The same with a chosen stroke width in pixels (thicker reads better from across a room). */
    public void paint(Mat frame, String text, int x, int y, double scale, double[] bgr, int thickness) {
        int[] baseline = new int[1];
        try (Size size = getTextSize(text, FONT_HERSHEY_SIMPLEX, scale, thickness, baseline);
             Point a = new Point(x - 4, y - size.height() - 6);
             Point b = new Point(x + size.width() + 4, y + baseline[0] + 2);
             Scalar box = new Scalar(20, 20, 20, 0);
             Point at = new Point(x, y);
             Scalar colour = new Scalar(bgr[0], bgr[1], bgr[2], 0)) {
            rectangle(frame, a, b, box, FILLED, LINE_AA, 0);
            putText(frame, text, at, FONT_HERSHEY_SIMPLEX, scale, colour, thickness, LINE_AA, false);
        }
    }
}
