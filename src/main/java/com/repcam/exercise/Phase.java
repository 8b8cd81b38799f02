package com.repcam.exercise;

/** Where the person is in the set. */
public enum Phase {
    /** Not yet in the set-up position (walking in, getting down), or lost: nothing counts. */
    WAITING,
    /** At the start position. */
    REST,
    /** Moving toward the target. */
    GOING,
    /** At or beyond the target. */
    TARGET,
    /** Coming back to the start position. */
    RETURNING
}
