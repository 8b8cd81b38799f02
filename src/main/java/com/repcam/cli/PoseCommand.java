package com.repcam.cli;

import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.capture.SourceInfo;
import com.repcam.capture.VideoFrame;
import com.repcam.output.AnnotatedVideoWriter;
import com.repcam.output.OutputException;
import com.repcam.output.PoseJsonWriter;
import com.repcam.overlay.SkeletonPainter;
import com.repcam.pose.ModelVariant;
import com.repcam.pose.PoseFrame;
import com.repcam.pose.PoseOptions;
import com.repcam.pose.PoseTracker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code repcam pose}: body landmarks for every frame of an image, a folder of images or a video. */
@Command(name = "pose", mixinStandardHelpOptions = true, version = "RepCam 0.1.0",
        description = "Finds the body pose in every frame and writes landmarks as JSON and/or draws the skeleton.")
final class PoseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", description = "An image, a folder of images, a video file, or /dev/videoN.")
    String input;

    @Mixin
    ModelChoice model;

    @Option(names = "--json", paramLabel = "OUT.json", description = "Write the landmarks (docs/pose-json.md).")
    Path json;

    @Option(names = "--draw", paramLabel = "OUT.png|OUT.mp4",
            description = "Draw the skeleton: an .mp4 video, or .png images (one input frame: OUT.png; several: "
                    + "OUT-<frame>.png each).")
    Path draw;

    @Option(names = "--static", description = "Treat every frame as a new still image (no tracking).")
    boolean stills;

    @Option(names = "--no-smooth", description = "Turn off temporal smoothing of the landmarks.")
    boolean noSmoothing;

    @Option(names = "--sequence", description = "A folder of images holds consecutive video frames: track them.")
    boolean sequence;

    @Option(names = "--stride", paramLabel = "K", defaultValue = "1",
            description = "Use every K-th frame of a video (default: ${DEFAULT-VALUE}).")
    int stride;

    @Mixin
    ModelOptions models;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ModelVariant variant = model.variant();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (FrameSource source = FrameSources.open(input, stride, sequence)) {
            SourceInfo info = source.info();
            boolean tracking = !stills && !info.stills();
            PoseOptions options = new PoseOptions(variant, models.threads, tracking, tracking && !noSmoothing,
                    false, models.modelsDir(), models.crops);
            long loadStarted = System.nanoTime();
            long started = 0;
            long frames = 0;
            long withPerson = 0;
            long severalPeopleAt = -1;
            try (PoseTracker tracker = PoseTracker.open(options);
                 Outputs outputs = new Outputs(json, draw, variant, info)) {
                started = System.nanoTime();
                for (Optional<VideoFrame> next = source.next(); next.isPresent(); next = source.next()) {
                    try (VideoFrame frame = next.get()) {
                        PoseFrame pose = tracker.process(frame);
                        frames++;
                        if (pose.pose().isPresent()) {
                            withPerson++;
                        }
                        if (severalPeopleAt < 0 && tracker.lastStageTimes().detectorRan()
                                && tracker.lastPeopleDetected() > 1) {
                            severalPeopleAt = frame.index();
                        }
                        outputs.write(frame, pose);
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            source.warnings().forEach(w -> err.println("repcam: warning: " + w));
            if (severalPeopleAt >= 0) {
                err.printf("repcam: warning: several people in view (first at frame %d): RepCam follows the "
                        + "largest, then the most central; keep only the exerciser in the picture.%n", severalPeopleAt);
            }
            out.printf("%s: %d frames, a person in %d; model %s loaded in %.1f s, frames processed in %.1f s "
                    + "(%.1f frames/s)%n", input, frames, withPerson, variant.cliName(),
                    (started - loadStarted) / 1e9, seconds, frames / Math.max(seconds, 1e-9));
            if (frames > 0 && withPerson == 0) {
                err.println("repcam: warning: nobody was found in " + input
                        + ": make sure the whole body is in the picture and well lit.");
            }
        }
        return ExitCodes.OK;
    }

    /** The optional JSON and drawing outputs of one run. */
    private static final class Outputs implements AutoCloseable {
        private final PoseJsonWriter json;
        private final Path draw;
        private final boolean video;
        private final boolean singleImage;
        private final SkeletonPainter painter = new SkeletonPainter();
        private AnnotatedVideoWriter writer;
        private final SourceInfo info;

        Outputs(Path json, Path draw, ModelVariant model, SourceInfo info) throws OutputException {
            this.json = json == null ? null : PoseJsonWriter.open(json, model.modelName(), info.description());
            this.draw = draw;
            this.info = info;
            this.video = draw != null && draw.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".mp4");
            this.singleImage = info.frameCount() == 1;
            if (draw != null && !video && !draw.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                throw new OutputException("--draw " + draw + ": use a file name ending in .png or .mp4", null);
            }
        }

        void write(VideoFrame frame, PoseFrame pose) throws OutputException {
            if (json != null) {
                json.write(pose);
            }
            if (draw == null) {
                return;
            }
            pose.pose().ifPresent(p -> painter.paint(frame.bgr(), p, Set.of()));
            if (video) {
                if (writer == null) {
                    writer = AnnotatedVideoWriter.open(draw, frame.width(), frame.height(), info.frameRate());
                }
                writer.write(frame.bgr(), frame.timestampMicros());
            } else {
                Path target = singleImage ? draw : numbered(draw, frame.index());
                if (!opencv_imgcodecs.imwrite(target.toString(), frame.bgr())) {
                    throw new OutputException("Cannot write " + target + ": check that the folder exists and "
                            + "can be written.", null);
                }
            }
        }

        private static Path numbered(Path png, long index) {
            String name = png.getFileName().toString();
            String stem = name.substring(0, name.length() - 4);
            return png.resolveSibling(String.format("%s-%06d.png", stem, index));
        }

        @Override
        public void close() throws OutputException {
            try {
                if (json != null) {
                    json.close();
                }
            } finally {
                if (writer != null) {
                    writer.close();
                }
            }
        }
    }
}
