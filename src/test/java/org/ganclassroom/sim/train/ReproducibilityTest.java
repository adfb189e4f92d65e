package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** One seed makes a whole run reproducible, bit for bit. */
class ReproducibilityTest {

    private static GanTrainer run(ExperimentConfig c, int steps) {
        GanTrainer t = new GanTrainer(c);
        for (int i = 0; i < steps; i++) {
            t.step();
        }
        return t;
    }

    @Test
    void sameSeedSameTrajectoryBitForBit() {
        for (String preset : new String[]{"mixture2", "ring8"}) {
            ExperimentConfig c = TrainerFixtures.withChips(ExperimentPresets.get(preset).withSeed(42), b -> {
                b.instanceNoise = true;
                b.gradientPenalty = true;
                b.minibatchStd = true;
            });
            GanTrainer a = run(c, 150);
            GanTrainer b = run(c, 150);
            assertArrayEquals(a.generator().params(), b.generator().params(), 0.0, preset);
            assertArrayEquals(a.discriminator().params(), b.discriminator().params(), 0.0, preset);
            assertEquals(new Measurement(a).measure(), new Measurement(b).measure(), preset);
        }
    }

    @Test
    void differentSeedsDiffer() {
        GanTrainer a = run(ExperimentPresets.get("mixture2").withSeed(1), 10);
        GanTrainer b = run(ExperimentPresets.get("mixture2").withSeed(2), 10);
        assertFalse(java.util.Arrays.equals(a.generator().params(), b.generator().params()));
    }

    @Test
    void aChipThatDrawsRandomNumbersDoesNotChangeTheDataStream() {
        ExperimentConfig plain = ExperimentPresets.get("mixture2").withSeed(3);
        ExperimentConfig noisy = TrainerFixtures.withChips(plain, b -> b.instanceNoise = true);
        GanTrainer a = run(plain, 5);
        GanTrainer b = run(noisy, 5);
        assertArrayEquals(a.lastRealBatch()[0], b.lastRealBatch()[0], 0.0,
                "A/B runs must see the same real samples");
    }
}
