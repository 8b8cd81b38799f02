import com.repcam.capture.FrameSource;
import com.repcam.capture.FrameSources;
import com.repcam.capture.VideoFrame;
import com.repcam.eval.ClipScore;
import com.repcam.eval.EvalClip;
import com.repcam.eval.EvalClips;
import com.repcam.eval.EvalSummary;
import com.repcam.eval.FaultTally;
import com.repcam.eval.RepSpan;
import com.repcam.eval.TruthFile;
import com.repcam.exercise.ExerciseCatalog;
import com.repcam.exercise.ExerciseDefinition;
import com.repcam.exercise.ExerciseTracker;
import com.repcam.cli.SignalTrace;
import com.repcam.exercise.Rep;
import com.repcam.pose.BodyLandmark;
import com.repcam.pose.Landmark;
import com.repcam.pose.ModelVariant;
import com.repcam.pose.Pose;
import com.repcam.pose.PoseFrame;
import com.repcam.pose.PoseOptions;
import com.repcam.pose.PoseTracker;
import com.repcam.pose.Roi;
import com.repcam.pose.WorldLandmark;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A tuning aid: the exercise layer run again over poses tracked once. The first run tracks every clip of an
 * evaluation folder (one frame after another, full model, as `analyze --strategy inline`) and keeps the poses in
 * CACHE/NAME.poses.gz; every later run reads them back, so a change to an exercise file or to the exercise code
 * is measured on a 60-clip set in seconds instead of many minutes. Prints what `repcam eval` prints (per clip,
 * overall, per view, per camera angle, per picture). `repcam eval` remains the figure to quote: it tracks in two
 * halves on two cores, which can move a count or a fault by a frame or two.
 *   java -cp "target/repcam.jar:target/lib/*" tools/measure/Replay.java SET_DIR CACHE_DIR
 *        [--exercise-file FILE]... [--trace DIR] [--only TEXT] [--no-smooth]
 */
public class Replay {

    public static void main(String[] args) throws Exception {
        System.setProperty("ai.djl.offline", "true");
        if (args.length < 2) {
            System.err.println("usage: Replay SET_DIR CACHE_DIR [--exercise-file FILE]... [--trace DIR] [--only TEXT]"
                    + " [--no-smooth]");
            System.exit(2);
        }
        Path set = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        List<Path> files = new ArrayList<>();
        Path traceDir = null;
        String only = null;
        boolean smooth = true;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--exercise-file" -> files.add(Path.of(args[++i]));
                case "--trace" -> traceDir = Path.of(args[++i]);
                case "--only" -> only = args[++i];
                case "--no-smooth" -> smooth = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(cache);
        ExerciseCatalog catalog = ExerciseCatalog.load(files);
        List<ClipScore> scores = new ArrayList<>();
        Map<String, List<ClipScore>> byView = new TreeMap<>();
        Map<String, List<ClipScore>> byAngle = new TreeMap<>();
        Map<String, List<ClipScore>> byPicture = new TreeMap<>();
        Map<String, List<ClipScore>> byExercise = new TreeMap<>();
        PoseTracker tracker = null;
        System.out.printf("%-52s %4s %7s %5s  %s%n", "clip", "true", "counted", "exact", "faults (TP/FP/FN)");
        for (EvalClip clip : EvalClips.find(set)) {
            if (only != null && !clip.name().contains(only)) {
                continue;
            }
            Path poses = cache.resolve(clip.name() + ".poses.gz");
            if (!Files.isRegularFile(poses)) {
                if (tracker == null) {
                    PoseOptions video = PoseOptions.video(ModelVariant.FULL, Path.of("models")).withThreads(2);
                    tracker = PoseTracker.open(new PoseOptions(video.model(), video.threads(), video.tracking(),
                            smooth, video.segmentation(), video.modelsDir()));
                }
                track(tracker, clip.video(), poses);
            }
            TruthFile truth = TruthFile.read(clip.truth());
            ExerciseDefinition definition = catalog.require(truth.exercise());
            ExerciseTracker exercise = new ExerciseTracker(definition);
            long frames = 0;
            long nobody = 0;
            try (SignalTrace trace = traceDir == null ? null : SignalTrace.open(
                    traceDir.resolve(clip.name() + ".signals.csv"), exercise)) {
                for (PoseFrame f : read(poses)) {
                    exercise.accept(f);
                    frames++;
                    nobody += f.pose().isEmpty() ? 1 : 0;
                    if (trace != null) {
                        trace.onPose(f);
                    }
                }
            }
            List<RepSpan> counted = new ArrayList<>();
            for (Rep r : exercise.reps()) {
                counted.add(RepSpan.counted(r));
            }
            ClipScore s = ClipScore.score(clip.name(), truth.reps(), counted, nobody, frames);
            scores.add(s);
            byView.computeIfAbsent(truth.camera().view(), k -> new ArrayList<>()).add(s);
            byAngle.computeIfAbsent(band(truth.camera().azimuthDegrees()), k -> new ArrayList<>()).add(s);
            byPicture.computeIfAbsent(truth.camera().picture(), k -> new ArrayList<>()).add(s);
            byExercise.computeIfAbsent(truth.exercise(), k -> new ArrayList<>()).add(s);
            System.out.printf("%-52s %4d %7d %5s  %s%n", clip.name(), s.trueCount(), s.counted(),
                    s.exact() ? "yes" : "NO", faults(s.faults()));
        }
        if (tracker != null) {
            tracker.close();
        }
        System.out.println(line("overall", scores));
        new EvalSummary(scores).faults().forEach((k, v) -> System.out.printf(Locale.ROOT,
                "  %-16s precision %s  recall %s  (TP %d, FP %d, FN %d)%n", k, ratio(v.precision()),
                ratio(v.recall()), v.truePositives(), v.falsePositives(), v.falseNegatives()));
        var timing = new EvalSummary(scores).timing();
        System.out.printf(Locale.ROOT, "  rep timing (%d matched, %d starts not seen left out; + late): start |err| "
                + "median %.2f s, p90 %.2f, median %+.2f; end |err| median %.2f s, p90 %.2f, median %+.2f%n",
                timing.reps(), timing.startsNotSeen(),
                timing.startError().median(), timing.startError().p90(), timing.startBias(),
                timing.endError().median(), timing.endError().p90(), timing.endBias());
        System.out.printf(Locale.ROOT, "  signed errors, 10th-90th percentile: start %+.2f to %+.2f s, end %+.2f to "
                + "%+.2f s%n", timing.startSigned().p10(), timing.startSigned().p90(), timing.endSigned().p10(),
                timing.endSigned().p90());
        for (var group : List.of(byExercise, byView, byAngle, byPicture)) {
            group.forEach((name, list) -> System.out.println(line("  " + name, list)));
        }
    }

