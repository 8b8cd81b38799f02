package com.repcam.pose;

import static org.bytedeco.opencv.global.opencv_core.CV_32FC3;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2RGB;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.WARP_INVERSE_MAP;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Samples a square model input from a BGR image through an affine map (bilinear), converts it to RGB floats in
 * the model's value range and exposes it as an NHWC float buffer. Reuses its native buffers from frame to frame:
 * the returned buffer is valid until the next call. Not thread-safe.
 */
final class ImageTensor implements AutoCloseable {

    private final int size;
    private final double scale;
    private final double offset;
    private final int borderMode;
    private final Size dsize;
    private final Mat affine = new Mat(2, 3, CV_64F);
    private final Mat warped = new Mat();
    private final Mat rgb = new Mat();
    private final Mat floats = new Mat();
    private final Scalar black = new Scalar(0, 0, 0, 0);

    /**
     * @param size       side of the square input, pixels
     * @param rangeMin   value of a black pixel
     * @param rangeMax   value of a white pixel
     * @param borderMode OpenCV border mode for samples outside the image
     */
    ImageTensor(int size, double rangeMin, double rangeMax, int borderMode) {
        this.size = size;
        this.scale = (rangeMax - rangeMin) / 255.0;
        this.offset = rangeMin;
        this.borderMode = borderMode;
        this.dsize = new Size(size, size);
    }

    int size() {
        return size;
    }

    /**
     * Fills the tensor: input pixel (x, y) takes the image at {@code tensorToImage} applied to (x, y).
     *
     * @param tensorToImage 2x3 affine matrix, row-major, from tensor pixel indices to image pixel indices
     */
    FloatBuffer sample(Mat bgr, double[] tensorToImage) {
        DoubleBuffer m = affine.createBuffer();
        m.put(0, tensorToImage);
        warpAffine(bgr, warped, affine, dsize, INTER_LINEAR | WARP_INVERSE_MAP, borderMode, black);
        cvtColor(warped, rgb, COLOR_BGR2RGB);
        rgb.convertTo(floats, CV_32FC3, scale, offset);
        FloatBuffer buffer = floats.createBuffer();
        return buffer;
    }

    @Override
    public void close() {
        floats.close();
        rgb.close();
        warped.close();
        affine.close();
        dsize.close();
        black.close();
    }
}
