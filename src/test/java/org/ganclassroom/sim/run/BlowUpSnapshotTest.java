package org.ganclassroom.sim.run;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.optim.OptimizerKind;
import org.ganclassroom.sim.train.Snapshot;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 2-D run measures every few steps; when it blows up on a step after an unmeasured one, the views must still get a
 * snapshot (the failure and the last measurement), not an exception from the simulator thread.
 */
class BlowUpSnapshotTest {
    @Test
    void aTwoDRunThatBlowsUpBetweenMeasuredStepsStillGivesASnapshot() {
        ExperimentConfig ring = ExperimentPresets.get("ring8");
        TrainingSpec t = ring.training();
        // plain SGD at this rate leaves the sane range after about 500 steps, three steps after a measured one
        ExperimentConfig wild = ring.withTraining(new TrainingSpec(t.objective(), OptimizerKind.SGD, 3.0, 3.0,
                t.beta1(), t.beta2(), t.batchSize()));
        Simulation sim = new Simulation(wild);
        int done = sim.advance(2_000);
        assertTrue(done < 2_000, "the run blows up");
        long step = sim.trainer().stepCount();
        int every = new org.ganclassroom.sim.train.Measurement(sim.trainer()).stepsPerMeasurement();
        assertTrue(step % every != 0, "the case under test: the step it stops at, " + step + ", was not measured");
        Snapshot s = sim.snapshot();
        assertNotNull(s.failure(), "the snapshot carries the failure");
        assertEquals(step - step % every, s.metrics().step(), "the metrics are the last measured step's");
        assertTrue(Double.isFinite(s.metrics().jsd()));
        for (double[] row : s.generated()) {
            for (double v : row) {
                assertTrue(Double.isFinite(v), "the dots are the restored generator's, finite");
            }
        }
    }
}
