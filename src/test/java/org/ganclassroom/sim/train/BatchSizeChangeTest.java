package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.TrainingSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch buffers follow the batch size set on a running trainer, up and down, without losing what is shown. */
class BatchSizeChangeTest {
    private static TrainingSpec withBatch(TrainingSpec t, int batch) {
        return new TrainingSpec(t.objective(), t.optimizer(), t.lrG(), t.lrD(), t.beta1(), t.beta2(), batch);
    }

    @Test
    void batchSizeChangesBetweenStepsAndTrainingGoesOn() {
        ExperimentConfig config = ExperimentPresets.get("ring8");
        GanTrainer t = new GanTrainer(config);
        for (int i = 0; i < 20; i++) {
            assertTrue(t.step());
        }
        double[] shownBefore = t.lastFakeBatch()[0].clone();
        int before = t.batchSize();

        t.updateSettings(withBatch(config.training(), 200), config.stabilisers());
        assertTrue(t.discriminatorPhase());
        assertEquals(200, t.batchSize());
        // the generator's half has not run yet: the fakes on show are still the last ones
        for (int b = 0; b < before; b++) {
            assertEquals(shownBefore[b], t.lastFakeBatch()[0][b], 0.0);
        }
        assertTrue(t.generatorPhase());
        assertTrue(Double.isFinite(t.batchValue()));

        t.updateSettings(withBatch(config.training(), 16), config.stabilisers());
        for (int i = 0; i < 20; i++) {
            assertTrue(t.step());
        }
        assertEquals(16, t.batchSize());
        assertTrue(Double.isFinite(t.batchValue()));
        assertTrue(t.failure() == null);
    }

    @Test
    void aResizedRunIsStillReproducible() {
        ExperimentConfig config = ExperimentPresets.get("mixture2");
        GanTrainer a = new GanTrainer(config);
        GanTrainer b = new GanTrainer(config);
        for (GanTrainer t : new GanTrainer[] {a, b}) {
            for (int i = 0; i < 30; i++) {
                t.step();
            }
            t.updateSettings(withBatch(config.training(), 96), config.stabilisers());
            for (int i = 0; i < 30; i++) {
                t.step();
            }
        }
        assertArrayEquals(a.generator().params(), b.generator().params(), 0.0);
    }
}
