package com.repcam.signal;

/** Which coordinates a signal is computed in. */
public enum Space {
    /** Image pixels (x right, y down). */
    IMAGE,
    /** Metric world landmarks (3D, hip-centred). */
    WORLD
}
