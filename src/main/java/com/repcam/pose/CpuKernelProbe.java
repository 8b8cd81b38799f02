package com.repcam.pose;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Run by {@link CpuKernels} in a JVM of its own, with the environment it is given: loads the detector and checks it
 * on its reference input with one and with two libtorch threads (libtorch picks other kernels for each). Exits 0
 * when right, {@link #WRONG} when wrong (printing what was wrong), {@link #FAILED} when it could not check.
 */
public final class CpuKernelProbe {

    static final int WRONG = 3;
    /** Starts the probe's own lines among what libtorch and DJL print. */
    static final String SAYS = "probe: ";
    static final int FAILED = 2;

    private CpuKernelProbe() {
    }

    /** @param args the models folder */
    public static void main(String[] args) {
        try {
            Path file = ModelFiles.open(Path.of(args[0])).verified(PoseTracker.DETECTOR, DetectorTranslator.OUTPUTS);
            TorchRuntime.startSettings(2);
            try (TorchScriptModel<FloatBuffer, RawDetections> detector = TorchScriptModel.load(file, FloatBuffer.class,
                    RawDetections.class, new DetectorTranslator())) {
                for (int threads = 1; threads <= 2; threads++) {
                    TorchRuntime.applyThreads(threads);
                    Optional<String> wrong = CpuKernelCheck.mismatch(detector::predict);
                    if (wrong.isPresent()) {
                        System.out.println(SAYS + wrong.get() + " (" + threads + " libtorch thread" + (threads > 1 ? "s" : "")
                                + ")");
                        System.exit(WRONG);
                    }
                }
            }
            System.exit(0);
        } catch (Exception | LinkageError e) {
            System.out.println(SAYS + "could not check: " + e);
            System.exit(FAILED);
        }
    }
}