    private static String line(String name, List<ClipScore> list) {
        EvalSummary sum = new EvalSummary(list);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-20s %2d clips, exact %d/%d, MAE %.3f",
                name, list.size(), sum.exactClips(), list.size(), sum.meanAbsoluteError()));
        sum.faults().forEach((k, v) -> sb.append("  ").append(k).append(" P ").append(ratio(v.precision()))
                .append(" R ").append(ratio(v.recall())));
        return sb.toString();
    }

    private static String band(double az) {
        double a = Math.abs(az);
        return Double.isNaN(a) ? "not said" : a <= 15 ? "0-15 deg" : a <= 30 ? "16-30 deg" : a <= 50 ? "31-50 deg"
                : "over 50 deg";
    }

    private static String faults(Map<String, FaultTally> faults) {
        StringBuilder sb = new StringBuilder();
        faults.forEach((k, v) -> sb.append(k).append(' ').append(v.truePositives()).append('/')
                .append(v.falsePositives()).append('/').append(v.falseNegatives()).append("  "));
        return sb.length() == 0 ? "-" : sb.toString().trim();
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? " n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Tracks every frame of a video, one after another, and keeps the poses (exact doubles). */
    private static void track(PoseTracker tracker, Path video, Path to) throws Exception {
        tracker.reset();
        Path part = to.resolveSibling(to.getFileName() + ".part");
        try (FrameSource source = FrameSources.open(video.toString(), 1, false);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                     new GZIPOutputStream(Files.newOutputStream(part))))) {
            for (Optional<VideoFrame> next = source.next(); next.isPresent(); next = source.next()) {
                try (VideoFrame frame = next.get()) {
                    write(out, tracker.process(frame));
                }
            }
        }
        Files.move(part, to);
        System.err.println("tracked " + video + " -> " + to);
    }

    private static void write(DataOutputStream out, PoseFrame f) throws Exception {
        out.writeLong(f.index());
        out.writeLong(f.timestampMicros());
        out.writeInt(f.width());
        out.writeInt(f.height());
        out.writeBoolean(f.pose().isPresent());
        if (f.pose().isEmpty()) {
            return;
        }
        Pose p = f.pose().get();
        out.writeDouble(p.score());
        Roi r = p.roi();
        for (double v : new double[] {r.centerX(), r.centerY(), r.size(), r.rotation()}) {
            out.writeDouble(v);
        }
        for (BodyLandmark b : BodyLandmark.values()) {
            Landmark l = p.landmark(b);
            for (double v : new double[] {l.x(), l.y(), l.z(), l.visibility(), l.presence()}) {
                out.writeDouble(v);
            }
            WorldLandmark w = p.world(b);
            for (double v : new double[] {w.x(), w.y(), w.z(), w.visibility(), w.presence()}) {
                out.writeDouble(v);
            }
        }
    }

    private static List<PoseFrame> read(Path file) throws Exception {
        List<PoseFrame> frames = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file))))) {
            while (true) {
                long index;
                try {
                    index = in.readLong();
                } catch (EOFException end) {
                    return frames;
                }
                long t = in.readLong();
                int w = in.readInt();
                int h = in.readInt();
                if (!in.readBoolean()) {
                    frames.add(new PoseFrame(index, t, w, h, Optional.empty()));
                    continue;
                }
                double score = in.readDouble();
                Roi roi = new Roi(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
                List<Landmark> lm = new ArrayList<>();
                List<WorldLandmark> world = new ArrayList<>();
                for (int i = 0; i < BodyLandmark.COUNT; i++) {
                    lm.add(new Landmark(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                            in.readDouble()));
                    world.add(new WorldLandmark(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                            in.readDouble()));
                }
                frames.add(new PoseFrame(index, t, w, h, Optional.of(new Pose(lm, world, score, roi,
                        Optional.empty()))));
            }
        }
    }
}
