package com.repcam.pose;

import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import org.bytedeco.opencv.opencv_core.Mat;

/** Runs a landmark model on the rotated 256x256 crop of a region of interest (RGB in [0, 1], border replicated). */
final class LandmarkEstimator implements AutoCloseable {

    private final TorchScriptModel<FloatBuffer, RawLandmarks> model;
    private final ImageTensor tensor =
            new ImageTensor(LandmarkTranslator.INPUT_SIZE, 0.0, 1.0, BORDER_REPLICATE);

    LandmarkEstimator(Path modelFile, boolean segmentation) throws ModelFileException {
        this(TorchScriptModel.load(modelFile, FloatBuffer.class, RawLandmarks.class,
                new LandmarkTranslator(segmentation)));
    }

    private LandmarkEstimator(TorchScriptModel<FloatBuffer, RawLandmarks> model) {
        this.model = model;
    }

    /** Another estimator over the same loaded model, for another thread. */
    LandmarkEstimator sibling() {
        return new LandmarkEstimator(model.sibling());
    }

    RawLandmarks estimate(Mat bgr, Roi roi, StageClock clock) {
        FloatBuffer input = tensor.sample(bgr, RoiGeometry.cropToImage(roi, LandmarkTranslator.INPUT_SIZE));
        clock.lap(StageClock.Stage.PREPROCESS);
        RawLandmarks raw = model.predict(input);
        clock.lap(StageClock.Stage.LANDMARK);
        return raw;
    }

    @Override
    public void close() {
        tensor.close();
        model.close();
    }
}
