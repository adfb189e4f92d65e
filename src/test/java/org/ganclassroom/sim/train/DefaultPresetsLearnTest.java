package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentPresets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default presets make a good classroom demo: the JSD falls clearly within a few thousand steps
 * (about a second of simulation), for every seed tried, not just a lucky one.
 */
class DefaultPresetsLearnTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void oneDimensionalDefaultLearnsTheTwoModes(long seed) {
        GanTrainer t = new GanTrainer(ExperimentPresets.get(ExperimentPresets.DEFAULT).withSeed(seed));
        Measurement m = new Measurement(t);
        Metrics start = m.measure();
        for (int i = 0; i < 4000; i++) {
            t.step();
        }
        Metrics end = m.measure();
        assertTrue(end.jsd() < 0.35 * start.jsd() && end.jsdBits() < 0.15,
                "JSD " + start.jsdBits() + " -> " + end.jsdBits() + " bits");
        assertTrue(end.modesCaptured() == 2, "both modes captured, got " + end.modesCaptured());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void twoDimensionalDefaultSpreadsOverTheRing(long seed) {
        GanTrainer t = new GanTrainer(ExperimentPresets.get(ExperimentPresets.DEFAULT_2D).withSeed(seed));
        Measurement m = new Measurement(t);
        Metrics start = m.measure();
        for (int i = 0; i < 5000; i++) {
            t.step();
        }
        Metrics end = m.measure();
        assertTrue(end.jsd() < 0.6 * start.jsd(), "JSD " + start.jsdBits() + " -> " + end.jsdBits() + " bits");
        assertTrue(end.modesCaptured() >= 4, "modes captured " + end.modesCaptured() + " of 8");
    }
}
