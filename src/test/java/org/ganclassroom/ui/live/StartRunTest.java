package org.ganclassroom.ui.live;

import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.Stabilisers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's chips, applied to a preset's config as the Simulator page starts it. */
class StartRunTest {
    private static StartRun chips(StartRun.ChipSetting... c) {
        return new StartRun("saturating", List.of(c), 0, false, 0);
    }

    @Test
    void chipsAreSwitchedOnWithTheirNumbersAndTheRestIsLeftAlone() {
        ExperimentConfig base = ExperimentPresets.get("saturating");
        ExperimentConfig c = chips(new StartRun.ChipSetting(Chip.LABEL_SMOOTHING, 0.8),
                new StartRun.ChipSetting(Chip.NONSATURATING, Double.NaN)).withChips(base);
        Stabilisers s = c.stabilisers();
        assertTrue(s.labelSmoothing());
        assertEquals(0.8, s.smoothedLabel(), 1e-12);
        assertEquals("nonsaturating", c.training().objective());
        assertFalse(base.stabilisers().labelSmoothing(), "the preset itself is unchanged");
        assertEquals(base.training().lrG(), c.training().lrG());
        assertEquals(base.data(), c.data());
    }

    @Test
    void aChipWithoutANumberKeepsItsOwn() {
        ExperimentConfig base = ExperimentPresets.get("equal-rates");
        Stabilisers s = chips(new StartRun.ChipSetting(Chip.TTUR, Double.NaN)).withChips(base).stabilisers();
        assertTrue(s.twoTimeScale());
        assertEquals(base.stabilisers().dLrFactor(), s.dLrFactor());
    }

    @Test
    void nothingAskedIsTheDefault() {
        assertTrue(StartRun.defaults().isDefault());
        assertFalse(StartRun.defaults().plays());
        assertFalse(new StartRun(null, List.of(), 0, false, 100).isDefault());
    }
}
