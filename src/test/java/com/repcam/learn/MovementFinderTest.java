package com.repcam.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.repcam.exercise.Direction;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MovementFinderTest {

    private static final Map<String, String> UNITS = new HashMap<>();

    static {
        CandidateSignals.YAML.keySet().forEach(k -> UNITS.put(k, k.endsWith("height") ? "body" : "deg"));
    }

    /**
     * A person walks in (the trunk goes from upright to level), does reps that lower the trunk incline by 12 deg
     * with pauses of varying length, then walks out; every other signal is noise about a fixed value.
     */
    static SignalSeries demo(int reps, long seed) {
        Random random = new Random(seed);
        SignalSeries s = new SignalSeries();
        double t = 0;
        double fps = 15;
        double walkIn = 3;
        double[] starts = new double[reps];
        double at = walkIn + 1.5;
        for (int i = 0; i < reps; i++) {
            starts[i] = at;
            at += 2.5 + 0.8 * random.nextDouble(); // a rep of 2.5 s and a pause of 0 to 0.8 s
        }
        double end = at + 1.5;
        for (; t < end + 3; t += 1 / fps) {
            double incline;
            if (t < walkIn) {
                incline = 80 - 75 * t / walkIn; // getting down
            } else if (t > end) {
                incline = 5 + 75 * Math.min(1, (t - end) / 3); // getting up
            } else {
                incline = 5;
                for (double st : starts) {
                    if (t >= st && t < st + 2.5) {
                        incline -= 12 * Math.sin(Math.PI * (t - st) / 2.5);
                    }
                }
            }
            Map<String, Double> frame = new HashMap<>();
            for (String k : CandidateSignals.YAML.keySet()) {
                frame.put(k, (k.endsWith("height") ? 0.5 : 90) + random.nextGaussian() * (k.endsWith("height")
                        ? 0.01 : 1));
            }
            frame.put("trunk_incline", incline + random.nextGaussian() * 0.3);
            s.add(t, frame);
        }
        return s;
    }

    @Test
    void findsTheSignalThatRepeatsItsDirectionStartRangeAndPeriod() {
        Movement m = MovementFinder.find(demo(6, 1), UNITS).orElseThrow();
        assertEquals("trunk_incline", m.signal());
        assertEquals(Direction.DECREASE, m.direction(), "the reps lower the trunk from its start position");
        assertEquals(5, m.rest(), 1.0, "the start position, not the standing one");
        assertEquals(12, m.range(), 2.0);
        assertEquals(2.9, m.periodSeconds(), 0.5);
        assertTrue(m.periodicity() > 0.6, "regular reps: " + m.periodicity());
    }

    /**
     * The demonstration of {@link #demo}, with the shoulder angle following the trunk incline's reps exactly (in a
     * Quadruped Plus it moves with the trunk) and the trunk incline read with {@code extraJitter} deg more jitter.
     */
    static SignalSeries withShoulderAngle(double extraJitter) {
        SignalSeries trunkOnly = demo(6, 4);
        SignalSeries s = new SignalSeries();
        Random random = new Random(5);
        double[] t = trunkOnly.times();
        double[] trunk = trunkOnly.values("trunk_incline");
        Map<String, double[]> others = new HashMap<>();
        CandidateSignals.YAML.keySet().forEach(k -> others.put(k, trunkOnly.values(k)));
        for (int i = 0; i < t.length; i++) {
            Map<String, Double> frame = new HashMap<>();
            for (String k : CandidateSignals.YAML.keySet()) {
                frame.put(k, others.get(k)[i]);
            }
            frame.put("shoulder_angle", 85 - trunk[i]);
            frame.put("trunk_incline", trunk[i] + random.nextGaussian() * extraJitter);
            s.add(t[i], frame);
        }
        return s;
    }

    @Test
    void ofSignalsAboutAsRegularAndAsClearTheTrunkInclineIsTaken() {
        // a shoulder angle a little clearer (here 26.5 against 23.7; on the Quadruped Plus demonstration 33 against
        // the trunk's 29) is not preferred: there a bent elbow moved it 25 deg against a rep's 3.5
        Movement m = MovementFinder.find(withShoulderAngle(0.3), UNITS).orElseThrow();
        assertEquals("trunk_incline", m.signal());
    }

    @Test
    void aSignalFarClearerThanTheTrunkInclineIsTaken() {
        // 26.5 against 13.8
        Movement m = MovementFinder.find(withShoulderAngle(1), UNITS).orElseThrow();
        assertEquals("shoulder_angle", m.signal());
    }

    @Test
    void noiseAloneIsNotAMovement() {
        SignalSeries s = new SignalSeries();
        Random random = new Random(3);
        for (double t = 0; t < 30; t += 1 / 15.0) {
            Map<String, Double> frame = new HashMap<>();
            for (String k : CandidateSignals.YAML.keySet()) {
                frame.put(k, 10 + random.nextGaussian() * 0.3);
            }
            s.add(t, frame);
        }
        Optional<Movement> m = MovementFinder.find(s, UNITS);
        assertTrue(m.isEmpty(), "a person keeping still: " + m);
    }

    @Test
    void theLearnedYamlLoadsAndCountsWithTheMeasuredNumbers() throws Exception {
        Movement m = MovementFinder.find(demo(5, 2), UNITS).orElseThrow();
        String yaml = ExerciseLearner.yaml(m, "sink-test", "Sink test", java.nio.file.Path.of("demo.mp4"));
        var def = com.repcam.exercise.DefinitionLoader.parse("test", yaml);
        assertEquals("trunk_incline", def.counting().signal());
        assertEquals(Direction.DECREASE, def.counting().direction());
        assertEquals(m.range(), def.counting().initialRange(), 0.05);
        assertTrue(def.posture().holds(m.rest()), "the start position is in the set-up range");
        assertTrue(!def.posture().holds(80), "standing upright is not");
        assertTrue(def.rules().isEmpty());
    }
}
