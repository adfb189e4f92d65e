package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.optim.OptimizerKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rewinding rests on this: run N steps, take a checkpoint, run M more (with a setting changed on the way) and read
 * the state; restore the checkpoint, run the same M steps with the same change: the weights, G's average, the last
 * batches, the losses and every readout of the measurement are the same bit for bit. In 1-D and 2-D, with every chip
 * that keeps state or draws random numbers, and across a change of optimizer, objective and batch size.
 */
class TrainerCheckpointTest {
    private static final int BEFORE = 30;
    private static final int AFTER = 25;
    private static final int CHANGE_AT = 10;

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("mixture2", (Consumer<Stabilisers.Builder>) b -> { }, "batch 32, Adam → momentum"),
                Arguments.of("ring8", (Consumer<Stabilisers.Builder>) b -> { }, "batch 32, Adam → momentum"),
                Arguments.of("mixture2", (Consumer<Stabilisers.Builder>) b -> {
                    b.generatorEma = true;
                    b.dSteps = 3;
                    b.r1 = true;
                    b.instanceNoise = true;
                }, "EMA, k = 3, R1, instance noise"),
                Arguments.of("ring8", (Consumer<Stabilisers.Builder>) b -> {
                    b.packing = true;
                    b.packSize = 2;
                    b.unrolled = true;
                    b.unrollSteps = 3;
                    b.generatorEma = true;
                }, "PacGAN m = 2, unrolled 3, EMA"),
                Arguments.of("ring8", (Consumer<Stabilisers.Builder>) b -> {
                    b.gradientPenalty = true;
                    b.spectralNorm = true;
                    b.minibatchStd = true;
                    b.twoTimeScale = true;
                    b.labelSmoothing = true;
                }, "WGAN-GP, spectral norm, minibatch std, TTUR, label smoothing"),
                Arguments.of("mixture2", (Consumer<Stabilisers.Builder>) b -> {
                    b.weightClipping = true;
                    b.unrolled = true;
                    b.unrollFirstOrder = true;
                }, "clipping, first-order unrolled"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("runs")
    void restoringACheckpointAndReplayingGivesTheSameStepsBitForBit(String preset,
                                                                     Consumer<Stabilisers.Builder> chips,
                                                                     String what) {
        ExperimentConfig config = TrainerFixtures.withChips(ExperimentPresets.get(preset), chips);
        GanTrainer trainer = new GanTrainer(config);
        Measurement measurement = new Measurement(trainer);
        measurement.setPrecisionRecall(true);
        for (int i = 0; i < BEFORE; i++) {
            trainer.step();
        }
        TrainerCheckpoint checkpoint = trainer.checkpoint();
        Reading first = runOn(trainer, measurement, config);

        trainer.restore(checkpoint);
        assertEquals(BEFORE, trainer.stepCount());
        Reading again = runOn(trainer, measurement, config);
        first.assertSame(again, what + ", same trainer");

        GanTrainer fresh = new GanTrainer(config);
        Measurement freshMeasurement = new Measurement(fresh);
        freshMeasurement.setPrecisionRecall(true);
        fresh.restore(checkpoint);
        first.assertSame(runOn(fresh, freshMeasurement, config), what + ", fresh trainer");
    }

    /** AFTER steps, switching on the way: batch size, optimizer, and every chip's state flipped for one stretch. */
    private static Reading runOn(GanTrainer t, Measurement measurement, ExperimentConfig config) {
        t.updateSettings(config.training(), config.stabilisers());
        for (int i = 0; i < AFTER; i++) {
            if (i == CHANGE_AT) {
                TrainingSpec c = config.training();
                t.updateSettings(new TrainingSpec("nonsaturating", OptimizerKind.MOMENTUM, c.lrG(), c.lrD(), 0.5,
                        c.beta2(), 32), config.stabilisers().toBuilder().build());
            }
            if (i == CHANGE_AT + 5) {
                Stabilisers.Builder b = config.stabilisers().toBuilder();
                b.generatorEma = !b.generatorEma;
                b.dSteps = b.dSteps == 1 ? 2 : 1;
                t.updateSettings(config.training(), b.build());
            }
            if (i == CHANGE_AT + 8) {
                t.stepOnly(Player.DISCRIMINATOR);
                t.stepOnly(Player.GENERATOR);
            } else {
                t.step();
            }
        }
        return new Reading(t, measurement.measure());
    }

    private record Reading(double[] g, double[] d, double[] ema, double[][] fake, double[][] real, double[][] push,
                           double batchValue, StepStats stats, Metrics metrics, PlayerUpdates updates) {
        Reading(GanTrainer t, Metrics m) {
            this(t.generator().params().clone(), t.discriminator().params().clone(),
                    t.shownGenerator().params().clone(), TrainerCheckpoint.copy(t.lastFakeBatch()),
                    TrainerCheckpoint.copy(t.lastRealBatch()), TrainerCheckpoint.copy(t.lastFakePush()),
                    t.batchValue(), copyOf(t.lastStats()), m, t.updates());
        }

        private static StepStats copyOf(StepStats s) {
            StepStats c = new StepStats();
            c.dLoss = s.dLoss;
            c.gLoss = s.gLoss;
            c.gradNormD = s.gradNormD;
            c.gradNormG = s.gradNormG;
            c.penalty = s.penalty;
            return c;
        }

        void assertSame(Reading o, String what) {
            assertArrayEquals(g, o.g, 0.0, what + ": G's weights");
            assertArrayEquals(d, o.d, 0.0, what + ": D's weights");
            assertArrayEquals(ema, o.ema, 0.0, what + ": the shown generator's weights");
            for (int j = 0; j < fake.length; j++) {
                assertArrayEquals(fake[j], o.fake[j], 0.0, what + ": last fakes");
                assertArrayEquals(real[j], o.real[j], 0.0, what + ": last real batch");
                assertArrayEquals(push[j], o.push[j], 0.0, what + ": G's push");
            }
            assertEquals(Double.doubleToLongBits(batchValue), Double.doubleToLongBits(o.batchValue), what + ": V(D,G)");
            assertEquals(stats.dLoss, o.stats.dLoss, 0.0, what + ": D's loss");
            assertEquals(stats.gLoss, o.stats.gLoss, 0.0, what + ": G's loss");
            assertEquals(stats.gradNormD, o.stats.gradNormD, 0.0, what + ": ‖∇D‖");
            assertEquals(stats.gradNormG, o.stats.gradNormG, 0.0, what + ": ‖∇G‖");
            assertEquals(stats.penalty, o.stats.penalty, 0.0, what + ": penalty");
            assertEquals(metrics, o.metrics, what + ": every readout");
            assertEquals(updates, o.updates, what + ": update counts");
        }
    }
}
