package com.repcam.pose;

import com.repcam.capture.VideoFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Turns video frames into poses the way MediaPipe's BlazePose graph does: the detector finds the person and an
 * aligned region of interest; the landmark model reads the rotated crop; while the pose flag stays at or above
 * 0.5 the next frame's region comes from this frame's alignment landmarks (33, 34) and the detector does not run
 * (once the person is lost, the detector runs, and for a while the landmark model also looks where they were);
 * the estimate is smoothed with One Euro filters over the frames' own timestamps. One instance per video stream;
 * not thread-safe.
 */
public final class PoseTracker implements AutoCloseable {

    static final String DETECTOR = "pose_detection";
    private static final double MIN_POSE_FLAG = 0.5;
    /**
     * While nobody is found in a video, an elongated picture is searched in parts only on every this many frames:
     * each search runs the detector three more times at 1280x720. Measured with {@code repcam bench} on an empty
     * 1280x720 clip (full model): 27-29 frames/s with no search in parts, 11.9 with one on every frame, 22-23 with
     * one on every fifth.
     */
    static final int PARTS_SEARCH_EVERY = 5;
    /**
     * For this long after the person was last found, a frame in which the whole picture shows nobody is searched
     * again in a window around where the person was ({@link PoseDetector#detect}): one detector run more per such
     * frame. A person half hidden (the head under a chair's seat, filmed from behind at an angle) is often found
     * there and not in the whole picture: on the rendered thoracic extension filmed 45 deg from behind (set4_02,
     * 227 frames) {@code eval} found nobody on 24 frames instead of 67 (README, "Finding the person again").
     * When the detector finds nobody there either, the landmark model looks at the person's last region itself:
     * the detector looks for a face, and with the head hidden behind a chair's back it finds nobody while the
     * body is still in view. On set4_02 the landmark model found the person there on 9 frames more (42 -> 33
     * without a person) and 4 of its 5 reps were counted instead of 2 (README, "Looking where the person was").
     */
    static final long LOOK_AGAIN_MICROS = 2_000_000;
    /**
     * Two bodies read by the landmark model are one when this share of the smaller one's box or more lies within
     * the other's ({@link BodyBox#overlap}).
     */
    private static final double SAME_BODY_OVERLAP = 0.8;
    private static final int CENTER_POINT = 33;
    private static final int SCALE_POINT = 34;

    private final PoseOptions options;
    private final PoseDetector detector;
    private final LandmarkEstimator landmarks;
    private final PoseSmoothing smoothing = new PoseSmoothing();
    private final StageClock clock = new StageClock();
    private final LowLightCorrection lowLight = new LowLightCorrection();
    private Roi trackedRoi;
    /** The landmark model's region on the last frame the person was found, and that frame's time. */
    private Roi lastSeenRoi;
    private long lastSeenMicros;
    private int lastPeopleDetected = -1;
    /** Frames in a row in which nobody was found (video tracking). */
    private long framesWithNobody;

    private PoseTracker(PoseOptions options, PoseDetector detector, LandmarkEstimator landmarks) {
        this.options = options;
        this.detector = detector;
        this.landmarks = landmarks;
    }

    /** Loads the detector and the chosen landmark model after checking them against the manifest. */
    public static PoseTracker open(PoseOptions options) throws ModelFileException {
        ModelFiles files = ModelFiles.open(options.modelsDir());
        var detectorFile = files.verified(DETECTOR, DetectorTranslator.OUTPUTS);
        var landmarkFile = files.verified(options.model().modelName(), LandmarkTranslator.FORWARD_OUTPUTS);
        TorchRuntime.prepare(options.threads(), options.modelsDir());
        PoseDetector detector = new PoseDetector(detectorFile);
        try {
            Optional<String> wrong = detector.kernelMismatch();
            if (wrong.isPresent()) {
                throw new ModelFileException("The pose models compute wrong results on this machine (" + wrong.get()
                        + "): libtorch's CPU kernels do not suit this CPU. Set " + CpuKernels.ISA_VARIABLE + "="
                        + CpuKernels.SAFE_ISA + " (or SSE41) in the environment and run again.");
            }
            LandmarkEstimator estimator = new LandmarkEstimator(landmarkFile, options.segmentation());
            TorchRuntime.applyThreads(options.threads());
            return new PoseTracker(options, detector, estimator);
        } catch (ModelFileException | RuntimeException e) {
            detector.close();
            throw e;
        }
    }

    public PoseOptions options() {
        return options;
    }

    /**
     * A tracker of its own (no person yet, its own smoothing) over the same loaded models, for tracking another
     * part of a video on another thread. Close it before this one.
     */
    public PoseTracker sibling() {
        return new PoseTracker(options, detector.sibling(), landmarks.sibling());
    }

