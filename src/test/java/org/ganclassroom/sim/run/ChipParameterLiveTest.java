package org.ganclassroom.sim.run;

import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ChipParameter;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.LiveSettings;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A chip's number changed on a running GAN takes effect between two steps: the steps before are untouched. */
class ChipParameterLiveTest {

    private static ExperimentConfig withPenalty() {
        ExperimentConfig c = ExperimentPresets.get("mixture2").withSeed(9);
        return LiveSettings.of(c).with(Chip.GRADIENT_PENALTY, true).applyTo(c);
    }

    @Test
    void lambdaChangedAfterStepFiveActsFromStepSixOn() {
        ExperimentConfig c = withPenalty();
        ChipParameter lambda = ChipParameter.of(Chip.GRADIENT_PENALTY).orElseThrow();
        LiveSettings heavy = lambda.with(LiveSettings.of(c), 50);
        try (SimulationRunner changed = SimulationRunner.manual(c);
             SimulationRunner same = SimulationRunner.manual(c)) {
            for (int i = 0; i < 5; i++) {
                changed.stepOnce();
                same.stepOnce();
            }
            double[] before = changed.latest().snapshot().d().clone();
            assertArrayEquals(same.latest().snapshot().d(), before, 0.0);
            changed.forEachSimulation(s -> s.updateSettings(heavy.training(), heavy.stabilisers()));
            assertArrayEquals(before, changed.latest().snapshot().d(), 0.0, "no step taken by the change itself");
            assertEquals(5, changed.latest().snapshot().metrics().step());

            changed.stepOnce();
            same.stepOnce();
            assertEquals(50.0, changed.latest().snapshot().stabilisers().gpLambda());
            assertEquals(10.0, same.latest().snapshot().stabilisers().gpLambda());
            assertFalse(Arrays.equals(same.latest().snapshot().d(), changed.latest().snapshot().d()),
                    "step 6 trained D with the new λ");
        }
    }
}
