package com.repcam.learn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body measurements a repeated movement is looked for in, as an exercise file writes them: the main joint
 * angles, the trunk's and the thigh's incline, the hands' and the hips' height, and the neck line. Sideless
 * landmarks resolve to the side nearer the camera, so the same candidates serve a person facing either way.
 */
final class CandidateSignals {

    /**
     * Name to the YAML that defines it, in the order they are preferred when several move about as regularly and as
     * clearly: the trunk's and the thigh's incline before the joint angles.
     */
    static final Map<String, String> YAML;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("trunk_incline", "{incline: [hip, shoulder]}");
        m.put("thigh_incline", "{incline: [knee, hip]}");
        m.put("elbow_angle", "{angle: [shoulder, elbow, wrist]}");
        m.put("shoulder_angle", "{angle: [hip, shoulder, elbow]}"); // 0-180: a full circle depends on the facing
        m.put("hip_angle", "{angle: [shoulder, hip, knee]}");
        m.put("knee_angle", "{angle: [hip, knee, ankle]}");
        m.put("wrist_height", "{height: [wrist, shoulder], scale: [shoulder, hip]}");
        m.put("hip_height", "{height: [hip, ankle], scale: [shoulder, hip]}");
        m.put("neck", "{line_deviation: [hip, shoulder, ear]}");
        YAML = Collections.unmodifiableMap(m);
    }

    /** Smallest rest-to-depth movement worth counting, in each unit (the rendered samples' reps move 3-30 deg). */
    static final Map<String, Double> MIN_RANGE = Map.of("deg", 2.5, "body", 0.04);

    /**
     * How far beyond the demonstration's exercising range the set-up position still holds, in each unit: another
     * person or camera starts a little elsewhere (the samples' start positions differ by up to 5 deg between
     * views), while standing up while walking in or out is much further away (tens of degrees).
     */
    static final Map<String, Double> POSTURE_MARGIN = Map.of("deg", 15.0, "body", 0.15);

    private CandidateSignals() {
    }
}
