package com.repcam.signal;

import com.repcam.pose.BodyLandmark;
import java.util.Locale;
import java.util.Optional;

/**
 * A landmark named the way exercise definitions name it: either sideless ({@code shoulder}, resolved to the side
 * that faces the camera) or with its side ({@code left_shoulder}), or a midline point ({@code nose}).
 */
public record Joint(String name, Optional<Side> fixedSide) {

    /** Parses {@code shoulder}, {@code left_shoulder}, {@code nose}...; empty when it names no landmark. */
    public static Optional<Joint> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (BodyLandmark.fromJsonName(n).isPresent()) {
            Optional<Side> side = n.startsWith("left_") || n.endsWith("_left") ? Optional.of(Side.LEFT)
                    : n.startsWith("right_") || n.endsWith("_right") ? Optional.of(Side.RIGHT) : Optional.empty();
            return Optional.of(new Joint(n, side));
        }
        if (n.equals("mouth") || BodyLandmark.fromJsonName("left_" + n).isPresent()) {
            return Optional.of(new Joint(n, Optional.empty()));
        }
        return Optional.empty();
    }

    /** The landmark on the given side (ignored for fixed-side and midline joints). */
    public BodyLandmark on(Side side) {
        if (!hasBothSides()) {
            return BodyLandmark.fromJsonName(name).orElseThrow();
        }
        if (name.equals("mouth")) {
            return side == Side.LEFT ? BodyLandmark.MOUTH_LEFT : BodyLandmark.MOUTH_RIGHT;
        }
        return BodyLandmark.fromJsonName((side == Side.LEFT ? "left_" : "right_") + name).orElseThrow();
    }

    /**
     * True for a sideless name with a landmark on each side ({@code shoulder}), false for a midline or fixed-side
     * one ({@code nose}, {@code left_hip}).
     */
    public boolean hasBothSides() {
        return fixedSide.isEmpty() && BodyLandmark.fromJsonName(name).isEmpty();
    }

    @Override
    public String toString() {
        return name;
    }
}
