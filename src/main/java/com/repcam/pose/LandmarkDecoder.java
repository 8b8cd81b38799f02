package com.repcam.pose;

/**
 * Turns the landmark model's raw outputs for one crop into image-space points: crop pixels to normalised crop
 * coordinates, heatmap refinement, projection through the ROI back into the image (MediaPipe's
 * LandmarkProjectionCalculator: z scales like x), sigmoid visibility and presence, and world landmarks rotated
 * back by the ROI angle.
 */
final class LandmarkDecoder {

    private LandmarkDecoder() {
    }

    /**
     * All 39 points in image space: per point x, y (normalised to image width and height), z (normalised like
     * x), visibility and presence probabilities.
     */
    static double[] imagePoints(RawLandmarks raw, Roi roi, int imageWidth, int imageHeight) {
        int n = RawLandmarks.POINTS;
        int v = RawLandmarks.VALUES_PER_POINT;
        double crop = LandmarkTranslator.INPUT_SIZE;
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = raw.landmarks()[i * v] / crop;
            xy[2 * i + 1] = raw.landmarks()[i * v + 1] / crop;
        }
        HeatmapRefiner.refine(xy, raw.heatmap(), RawLandmarks.HEATMAP_SIZE, n);
        double[] out = new double[n * v];
        for (int i = 0; i < n; i++) {
            double[] p = RoiGeometry.cropPointToImage(roi, xy[2 * i], xy[2 * i + 1]);
            out[i * v] = p[0] / imageWidth;
            out[i * v + 1] = p[1] / imageHeight;
            out[i * v + 2] = raw.landmarks()[i * v + 2] / crop * roi.size() / imageWidth;
            out[i * v + 3] = DetectionDecoder.sigmoid(raw.landmarks()[i * v + 3]);
            out[i * v + 4] = DetectionDecoder.sigmoid(raw.landmarks()[i * v + 4]);
        }
        return out;
    }

    /** The first 33 world points (x, y, z in metres), rotated back by the ROI's rotation about the z axis. */
    static double[] worldPoints(RawLandmarks raw, Roi roi) {
        double cos = Math.cos(roi.rotation());
        double sin = Math.sin(roi.rotation());
        double[] out = new double[BodyLandmark.COUNT * 3];
        for (int i = 0; i < BodyLandmark.COUNT; i++) {
            double x = raw.world()[3 * i];
            double y = raw.world()[3 * i + 1];
            out[3 * i] = cos * x - sin * y;
            out[3 * i + 1] = sin * x + cos * y;
            out[3 * i + 2] = raw.world()[3 * i + 2];
        }
        return out;
    }
}
