package com.repcam.pose;

import java.util.List;
import java.util.Optional;

/**
 * The body pose of the one person found in a frame.
 *
 * @param landmarks      the 33 body landmarks in image space, in {@link BodyLandmark} order
 * @param worldLandmarks the same 33 landmarks in metres, hip-centred
 * @param score          the landmark model's pose flag: probability that a person is in the region
 * @param roi            the region the landmark model looked at
 * @param mask           person segmentation for the whole image, when it was asked for
 */
public record Pose(List<Landmark> landmarks, List<WorldLandmark> worldLandmarks, double score, Roi roi,
                   Optional<SegmentationMask> mask) {

    public Pose {
        if (landmarks.size() != BodyLandmark.COUNT || worldLandmarks.size() != BodyLandmark.COUNT) {
            throw new IllegalArgumentException("a pose has " + BodyLandmark.COUNT + " landmarks, got "
                    + landmarks.size() + " and " + worldLandmarks.size());
        }
        landmarks = List.copyOf(landmarks);
        worldLandmarks = List.copyOf(worldLandmarks);
    }

    public Landmark landmark(BodyLandmark which) {
        return landmarks.get(which.ordinal());
    }

    public WorldLandmark world(BodyLandmark which) {
        return worldLandmarks.get(which.ordinal());
    }
}
