package com.repcam.signal;

/** A side of the body, the person's own. */
public enum Side {
    LEFT, RIGHT;

    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
