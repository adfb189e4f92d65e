package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** D-step and G-step: each moves one player only, and together they are exactly one alternating step. */
class SinglePlayerStepTest {

    private static ExperimentConfig config(int k) {
        // instance noise anneals with the step count, so a wrong step count in either half would show in the weights
        return TrainerFixtures.withChips(ExperimentPresets.get("mixture2").withSeed(11), b -> {
            b.dSteps = k;
            b.instanceNoise = true;
            b.noiseAnnealSteps = 40;
            b.generatorEma = true;
        });
    }

    private static GanTrainer warmed(ExperimentConfig c) {
        GanTrainer t = new GanTrainer(c);
        for (int i = 0; i < 7; i++) {
            assertTrue(t.step());
        }
        return t;
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {1, 5})
    void aDStepChangesOnlyDsParameters(int k) {
        GanTrainer t = warmed(config(k));
        double[] g = t.generator().params().clone();
        double[] ema = t.shownGenerator().params().clone();
        double[] d = t.discriminator().params().clone();
        long step = t.stepCount();
        PlayerUpdates before = t.updates();

        assertTrue(t.stepOnly(Player.DISCRIMINATOR));

        assertArrayEquals(g, t.generator().params(), 0.0, "G untouched");
        assertArrayEquals(ema, t.shownGenerator().params(), 0.0, "G's average untouched");
        assertFalse(java.util.Arrays.equals(d, t.discriminator().params()), "D moved");
        assertEquals(step, t.stepCount(), "a D-step alone does not complete a step");
        assertEquals(new PlayerUpdates(before.discriminator() + k, before.generator()), t.updates());
        assertEquals(Player.DISCRIMINATOR, t.updates().movedSince(before));
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {1, 5})
    void aGStepChangesOnlyGsParameters(int k) {
        GanTrainer t = warmed(config(k));
        double[] g = t.generator().params().clone();
        double[] d = t.discriminator().params().clone();
        long step = t.stepCount();
        PlayerUpdates before = t.updates();

        assertTrue(t.stepOnly(Player.GENERATOR));

        assertArrayEquals(d, t.discriminator().params(), 0.0, "D untouched");
        assertFalse(java.util.Arrays.equals(g, t.generator().params()), "G moved");
        assertEquals(step + 1, t.stepCount(), "G's update completes a step, as in Algorithm 1");
        assertEquals(new PlayerUpdates(before.discriminator(), before.generator() + 1), t.updates());
        assertEquals(Player.GENERATOR, t.updates().movedSince(before));
    }

    @ParameterizedTest(name = "k = {0}")
    @ValueSource(ints = {1, 5})
    void aDStepThenAGStepIsOneAlternatingStepBitForBit(int k) {
        GanTrainer alternating = new GanTrainer(config(k));
        GanTrainer halves = new GanTrainer(config(k));
        for (int i = 0; i < 60; i++) {
            assertTrue(alternating.step());
            assertTrue(halves.stepOnly(Player.DISCRIMINATOR));
            assertTrue(halves.stepOnly(Player.GENERATOR));
        }
        assertArrayEquals(alternating.generator().params(), halves.generator().params(), 0.0);
        assertArrayEquals(alternating.discriminator().params(), halves.discriminator().params(), 0.0);
        assertArrayEquals(alternating.shownGenerator().params(), halves.shownGenerator().params(), 0.0);
        assertEquals(alternating.stepCount(), halves.stepCount());
        assertEquals(alternating.updates(), halves.updates());
        assertEquals(new PlayerUpdates(60L * k, 60), halves.updates());
        assertEquals(new Measurement(alternating).measure(), new Measurement(halves).measure());
    }

    @Test
    void aDStepWithKTwoIsTwoDStepsWithKOne() {
        GanTrainer alternating = new GanTrainer(config(1));
        GanTrainer twoD = new GanTrainer(config(2));
        alternating.stepOnly(Player.DISCRIMINATOR);
        alternating.stepOnly(Player.DISCRIMINATOR);
        twoD.stepOnly(Player.DISCRIMINATOR);
        // k = 2 in one D-step draws the same batches as two D-steps with k = 1
        assertArrayEquals(twoD.discriminator().params(), alternating.discriminator().params(), 0.0);
        assertEquals(0, alternating.stepCount());
    }

    @Test
    void aGStepWithGFrozenChangesNothing() {
        GanTrainer t = warmed(config(1));
        t.setGeneratorFrozen(true);
        double[] g = t.generator().params().clone();
        long step = t.stepCount();
        PlayerUpdates before = t.updates();
        assertTrue(t.stepOnly(Player.GENERATOR));
        assertArrayEquals(g, t.generator().params(), 0.0);
        assertEquals(step, t.stepCount());
        assertEquals(before, t.updates());
    }
}
