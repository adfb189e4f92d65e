package org.ganclassroom.sim.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChipTest {
    private static final LiveSettings BASE = LiveSettings.of(ExperimentPresets.get("mixture2"));

    @Test
    void idsAreTheProductVocabulary() {
        assertEquals(List.of("nonsaturating", "dsteps", "labelsmoothing", "instancenoise", "gradientpenalty", "r1",
                "spectralnorm", "wasserstein", "ttur", "minibatchstd", "ema", "pacgan", "unrolled"), Chip.ids());
        for (Chip c : Chip.values()) {
            assertEquals(c, Chip.fromId(c.id()).orElseThrow());
            assertEquals(c, Chip.fromId(" " + c.id().toUpperCase() + " ").orElseThrow());
            assertFalse(c.displayName().isBlank());
        }
        assertTrue(Chip.fromId("dropout").isEmpty());
        assertTrue(Chip.fromId(null).isEmpty());
    }

    @Test
    void defaultPresetHasOnlyTheNonSaturatingLossOn() {
        assertEquals(List.of(Chip.NONSATURATING), Chip.onIn(BASE));
    }

    @ParameterizedTest
    @EnumSource(Chip.class)
    void flippingTwiceRestoresTheSettingsExactly(Chip chip) {
        boolean before = chip.isOn(BASE);
        LiveSettings flipped = chip.apply(BASE, !before);
        assertEquals(!before, chip.isOn(flipped), chip + " did not flip");
        assertNotEquals(BASE, flipped);
        assertEquals(BASE, chip.apply(flipped, before), chip + " did not come back");
        assertEquals(BASE, chip.toggle(chip.toggle(BASE)));
    }

    @ParameterizedTest
    @EnumSource(Chip.class)
    void applyingTheCurrentStateChangesNothing(Chip chip) {
        LiveSettings on = chip.apply(BASE, true);
        assertEquals(on, chip.apply(on, true));
        LiveSettings off = chip.apply(BASE, false);
        assertEquals(off, chip.apply(off, false));
    }

    @ParameterizedTest
    @EnumSource(Chip.class)
    void aChipLeavesTheOtherChipsAlone(Chip chip) {
        // everything on except this chip's rivals for the objective
        LiveSettings all = BASE;
        for (Chip c : Chip.values()) {
            if (c != Chip.WASSERSTEIN) {
                all = c.apply(all, true);
            }
        }
        Set<Chip> objectiveChips = Set.of(Chip.NONSATURATING, Chip.WASSERSTEIN);
        for (boolean on : new boolean[] {true, false}) {
            LiveSettings after = chip.apply(all, on);
            for (Chip other : Chip.values()) {
                if (other != chip && !(objectiveChips.contains(chip) && objectiveChips.contains(other))) {
                    assertEquals(other.isOn(all), other.isOn(after), chip + "=" + on + " changed " + other);
                }
            }
            assertEquals(all.training().lrD(), after.training().lrD());
            assertEquals(all.training().batchSize(), after.training().batchSize());
        }
    }

    @Test
    void nonSaturatingSwitchesBetweenTheTwoLossesOfThePaper() {
        LiveSettings off = Chip.NONSATURATING.apply(BASE, false);
        assertEquals("minimax", off.training().objective());
        assertEquals("nonsaturating", Chip.NONSATURATING.apply(off, true).training().objective());
        assertTrue(Chip.NONSATURATING.isOn(LiveSettings.of(ExperimentPresets.get("reference"))));
        assertFalse(Chip.NONSATURATING.isOn(LiveSettings.of(ExperimentPresets.get("saturating"))));
    }

    @Test
    void dStepsIsFiveOrOne() {
        assertEquals(1, BASE.stabilisers().dSteps());
        assertEquals(5, Chip.DSTEPS.apply(BASE, true).stabilisers().dSteps());
        assertEquals(1, Chip.DSTEPS.apply(Chip.DSTEPS.apply(BASE, true), false).stabilisers().dSteps());
    }

    @Test
    void wassersteinIsACriticWithClippingAndOffGoesBackToNonSaturating() {
        LiveSettings minimax = Chip.NONSATURATING.apply(BASE, false);
        LiveSettings w = Chip.WASSERSTEIN.apply(minimax, true);
        assertEquals("wasserstein", w.training().objective());
        assertTrue(w.stabilisers().weightClipping());
        assertFalse(Chip.NONSATURATING.isOn(w));
        LiveSettings back = Chip.WASSERSTEIN.apply(w, false);
        assertEquals("nonsaturating", back.training().objective());
        assertFalse(back.stabilisers().weightClipping());
        // the presets agree
        assertTrue(Chip.WASSERSTEIN.isOn(LiveSettings.of(ExperimentPresets.get("wgan"))));
        assertTrue(Chip.WASSERSTEIN.isOn(LiveSettings.of(ExperimentPresets.get("wgan-gp"))));
        assertTrue(Chip.GRADIENT_PENALTY.isOn(LiveSettings.of(ExperimentPresets.get("wgan-gp"))));
    }

    @Test
    void leavingTheCriticThroughTheLossChipDropsItsClipping() {
        LiveSettings w = Chip.WASSERSTEIN.apply(BASE, true);
        LiveSettings ns = Chip.NONSATURATING.apply(w, true);
        assertEquals("nonsaturating", ns.training().objective());
        assertFalse(ns.stabilisers().weightClipping());
        LiveSettings mm = Chip.NONSATURATING.apply(w, false);
        assertEquals("minimax", mm.training().objective());
        assertFalse(mm.stabilisers().weightClipping());
    }

    @Test
    void stabiliserChipsMapToTheirFlagsAndKeepTheirParameters() {
        Stabilisers s = Chip.GRADIENT_PENALTY.apply(BASE, true).stabilisers();
        assertTrue(s.gradientPenalty());
        assertEquals(BASE.stabilisers().gpLambda(), s.gpLambda());
        assertTrue(Chip.R1.apply(BASE, true).stabilisers().r1());
        assertTrue(Chip.SPECTRAL_NORM.apply(BASE, true).stabilisers().spectralNorm());
        assertTrue(Chip.LABEL_SMOOTHING.apply(BASE, true).stabilisers().labelSmoothing());
        assertEquals(0.9, Chip.LABEL_SMOOTHING.apply(BASE, true).stabilisers().realTarget());
        assertTrue(Chip.INSTANCE_NOISE.apply(BASE, true).stabilisers().instanceNoise());
        assertTrue(Chip.TTUR.apply(BASE, true).stabilisers().twoTimeScale());
        assertTrue(Chip.MINIBATCH_STD.apply(BASE, true).stabilisers().minibatchStd());
        assertTrue(Chip.EMA.apply(BASE, true).stabilisers().generatorEma());
    }

    @Test
    void liveSettingsGoBackIntoAConfig() {
        ExperimentConfig c = ExperimentPresets.get("mixture2");
        LiveSettings s = Chip.R1.apply(LiveSettings.of(c), true);
        ExperimentConfig c2 = s.applyTo(c);
        assertTrue(c2.stabilisers().r1());
        assertEquals(c.seed(), c2.seed());
        assertEquals(c.data(), c2.data());
    }
}
