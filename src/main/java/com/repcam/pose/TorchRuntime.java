package com.repcam.pose;

import ai.djl.pytorch.jni.JniUtils;

/**
 * Process-wide libtorch settings. DJL reads them from system properties when the engine first starts, so they are
 * set before any model loads; the intra-op thread count is applied again afterwards because a second tracker may
 * ask for a different one.
 */
final class TorchRuntime {

    private TorchRuntime() {
    }

    static void prepare(int threads) {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
    }

    static void applyThreads(int threads) {
        JniUtils.setNumThreads(threads);
    }
}
