package com.repcam.signal;

import java.util.Locale;

/** Where the camera looks at the person from. */
public enum ViewKind {
    /** Side on: the shoulder line points at the camera (within about 30 degrees). */
    SIDE,
    /** Between side and front. */
    OBLIQUE,
    /** Face on or from behind: the shoulder line lies across the picture (within about 25 degrees). */
    FRONT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
