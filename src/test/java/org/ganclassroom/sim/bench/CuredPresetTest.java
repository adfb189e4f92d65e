package org.ganclassroom.sim.bench;

import org.ganclassroom.sim.config.BenchmarkPresets;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.LrDecay;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The best chip set's learning rates decay over the second half of exactly the steps its table row trains. */
class CuredPresetTest {
    @Test
    void theDecayEndsAtTheRowsLastStep() {
        for (BenchSuite.Row row : BenchSuite.named("papers").rows()) {
            LrDecay decay = ExperimentPresets.get(row.preset()).training().lrDecay();
            if (row.method().equals("cured")) {
                assertTrue(decay.enabled(), row.preset());
                assertEquals(row.steps(), decay.start() + decay.steps(), row.preset());
                assertEquals(row.steps() / 2, decay.start(), row.preset());
                assertEquals(0.1, decay.multiplierAt(row.steps()), 1e-12, row.preset());
            } else {
                assertFalse(decay.enabled(), row.preset() + ": only the cured rows decay");
            }
        }
    }

    @Test
    void theCuredChipsNameWhatThePresetDoes() {
        var s = ExperimentPresets.get("ring8-pacgan-cured").stabilisers();
        assertEquals(BenchmarkPresets.CURED_EMA_DECAY, s.emaDecay());
        assertTrue(BenchmarkPresets.CURED_CHIPS.contains("decay " + BenchmarkPresets.CURED_EMA_DECAY),
                BenchmarkPresets.CURED_CHIPS);
        assertTrue(s.packing() && s.minibatchStd() && s.generatorEma() && s.dSteps() == 5);
    }
}
