package com.repcam.pose;

import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;

/**
 * Process-wide libtorch settings. DJL reads them from system properties when the engine first starts, so they are
 * set before any model loads; the intra-op thread count is applied again afterwards because a second tracker may
 * ask for a different one.
 */
final class TorchRuntime {

    private TorchRuntime() {
    }

    /** Before the first model loads: the CPU kernels checked and chosen ({@link CpuKernels}), then the settings. */
    static void prepare(int threads, Path modelsDir) {
        CpuKernels.choose(modelsDir);
        startSettings(threads);
    }

    /** The settings DJL reads when its engine starts. */
    static void startSettings(int threads) {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
    }

    static void applyThreads(int threads) {
        JniUtils.setNumThreads(threads);
    }
}
