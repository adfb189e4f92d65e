package org.ganclassroom.sim.run;

import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.train.Measurement;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.sim.train.Snapshot;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A live run measures at its cadence, and whatever is read is the current step, measured. */
class SimulationCadenceTest {
    @Test
    void twoDRunsMeasureEveryFewStepsAndAlwaysTheStepThatIsShown() {
        Simulation sim = new Simulation(ExperimentPresets.get("ring8"));
        int every = new Measurement(sim.trainer()).stepsPerMeasurement();
        assertEquals(4, every);
        sim.advance(10);
        HistoryView h = sim.history();
        assertEquals(java.util.List.of(0L, 4L, 8L), steps(h), "history: the measured steps");
        Snapshot shown = sim.snapshot();
        assertEquals(10, shown.metrics().step(), "the snapshot is of the current step");
        assertEquals(java.util.List.of(0L, 4L, 8L, 10L), steps(sim.history()));
        // measured now, it equals a fresh measurement of the same state
        Metrics fresh = new Measurement(sim.trainer()).measure();
        assertEquals(fresh.jsd(), shown.metrics().jsd(), 0.0);
        sim.advance(1);
        assertEquals(11, sim.lastMetrics().step());
    }

    @Test
    void oneDRunsMeasureEveryStep() {
        Simulation sim = new Simulation(ExperimentPresets.get("mixture2"));
        sim.advance(5);
        assertEquals(java.util.List.of(0L, 1L, 2L, 3L, 4L, 5L), steps(sim.history()));
    }

    private static java.util.List<Long> steps(HistoryView h) {
        java.util.List<Long> out = new java.util.ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            out.add(h.step(i));
        }
        return out;
    }
}
