package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Simulation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live 2-D runs compute precision and recall on every k-th measurement and repeat them in between. */
class PrecisionRecallCadenceTest {
    private static final ExperimentConfig RING = ExperimentPresets.get("ring8").withSeed(3);

    @Test
    void everyKthMeasurementComputesAndTheOthersRepeatTheLastValues() {
        GanTrainer live = new GanTrainer(RING);
        GanTrainer fresh = new GanTrainer(RING);
        Measurement cadence = new Measurement(live);
        cadence.setPrecisionRecall(true, 3);
        Measurement every = new Measurement(fresh);
        every.setPrecisionRecall(true);
        Metrics first = cadence.measure();
        assertEquals(every.measure().precision(), first.precision(), 0, "the first call computes");
        double lastComputed = first.precision();
        for (int call = 1; call < 7; call++) {
            for (int s = 0; s < 60; s++) {
                live.step();
                fresh.step();
            }
            Metrics m = cadence.measure();
            Metrics exact = every.measure();
            if (call % 3 == 0) {
                assertEquals(exact.precision(), m.precision(), 0, "call " + call + " recomputes");
                assertEquals(exact.recall(), m.recall(), 0, "call " + call + " recomputes");
                lastComputed = m.precision();
            } else {
                assertEquals(lastComputed, m.precision(), 0, "call " + call + " repeats the last computed value");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> cadence.setPrecisionRecall(true, 0));
    }

    @Test
    void liveSimulationsMeasureThemIn2dOnlyAndTheyMove() {
        Simulation twoD = new Simulation(RING);
        Metrics start = twoD.lastMetrics();
        assertTrue(Double.isFinite(start.precision()) && Double.isFinite(start.recall()), "2-D: measured at step 0");
        twoD.advance(1500);
        Metrics later = twoD.lastMetrics();
        assertNotEquals(start.recall(), later.recall(), "refreshed as the run goes");
        Simulation oneD = new Simulation(ExperimentPresets.get("mixture2"));
        assertTrue(Double.isNaN(oneD.lastMetrics().precision()), "1-D: not computed");
    }
}
