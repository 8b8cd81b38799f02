package com.repcam.pose;

import java.util.Comparator;
import java.util.List;

/**
 * Which of several people found in a picture to follow: the one doing the exercise, taken to be the largest
 * (nearest the camera that was set up for them), and of people of about the same size the one nearest the middle
 * of the picture. Size is the radius of the detector's whole-body circle (mid-hip to the circle point).
 */
final class ExerciserChoice {

    /** A person is preferred for being nearer the middle only when the sizes are within this share of each other. */
    private static final double SAME_SIZE = 0.15;

    private ExerciserChoice() {
    }

    static Detection choose(List<Detection> people, int width, int height) {
        Detection largest = people.stream().max(Comparator.comparingDouble(ExerciserChoice::radius)).orElseThrow();
        double cut = radius(largest) * (1 - SAME_SIZE);
        return people.stream().filter(p -> radius(p) >= cut)
                .min(Comparator.comparingDouble(p -> offCentre(p, width, height))).orElseThrow();
    }

    static double radius(Detection d) {
        return Math.hypot(d.keypointX(1) - d.keypointX(0), d.keypointY(1) - d.keypointY(0));
    }

    private static double offCentre(Detection d, int width, int height) {
        return Math.hypot(d.keypointX(0) - width / 2.0, d.keypointY(0) - height / 2.0);
    }
}
