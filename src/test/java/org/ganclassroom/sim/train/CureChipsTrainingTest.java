package org.ganclassroom.sim.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Consumer;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.Stabilisers;
import org.junit.jupiter.api.Test;

/** The packing and unrolling chips inside the trainer, on PacGAN's ring with the small default networks. */
class CureChipsTrainingTest {
    private static ExperimentConfig ring(Consumer<Stabilisers.Builder> chips) {
        ExperimentConfig c = ExperimentPresets.get("ring8-pacgan");
        Stabilisers.Builder b = c.stabilisers().toBuilder();
        chips.accept(b);
        return c.withStabilisers(b.build());
    }

    private static GanTrainer trained(ExperimentConfig c, int steps) {
        GanTrainer t = new GanTrainer(c);
        for (int i = 0; i < steps; i++) {
            t.step();
        }
        return t;
    }

    @Test
    void packingWidensDsInputAndFeedsItPacksOfMSamples() {
        GanTrainer t = trained(ring(b -> {
            b.packing = true;
            b.packSize = 3;
        }), 50);
        assertNull(t.failure());
        assertEquals(3, t.pack());
        assertEquals(2 * 3 + 1, t.discriminator().inputDim());
        assertEquals(3 * 64, t.batchSize(), "64 packs of 3 samples");
        assertEquals(3 * 64, t.lastFakeBatch()[0].length);
        assertTrue(Arrays.stream(t.generator().params()).allMatch(Double::isFinite));
        Measurement m = new Measurement(t);
        assertTrue(Double.isFinite(m.measure().jsd()), "D is drawn on packs of copies of each grid point");
    }

    @Test
    void thePackSizeIsFixedForTheRunWhileTheOtherChipsStayLive() {
        GanTrainer t = new GanTrainer(ring(b -> { }));
        Stabilisers packed = t.stabilisers().toBuilder().build();
        Stabilisers.Builder b = packed.toBuilder();
        b.packing = true;
        b.packSize = 4;
        t.updateSettings(t.training(), b.build());
        t.step();
        assertEquals(1, t.pack());
        assertEquals(3, t.discriminator().inputDim());
    }

    @Test
    void unrollingChangesGsUpdateAndBothVariantsTrain() {
        ExperimentConfig plain = ring(b -> { });
        ExperimentConfig exact = ring(b -> {
            b.unrolled = true;
            b.unrollSteps = 3;
        });
        ExperimentConfig first = ring(b -> {
            b.unrolled = true;
            b.unrollSteps = 3;
            b.unrollFirstOrder = true;
        });
        double[] gPlain = trained(plain, 20).generator().params();
        GanTrainer te = trained(exact, 20);
        GanTrainer tf = trained(first, 20);
        assertNull(te.failure());
        assertNull(tf.failure());
        // the same seed, data and noise: only G's gradient differs
        assertFalse(Arrays.equals(gPlain, te.generator().params()));
        assertFalse(Arrays.equals(te.generator().params(), tf.generator().params()));
        assertTrue(Arrays.stream(te.generator().params()).allMatch(Double::isFinite));
        assertTrue(Arrays.equals(trained(plain, 20).discriminator().params(),
                trained(plain, 20).discriminator().params()), "deterministic");
    }
}
