package org.ganclassroom.sim.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chip card's number: read and written in the settings, clamped to the experiment format's range. */
class ChipParameterTest {

    @Test
    void everyNumberedChipReadsBackWhatWasSetAndStaysAsOnOrOffAsItWas() {
        Stabilisers none = Stabilisers.none();
        LiveSettings off = new LiveSettings(ExperimentPresets.get("mixture2").training(), none);
        int numbered = 0;
        for (Chip chip : Chip.values()) {
            if (chip == Chip.DSTEPS || ChipParameter.of(chip).isEmpty()) {
                continue;
            }
            numbered++;
            ChipParameter p = ChipParameter.of(chip).orElseThrow();
            double v = p.min() + 3 * p.step();
            LiveSettings set = p.with(off, v);
            assertEquals(v, p.get(set.stabilisers()), 1e-12, chip.id());
            assertEquals(chip.isOn(off), chip.isOn(set), chip.id() + ": a number does not switch the chip");
            LiveSettings on = p.with(chip.apply(off, true), v);
            assertEquals(v, p.get(chip.apply(on, false).stabilisers()), 1e-12, chip.id() + " keeps it while off");
            assertEquals(p.max(), p.get(p.with(none, 1e9)), 0.0, chip.id() + " clamps above");
            assertEquals(p.min(), p.get(p.with(none, -1e9)), 0.0, chip.id() + " clamps below");
            assertEquals(none, p.with(none, Double.NaN), chip.id() + " ignores NaN");
        }
        assertEquals(7, numbered, "target, σ, λ, γ, c, factor, decay");
        assertTrue(ChipParameter.of(Chip.SPECTRAL_NORM).isEmpty());
        assertTrue(ChipParameter.of(Chip.PACKING).isEmpty(), "the pack size fixes D's input for a run");
    }

    @Test
    void kIsTheDStepsChipItselfOneIsOffAndItRounds() {
        ChipParameter k = ChipParameter.of(Chip.DSTEPS).orElseThrow();
        LiveSettings s = new LiveSettings(ExperimentPresets.get("mixture2").training(), Stabilisers.none());
        LiveSettings three = k.with(s, 2.6);
        assertEquals(3, three.stabilisers().dSteps());
        assertTrue(Chip.DSTEPS.isOn(three));
        assertFalse(Chip.DSTEPS.isOn(k.with(three, 1)));
        assertEquals(20, k.with(s, 99).stabilisers().dSteps());
    }
}
