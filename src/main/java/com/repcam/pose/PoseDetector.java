package com.repcam.pose;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Finds people in a whole image with the BlazePose detector: letterboxed 224x224 input in [-1, 1], anchor
 * decoding, weighted non-maximum suppression at IoU 0.3, letterbox removed.
 */
final class PoseDetector implements AutoCloseable {

    private static final double NMS_IOU = 0.3;

    private final TorchScriptModel<FloatBuffer, RawDetections> model;
    private final ImageTensor tensor = new ImageTensor(Anchors.INPUT_SIZE, -1.0, 1.0, BORDER_CONSTANT);
    private final DetectionDecoder decoder = new DetectionDecoder(Anchors.blazePose());
    private final WeightedNonMaxSuppression nms = new WeightedNonMaxSuppression(NMS_IOU);

    /** Loads the detector; libtorch's CPU kernels are checked first if nothing in this process did so yet. */
    PoseDetector(Path modelFile) throws ModelFileException {
        this(loadChecked(modelFile));
    }

    private static TorchScriptModel<FloatBuffer, RawDetections> loadChecked(Path modelFile)
            throws ModelFileException {
        CpuKernels.choose(modelFile.toAbsolutePath().getParent());
        return TorchScriptModel.load(modelFile, FloatBuffer.class, RawDetections.class, new DetectorTranslator());
    }

    private PoseDetector(TorchScriptModel<FloatBuffer, RawDetections> model) {
        this.model = model;
    }

    /** What the detector computes wrongly on this machine ({@link CpuKernelCheck}), or empty. */
    Optional<String> kernelMismatch() {
        return CpuKernelCheck.mismatch(model::predict);
    }

    /** Another detector over the same loaded model, for another thread. */
    PoseDetector sibling() {
        return new PoseDetector(model.sibling());
    }

    /**
     * People in the image, best first, in image pixels. The whole image is searched first; when nobody is found
     * there and a person was {@code lastSeen} (the landmark model's region on a recent frame), a window around that
     * region ({@link DetectionWindow#around}); when still nobody is found and {@code searchParts}, an elongated
     * image's overlapping parts ({@link DetectionWindow#parts}), and then smaller overlapping windows that see a
     * small person larger ({@link DetectionWindow#zoomed}).
     */
    List<Detection> detect(Mat bgr, StageClock clock, Optional<Roi> lastSeen, boolean searchParts) {
        List<Detection> people = detectIn(bgr, DetectionWindow.whole(bgr.cols(), bgr.rows()), clock);
        if (people.isEmpty() && lastSeen.isPresent()) {
            people = detectIn(bgr, DetectionWindow.around(lastSeen.get(), bgr.cols(), bgr.rows()), clock);
        }
        if (!people.isEmpty() || !searchParts) {
            return people;
        }
        people = detectInAll(bgr, DetectionWindow.parts(bgr.cols(), bgr.rows()), clock);
        return people.isEmpty() ? detectInAll(bgr, DetectionWindow.zoomed(bgr.cols(), bgr.rows()), clock) : people;
    }

    private List<Detection> detectInAll(Mat bgr, List<DetectionWindow> windows, StageClock clock) {
        List<Detection> found = new ArrayList<>();
        for (DetectionWindow w : windows) {
            found.addAll(detectIn(bgr, w, clock));
        }
        return found.size() < 2 ? found : nms.apply(found);
    }

    private List<Detection> detectIn(Mat bgr, DetectionWindow window, StageClock clock) {
        FloatBuffer input = tensor.sample(bgr, window.tensorToImage(Anchors.INPUT_SIZE));
        clock.lap(StageClock.Stage.PREPROCESS);
        RawDetections raw = model.predict(input);
        clock.lap(StageClock.Stage.DETECTOR);
        List<Detection> people = new ArrayList<>();
        for (Detection d : nms.apply(decoder.decode(raw.boxes(), raw.scores()))) {
            people.add(window.toImagePixels(d));
        }
        clock.lap(StageClock.Stage.POSTPROCESS);
        return people;
    }

    @Override
    public void close() {
        tensor.close();
        model.close();
    }
}
