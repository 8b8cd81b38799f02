package com.repcam.pose;

import java.util.Locale;

/** Which BlazePose landmark model to run: lite is fastest, heavy is most accurate. */
public enum ModelVariant {
    LITE, FULL, HEAVY;

    /** File-name stem of the TorchScript landmark model, e.g. {@code pose_landmark_full}. */
    public String modelName() {
        return "pose_landmark_" + name().toLowerCase(Locale.ROOT);
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
