package org.ganclassroom.sim.bench;

import org.ganclassroom.sim.config.BenchmarkPresets;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.LrDecay;
import org.ganclassroom.sim.config.NetworkSpec;
import org.ganclassroom.sim.nn.Activation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The best chip set: its learning rates decay over the second half of exactly the steps its table row trains, and
 * its G alone has tanh units.
 */
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

    @Test
    void onlyTheCuredGeneratorsHaveTanhUnitsOnTheSameLayers() {
        for (BenchSuite.Row row : BenchSuite.named("papers").rows()) {
            NetworkSpec g = ExperimentPresets.get(row.preset()).generator();
            NetworkSpec plain = ExperimentPresets.get(row.data() + "-gan").generator();
            assertEquals(plain.hidden(), g.hidden(), row.preset());
            boolean tanh = row.method().equals("cured");
            assertEquals(tanh ? Activation.TANH : Activation.RELU, g.activation(),
                    row.preset());
        }
        assertTrue(BenchmarkPresets.CURED_CHIPS.contains("tanh"), BenchmarkPresets.CURED_CHIPS);
    }
}
