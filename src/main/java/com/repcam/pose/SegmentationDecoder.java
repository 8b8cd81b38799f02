package com.repcam.pose;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/** Turns the crop's segmentation logits into person probabilities over the whole image. */
final class SegmentationDecoder {

    private SegmentationDecoder() {
    }

    static SegmentationMask toImage(float[] logits, Roi roi, int imageWidth, int imageHeight) {
        int crop = LandmarkTranslator.INPUT_SIZE;
        float[] probabilities = new float[crop * crop];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = (float) DetectionDecoder.sigmoid(logits[i]);
        }
        try (Mat cropMask = new Mat(crop, crop, CV_32F);
             Mat imageMask = new Mat();
             Mat affine = new Mat(2, 3, CV_64F);
             Size size = new Size(imageWidth, imageHeight);
             Scalar zero = new Scalar(0, 0, 0, 0)) {
            FloatBuffer in = cropMask.createBuffer();
            in.put(probabilities);
            DoubleBuffer m = affine.createBuffer();
            m.put(RoiGeometry.cropToImage(roi, crop));
            warpAffine(cropMask, imageMask, affine, size, INTER_LINEAR, BORDER_CONSTANT, zero);
            float[] out = new float[imageWidth * imageHeight];
            FloatBuffer buffer = imageMask.createBuffer();
            buffer.get(out);
            return new SegmentationMask(imageWidth, imageHeight, out);
        }
    }
}