    /**
     * Sets libtorch's intra-op threads for inference run by the calling thread (OpenMP keeps the setting per
     * thread), so that several trackers can run side by side on a thread each.
     */
    public static void useThreadsOnThisThread(int threads) {
        TorchRuntime.applyThreads(threads);
    }

    /** The pose in this frame; frames must arrive in timestamp order. The frame stays owned by the caller. */
    public PoseFrame process(VideoFrame frame) {
        clock.reset();
        clock.start();
        Mat bgr = frame.bgr();
        int width = bgr.cols();
        int height = bgr.rows();
        Roi roi = options.tracking() ? trackedRoi : null;
        boolean detectorChose = false;
        List<Detection> people = List.of();
        Detection chosen = null;
        if (roi == null) {
            boolean searchParts = !options.tracking() || framesWithNobody % PARTS_SEARCH_EVERY == 0;
            Optional<Roi> lastSeen = lookAgainAt(frame.timestampMicros());
            List<Detection> found = detector.detect(lowLight.apply(bgr), clock, lastSeen, searchParts);
            people = ExerciserChoice.distinct(found);
            lastPeopleDetected = people.size();
            if (!found.isEmpty()) {
                chosen = ExerciserChoice.choose(found, width, height);
                roi = regionOf(chosen);
                detectorChose = true;
            } else if (lastSeen.isPresent()) {
                roi = lastSeen.get(); // the landmark model looks where the person was last found
            } else {
                return lost(frame, width, height);
            }
        }
        RawLandmarks raw = landmarks.estimate(bgr, roi, clock);
        if (raw.poseFlag() < MIN_POSE_FLAG) {
            if (detectorChose) {
                lastPeopleDetected = 0; // what the detector took for the person is not one (the landmark model says)
            }
            clock.lap(StageClock.Stage.POSTPROCESS);
            return lost(frame, width, height);
        }
        double[] image = LandmarkDecoder.imagePoints(raw, roi, width, height);
        if (detectorChose && lastPeopleDetected > 1) {
            lastPeopleDetected = bodiesFound(bgr, people, chosen, BodyBox.of(image));
        }
        framesWithNobody = 0;
        Pose pose = decode(frame.timestampMicros(), raw, image, roi, width, height, bgr);
        clock.lap(StageClock.Stage.POSTPROCESS);
        return new PoseFrame(frame.index(), frame.timestampMicros(), width, height, Optional.of(pose));
    }

    /**
     * The points read through {@code roi} ({@code raw}, its image points already decoded into {@code image}, which
     * is averaged and smoothed in place), averaged with those read through the turned crops when the options ask
     * for more than one reading ({@link TurnedCrops}); the mask and pose flag are the region's own.
     */
    private Pose decode(long timeMicros, RawLandmarks raw, double[] image, Roi roi, int width, int height, Mat bgr) {
        double[] world = LandmarkDecoder.worldPoints(raw, roi);
        List<Roi> turned = TurnedCrops.extra(roi, options.cropReadings());
        for (Roi other : turned) {
            RawLandmarks more = landmarks.estimate(bgr, other, clock);
            TurnedCrops.add(image, LandmarkDecoder.imagePoints(more, other, width, height));
            TurnedCrops.add(world, LandmarkDecoder.worldPoints(more, other));
        }
        if (!turned.isEmpty()) {
            TurnedCrops.divide(image, turned.size() + 1);
            TurnedCrops.divide(world, turned.size() + 1);
        }
        int v = RawLandmarks.VALUES_PER_POINT;
        double[] alignment = {
            image[CENTER_POINT * v], image[CENTER_POINT * v + 1], image[CENTER_POINT * v + 2],
            image[SCALE_POINT * v], image[SCALE_POINT * v + 1], image[SCALE_POINT * v + 2]
        };
        if (options.tracking() && options.smoothing()) {
            smoothing.apply(timeMicros, width, height, image, world, alignment);
        }
        trackedRoi = RoiGeometry.fromAlignmentPoints(alignment[0] * width, alignment[1] * height,
                alignment[3] * width, alignment[4] * height);
        lastSeenRoi = trackedRoi;
        lastSeenMicros = timeMicros;
        List<Landmark> body = new ArrayList<>(BodyLandmark.COUNT);
        List<WorldLandmark> metric = new ArrayList<>(BodyLandmark.COUNT);
        for (int i = 0; i < BodyLandmark.COUNT; i++) {
            double visibility = image[i * v + 3];
            double presence = image[i * v + 4];
            body.add(new Landmark(image[i * v], image[i * v + 1], image[i * v + 2], visibility, presence));
            metric.add(new WorldLandmark(world[3 * i], world[3 * i + 1], world[3 * i + 2], visibility, presence));
        }
        Optional<SegmentationMask> mask = options.segmentation()
                ? Optional.of(SegmentationDecoder.toImage(raw.segmentation(), roi, width, height))
                : Optional.empty();
        return new Pose(body, metric, raw.poseFlag(), roi, mask);
    }

