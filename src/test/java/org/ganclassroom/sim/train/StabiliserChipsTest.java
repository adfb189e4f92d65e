package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.Stabilisers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every chip can be switched on a running simulation between two steps, and does what it says. */
class StabiliserChipsTest {

    private static Stabilisers chip(String name) {
        Stabilisers.Builder b = Stabilisers.none().toBuilder();
        Consumer<Stabilisers.Builder> on = switch (name) {
            case "dSteps" -> x -> x.dSteps = 3;
            case "labelSmoothing" -> x -> x.labelSmoothing = true;
            case "instanceNoise" -> x -> x.instanceNoise = true;
            case "gradientPenalty" -> x -> x.gradientPenalty = true;
            case "r1" -> x -> x.r1 = true;
            case "spectralNorm" -> x -> x.spectralNorm = true;
            case "weightClipping" -> x -> x.weightClipping = true;
            case "twoTimeScale" -> x -> x.twoTimeScale = true;
            case "minibatchStd" -> x -> x.minibatchStd = true;
            case "generatorEma" -> x -> x.generatorEma = true;
            default -> throw new IllegalArgumentException(name);
        };
        on.accept(b);
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dSteps", "labelSmoothing", "instanceNoise", "gradientPenalty", "r1", "spectralNorm",
            "weightClipping", "twoTimeScale", "minibatchStd", "generatorEma"})
    void chipSwitchesOnMidRunAndTrainingStaysFinite(String name) {
        for (String preset : new String[]{"mixture2", "ring8"}) {
            ExperimentConfig c = ExperimentPresets.get(preset).withSeed(9);
            GanTrainer t = new GanTrainer(c);
            Measurement m = new Measurement(t);
            for (int i = 0; i < 100; i++) {
                t.step();
            }
            t.updateSettings(c.training(), chip(name));
            for (int i = 0; i < 300; i++) {
                assertTrue(t.step(), () -> preset + " " + name + ": " + t.failure());
            }
            assertEquals(chip(name), t.stabilisers());
            Metrics end = m.measure();
            assertTrue(Double.isFinite(end.jsd()) && Double.isFinite(end.dLoss()) && Double.isFinite(end.gLoss()),
                    end.toString());
            if (name.equals("gradientPenalty") || name.equals("r1")) {
                assertTrue(t.lastStats().penalty > 0, "the penalty must be added to D's loss");
            }
        }
    }

    @Test
    void weightClippingBoundsEveryDiscriminatorWeight() {
        ExperimentConfig c = ExperimentPresets.get("wgan");
        GanTrainer t = new GanTrainer(c);
        for (int i = 0; i < 50; i++) {
            t.step();
        }
        double c0 = c.stabilisers().clipValue();
        for (double w : t.discriminator().params()) {
            assertTrue(Math.abs(w) <= c0, "weight " + w + " beyond ±" + c0);
        }
    }

    @Test
    void twoTimeScaleMovesDiscriminatorFaster() {
        ExperimentConfig plain = ExperimentPresets.get("mixture2").withSeed(4);
        ExperimentConfig ttur = TrainerFixtures.withChips(plain, b -> b.twoTimeScale = true);
        assertTrue(distanceMoved(ttur) > 1.5 * distanceMoved(plain));
    }

    private static double distanceMoved(ExperimentConfig c) {
        GanTrainer t = new GanTrainer(c);
        double[] before = t.discriminator().params().clone();
        for (int i = 0; i < 20; i++) {
            t.step();
        }
        double s = 0;
        double[] after = t.discriminator().params();
        for (int i = 0; i < before.length; i++) {
            s += (after[i] - before[i]) * (after[i] - before[i]);
        }
        return Math.sqrt(s);
    }

    @Test
    void instanceNoiseAnneals() {
        Stabilisers s = chip("instanceNoise");
        assertEquals(s.noiseSigma(), s.instanceNoiseSigmaAt(0));
        assertEquals(0.5 * s.noiseSigma(), s.instanceNoiseSigmaAt(s.noiseAnnealSteps() / 2), 1e-12);
        assertEquals(0.0, s.instanceNoiseSigmaAt(s.noiseAnnealSteps() + 10));
        assertEquals(0.0, Stabilisers.none().instanceNoiseSigmaAt(0));
    }

    @Test
    void frozenGeneratorDoesNotMove() {
        GanTrainer t = new GanTrainer(ExperimentPresets.get("mixture2"));
        t.setGeneratorFrozen(true);
        double[] before = t.generator().params().clone();
        for (int i = 0; i < 20; i++) {
            t.step();
        }
        assertFalse(!java.util.Arrays.equals(before, t.generator().params()), "G must stay frozen");
        assertNull(t.failure());
    }

    @Test
    void labelSmoothingChangesTheDiscriminatorTarget() {
        assertEquals(1.0, Stabilisers.none().realTarget());
        assertEquals(0.9, chip("labelSmoothing").realTarget(), 1e-12);
    }
}
