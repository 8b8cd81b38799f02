package com.repcam.pose;

/**
 * The 33 body landmarks of BlazePose, in the model's output order (left before right).
 * "Left" and "right" are the person's own sides.
 */
public enum BodyLandmark {
    NOSE,
    LEFT_EYE_INNER, LEFT_EYE, LEFT_EYE_OUTER,
    RIGHT_EYE_INNER, RIGHT_EYE, RIGHT_EYE_OUTER,
    LEFT_EAR, RIGHT_EAR,
    MOUTH_LEFT, MOUTH_RIGHT,
    LEFT_SHOULDER, RIGHT_SHOULDER,
    LEFT_ELBOW, RIGHT_ELBOW,
    LEFT_WRIST, RIGHT_WRIST,
    LEFT_PINKY, RIGHT_PINKY,
    LEFT_INDEX, RIGHT_INDEX,
    LEFT_THUMB, RIGHT_THUMB,
    LEFT_HIP, RIGHT_HIP,
    LEFT_KNEE, RIGHT_KNEE,
    LEFT_ANKLE, RIGHT_ANKLE,
    LEFT_HEEL, RIGHT_HEEL,
    LEFT_FOOT_INDEX, RIGHT_FOOT_INDEX;

    /** Number of body landmarks; the model emits 39 points, of which the last 6 are auxiliary. */
    public static final int COUNT = 33;

    private static final BodyLandmark[] ALL = values();

    /** Lower-case name as used in JSON files and exercise definitions, e.g. {@code left_shoulder}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The landmark with the given JSON name, or empty when there is none. */
    public static java.util.Optional<BodyLandmark> fromJsonName(String name) {
        for (BodyLandmark landmark : ALL) {
            if (landmark.jsonName().equals(name)) {
                return java.util.Optional.of(landmark);
            }
        }
        return java.util.Optional.empty();
    }

    /** The same joint on the other side of the body (the nose maps to itself). */
    public BodyLandmark mirrored() {
        String n = name();
        if (n.startsWith("LEFT_")) {
            return valueOf("RIGHT_" + n.substring(5));
        } else if (n.startsWith("RIGHT_")) {
            return valueOf("LEFT_" + n.substring(6));
        } else if (n.endsWith("_LEFT")) {
            return valueOf(n.substring(0, n.length() - 5) + "_RIGHT");
        } else if (n.endsWith("_RIGHT")) {
            return valueOf(n.substring(0, n.length() - 6) + "_LEFT");
        }
        return this;
    }

    public static BodyLandmark byIndex(int index) {
        return ALL[index];
    }
}
