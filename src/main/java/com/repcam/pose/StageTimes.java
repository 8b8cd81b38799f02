package com.repcam.pose;

/**
 * Where the time of one {@link PoseTracker#process} call went, in nanoseconds. A stage that did not run this
 * frame (for example the detector while tracking) is 0.
 */
public record StageTimes(long preprocessNanos, long detectorNanos, long landmarkNanos, long postprocessNanos) {

    public static final StageTimes NONE = new StageTimes(0, 0, 0, 0);

    public long totalNanos() {
        return preprocessNanos + detectorNanos + landmarkNanos + postprocessNanos;
    }

    public boolean detectorRan() {
        return detectorNanos > 0;
    }
}
