import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a landmark model's time goes, operator by operator, with libtorch's own profiler: times the model alone on
 * one 256x256 input (no decoding, no pre- or post-processing), then profiles a few more calls and prints the
 * operators that took longest per call. A lead for converter work; `repcam bench` and `repcam bench-analyze` are the
 * figures to quote.
 *   java -cp target/repcam.jar tools/bench/ModelProfile.java [MODEL.pt] [THREADS] [TRACE.json]
 * (defaults: models/pose_landmark_full.pt, 1 thread, out/bench/model-profile.json)
 */
public class ModelProfile {
    private static final int WARM_UP_CALLS = 50;
    private static final int TIMED_CALLS = 200;
    private static final int PROFILED_CALLS = 20;
    private static final int OPERATORS_SHOWN = 15;

    public static void main(String[] args) throws Exception {
        Path modelFile = Path.of(args.length > 0 ? args[0] : "models/pose_landmark_full.pt");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path trace = Path.of(args.length > 2 ? args[2] : "out/bench/model-profile.json");
        if (!Files.isRegularFile(modelFile)) {
            System.err.println(modelFile + ": no such model file (run from the repository root, or name the .pt file)");
            System.exit(2);
        }
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
                .optModelPath(modelFile).optEngine("PyTorch").optTranslator(new NoopTranslator()).build();
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
             Predictor<NDList, NDList> predictor = model.newPredictor()) {
            JniUtils.setNumThreads(threads);
            NDManager manager = model.getNDManager();
            NDArray image = manager.randomUniform(0f, 1f, new Shape(1, 256, 256, 3));
            for (int i = 0; i < WARM_UP_CALLS; i++) {
                predictor.predict(new NDList(image)).close();
            }
            long[] nanos = new long[TIMED_CALLS];
            for (int i = 0; i < TIMED_CALLS; i++) {
                long start = System.nanoTime();
                predictor.predict(new NDList(image)).close();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("%s, %d libtorch thread(s): %d calls, median %.2f ms, p10 %.2f, p90 %.2f%n",
                    modelFile.getFileName(), threads, TIMED_CALLS, nanos[TIMED_CALLS / 2] / 1e6,
                    nanos[TIMED_CALLS / 10] / 1e6, nanos[TIMED_CALLS * 9 / 10] / 1e6);
            Files.createDirectories(trace.toAbsolutePath().getParent());
            JniUtils.startProfile(false, false, false);
            for (int i = 0; i < PROFILED_CALLS; i++) {
                predictor.predict(new NDList(image)).close();
            }
            JniUtils.stopProfile(trace.toString());
        }
        printOperators(trace);
    }

    /** Sums the trace's complete events by name; nested operators are counted inside their callers too. */
    private static void printOperators(Path trace) throws Exception {
        JsonNode root = new ObjectMapper().readTree(trace.toFile());
        JsonNode events = root.isArray() ? root : root.path("traceEvents");
        Map<String, double[]> byName = new HashMap<>();
        for (JsonNode event : events) {
            if ("X".equals(event.path("ph").asText()) && event.has("dur")) {
                double[] sum = byName.computeIfAbsent(event.path("name").asText(), name -> new double[2]);
                sum[0] += event.path("dur").asDouble();
                sum[1]++;
            }
        }
        System.out.printf("profiled %d calls (profiling adds overhead; nested operators are inside their callers)%n",
                PROFILED_CALLS);
        System.out.printf("%10s %8s  %s%n", "ms/call", "n/call", "operator");
        byName.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .limit(OPERATORS_SHOWN)
                .forEach(e -> System.out.printf("%10.2f %8.0f  %s%n", e.getValue()[0] / PROFILED_CALLS / 1000,
                        e.getValue()[1] / PROFILED_CALLS, e.getKey()));
        System.out.println("trace: " + trace + " (opens in chrome://tracing or Perfetto)");
    }
}
