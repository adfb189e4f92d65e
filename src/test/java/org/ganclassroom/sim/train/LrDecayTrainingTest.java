package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.LrDecay;
import org.ganclassroom.sim.config.TrainingSpec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The trainer applies the late learning-rate decay to both players at the right steps: a run with the decay ends
 * where a run whose rates are lowered by hand at the same steps ends.
 */
class LrDecayTrainingTest {
    private static final int STEPS = 12;
    /** Rates are constant for the first 4 steps, then fall geometrically over 5 steps to a quarter. */
    private static final LrDecay DECAY = new LrDecay(true, 4, 5, 0.25);

    @Test
    void decayEqualsLoweringBothRatesByHandAtEachStep() {
        ExperimentConfig base = ExperimentPresets.get("ring8");
        TrainingSpec t = base.training();
        GanTrainer scheduled = new GanTrainer(base.withTraining(t.withLrDecay(DECAY)));
        GanTrainer byHand = new GanTrainer(base);
        for (int s = 0; s < STEPS; s++) {
            double f = DECAY.multiplierAt(s);
            byHand.updateSettings(new TrainingSpec(t.objective(), t.optimizer(), t.lrG() * f, t.lrD() * f,
                    t.beta1(), t.beta2(), t.batchSize()), base.stabilisers());
            scheduled.step();
            byHand.step();
        }
        assertArrayEquals(byHand.discriminator().params(), scheduled.discriminator().params(), 1e-12);
        assertArrayEquals(byHand.generator().params(), scheduled.generator().params(), 1e-12);
    }

    @Test
    void withoutTheDecayTheRunDiffers() {
        ExperimentConfig base = ExperimentPresets.get("ring8");
        GanTrainer scheduled = new GanTrainer(base.withTraining(base.training().withLrDecay(DECAY)));
        GanTrainer constant = new GanTrainer(base);
        for (int s = 0; s < STEPS; s++) {
            scheduled.step();
            constant.step();
        }
        assertFalse(java.util.Arrays.equals(constant.generator().params(), scheduled.generator().params()));
    }
}