    private static Roi regionOf(Detection d) {
        return RoiGeometry.fromAlignmentPoints(d.keypointX(0), d.keypointY(0), d.keypointX(1), d.keypointY(1));
    }

    /**
     * How many different bodies the landmark model reads in the regions of the detector's {@code people} (one
     * detection each, {@link ExerciserChoice#distinct}): the chosen one's ({@code chosenBody}) and each other
     * person's in whose region it finds a body (pose flag 0.5) whose box lies less than {@link #SAME_BODY_OVERLAP}
     * within each one before it. On a video of one person the detector can find two, farther apart than
     * {@link ExerciserChoice} takes for one: on set4_02 (kneeling at a chair, filmed 45 deg from behind) mid-hips
     * 61 px apart at radii of 76-86 px, with no body in the second region; on the pool's chin-tucked thoracic clip,
     * mirrored, the second region holds a small body read on the chair's legs, 86-95% inside the person's box.
     */
    private int bodiesFound(Mat bgr, List<Detection> people, Detection chosen, BodyBox chosenBody) {
        int width = bgr.cols();
        int height = bgr.rows();
        List<BodyBox> bodies = new ArrayList<>();
        bodies.add(chosenBody);
        for (Detection other : people) {
            if (ExerciserChoice.samePerson(other, chosen)) {
                continue;
            }
            Roi region = regionOf(other);
            RawLandmarks raw = landmarks.estimate(bgr, region, clock);
            if (raw.poseFlag() < MIN_POSE_FLAG) {
                continue;
            }
            BodyBox box = BodyBox.of(LandmarkDecoder.imagePoints(raw, region, width, height));
            if (bodies.stream().allMatch(b -> b.overlap(box) < SAME_BODY_OVERLAP)) {
                bodies.add(box);
            }
        }
        return bodies.size();
    }

    /** Where to look again for a person lost recently (video tracking only), or empty. */
    private Optional<Roi> lookAgainAt(long timeMicros) {
        if (!options.tracking() || lastSeenRoi == null || timeMicros < lastSeenMicros
                || timeMicros - lastSeenMicros > LOOK_AGAIN_MICROS) {
            return Optional.empty();
        }
        return Optional.of(lastSeenRoi);
    }

    private PoseFrame lost(VideoFrame frame, int width, int height) {
        framesWithNobody++;
        trackedRoi = null;
        smoothing.reset();
        return new PoseFrame(frame.index(), frame.timestampMicros(), width, height, Optional.empty());
    }

    /**
     * Runs the detector and the landmark model a few times on a blank picture of this size, so that libtorch's
     * first-call work (memory, graph optimisation) is done before real frames arrive: a live session then meets
     * its first frames at full speed. Tracking state is not touched.
     */
    public void warmUp(int width, int height, int times) {
        try (Mat blank = new Mat(height, width, org.bytedeco.opencv.global.opencv_core.CV_8UC3,
                new org.bytedeco.opencv.opencv_core.Scalar(90, 90, 90, 0))) {
            Roi centre = new Roi(width / 2.0, height / 2.0, Math.min(width, height), 0);
            for (int i = 0; i < times; i++) {
                StageClock scratch = new StageClock();
                scratch.start();
                detector.detect(blank, scratch, Optional.empty(), true);
                landmarks.estimate(blank, centre, scratch);
            }
        }
    }

    /** Time spent in each stage by the last {@link #process} call. */
    public StageTimes lastStageTimes() {
        return clock.times();
    }

    /**
     * How many different people were found the last time the detector ran (-1 before it first ran): 0 when it
     * found nobody (the person may still be found where they were last seen: {@link #LOOK_AGAIN_MICROS}) or the
     * landmark model found no body where it chose, 1 when it found one, and when it found several
     * ({@link ExerciserChoice#distinct}) the bodies the landmark model reads in their regions, one body read
     * twice counting once ({@link #bodiesFound}). BlazePose follows one person ({@link ExerciserChoice}: the
     * largest, then the most central); more than one means the count may follow the wrong person.
     */
    public int lastPeopleDetected() {
        return lastPeopleDetected;
    }

    /** Forgets the tracked person and the smoothing state: the next frame starts from the detector. */
    public void reset() {
        framesWithNobody = 0;
        trackedRoi = null;
        lastSeenRoi = null;
        smoothing.reset();
    }

    @Override
    public void close() {
        lowLight.close();
        landmarks.close();
        detector.close();
    }
}
