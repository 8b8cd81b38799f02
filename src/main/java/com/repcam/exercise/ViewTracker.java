package com.repcam.exercise;

import com.repcam.signal.CameraView;

/**
 * Steadies the per-frame view estimate: the view in use changes only when a different one (kind, near side or
 * facing) has been seen for {@code holdSeconds} without a break, so one noisy frame never flips the side judged.
 */
final class ViewTracker {

    private final double holdSeconds;
    private CameraView current;
    private CameraView candidate;
    private long candidateSince;

    ViewTracker(double holdSeconds) {
        this.holdSeconds = holdSeconds;
    }

    CameraView update(long micros, CameraView seen) {
        if (current == null || sameView(current, seen)) {
            current = current == null ? seen : new CameraView(current.kind(), current.nearSide(), seen.yawDegrees(),
                    current.facing());
            candidate = null;
            return current;
        }
        if (candidate == null || !sameView(candidate, seen)) {
            candidate = seen;
            candidateSince = micros;
        } else if ((micros - candidateSince) / 1e6 >= holdSeconds) {
            current = seen;
            candidate = null;
        }
        return current;
    }

    private static boolean sameView(CameraView a, CameraView b) {
        return a.kind() == b.kind() && a.nearSide() == b.nearSide() && a.facing() == b.facing();
    }
}
