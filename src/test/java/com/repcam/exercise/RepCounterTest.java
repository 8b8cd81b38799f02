package com.repcam.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The phase machine alone, on a counting signal written out sample by sample (Quadruped Plus's counting). */
class RepCounterTest {

    private static final double FPS = 15;

    private final List<ExerciseEvent> events = new ArrayList<>();
    private double t;

    /** Moves the signal from {@code from} to {@code to} over {@code seconds}, then holds it for {@code hold}. */
    private void move(RepCounter counter, double from, double to, double seconds, double hold) {
        for (double s = 0; s < seconds; s += 1 / FPS) {
            counter.accept(Math.round(t * 1e6), from + (to - from) * s / seconds, events);
            t += 1 / FPS;
        }
        for (double s = 0; s < hold; s += 1 / FPS) {
            counter.accept(Math.round(t * 1e6), to, events);
            t += 1 / FPS;
        }
    }

    private void rep(RepCounter counter, double rest, double rise) {
        move(counter, rest, rest + rise, 1.2, 0.5);
        move(counter, rest + rise, rest, 1.2, 1.0);
    }

    @Test
    void aRepStartingFromWhereTheBodySettledAfterThePreviousOneIsMeasuredFromThere() throws Exception {
        RepCounter counter = new RepCounter(ExerciseCatalog.builtIn().require("quadruped-plus").counting());
        counter.begin(0, 12);
        move(counter, 12, 12, 0, 1.0);
        for (int i = 0; i < 3; i++) {
            rep(counter, 12, 4.0); // learns a range of about 4 deg
        }
        assertEquals(3, counter.count());
        // the body comes to rest 1.5 deg below where the reps began and stays there, then rises 3 deg from there:
        // 0.75 of the person's range from where it rests, but only about 0.56 from the old start after 2 s of
        // slow drift, short of the 0.6 target
        move(counter, 12, 10.5, 0.6, 2.0);
        rep(counter, 10.5, 3.0);
        assertEquals(4, counter.count(), "the fourth rep counts: " + events);
    }

    @Test
    void aDipBelowTheStartThatDoesNotStayDoesNotMoveIt() throws Exception {
        RepCounter counter = new RepCounter(ExerciseCatalog.builtIn().require("quadruped-plus").counting());
        counter.begin(0, 12);
        move(counter, 12, 12, 0, 1.0);
        for (int i = 0; i < 3; i++) {
            rep(counter, 12, 4.0);
        }
        // bent elbows let the chest down below the start on the way back, for a moment, and it comes back up
        move(counter, 12, 10.0, 0.3, 0);
        move(counter, 10.0, 12, 0.3, 1.0);
        double rest = counter.rest();
        assertEquals(12, rest, 0.5, "the start position stays where the body rests");
        rep(counter, 12, 4.0);
        assertEquals(4, counter.count());
    }
}
