package com.repcam.pose;

import java.util.ArrayList;
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
    /**
     * Two detections are one person when their mid-hip points lie within this share of the smaller one's radius:
     * the detector can find one body twice, the second time turned round (legs taken for a head; measured: a
     * kneeling figure filmed at 45 deg, mid-hips 7 to 32 px apart at radii of 45 to 93 px). People side by side
     * are a radius or more apart.
     */
    private static final double SAME_PERSON = 0.75;

    private ExerciserChoice() {
    }

    static Detection choose(List<Detection> people, int width, int height) {
        Detection largest = people.stream().max(Comparator.comparingDouble(ExerciserChoice::radius)).orElseThrow();
        double cut = radius(largest) * (1 - SAME_SIZE);
        return people.stream().filter(p -> radius(p) >= cut)
                .min(Comparator.comparingDouble(p -> offCentre(p, width, height))).orElseThrow();
    }

    /** One detection per person (the first found of each): several detections of one body count once. */
    static List<Detection> distinct(List<Detection> people) {
        List<Detection> distinct = new ArrayList<>();
        for (Detection d : people) {
            if (distinct.stream().noneMatch(o -> samePerson(o, d))) {
                distinct.add(d);
            }
        }
        return distinct;
    }

    static boolean samePerson(Detection a, Detection b) {
        double apart = Math.hypot(a.keypointX(0) - b.keypointX(0), a.keypointY(0) - b.keypointY(0));
        return apart < SAME_PERSON * Math.min(radius(a), radius(b));
    }

    static double radius(Detection d) {
        return Math.hypot(d.keypointX(1) - d.keypointX(0), d.keypointY(1) - d.keypointY(0));
    }

    private static double offCentre(Detection d, int width, int height) {
        return Math.hypot(d.keypointX(0) - width / 2.0, d.keypointY(0) - height / 2.0);
    }
}
