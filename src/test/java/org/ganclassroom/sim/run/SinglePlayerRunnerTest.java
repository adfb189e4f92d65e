package org.ganclassroom.sim.run;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.train.Player;
import org.ganclassroom.sim.train.PlayerUpdates;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** D-step and G-step through the runner's command queue: paused afterwards, published, and recorded per step. */
class SinglePlayerRunnerTest {

    @Test
    void aDStepShowsTheNewDWithoutANewHistoryPointAndAGStepCompletesTheStep() {
        try (SimulationRunner r = SimulationRunner.manual(ExperimentPresets.get("mixture2"))) {
            r.stepOnce();
            Frame before = r.latest();
            r.play();
            r.stepOnly(Player.DISCRIMINATOR);
            Frame afterD = r.latest();
            assertFalse(afterD.playing(), "a single-player step pauses, as Step does");
            assertEquals(1, afterD.snapshot().metrics().step());
            assertEquals(new PlayerUpdates(2, 1), afterD.snapshot().updates());
            assertFalse(Arrays.equals(before.snapshot().d(), afterD.snapshot().d()), "D(x) on the plot moved");
            assertEquals(Arrays.toString(before.snapshot().pG()), Arrays.toString(afterD.snapshot().pG()),
                    "p_g did not");
            assertEquals(2, afterD.histories().get(0).size(), "the history keeps one point per step");

            r.stepOnly(Player.GENERATOR);
            Frame afterG = r.latest();
            assertEquals(2, afterG.snapshot().metrics().step());
            assertEquals(new PlayerUpdates(2, 2), afterG.snapshot().updates());
            assertEquals(3, afterG.histories().get(0).size());
            assertEquals(2, afterG.histories().get(0).step(2));
        }
    }

    @Test
    void bothRunsOfAnABPairMoveTheSamePlayer() {
        ExperimentConfig a = ExperimentPresets.get("mixture2").withSeed(5);
        try (SimulationRunner r = SimulationRunner.manual(List.of(a, a))) {
            r.stepOnly(Player.GENERATOR);
            r.stepOnly(Player.GENERATOR);
            for (int i = 0; i < 2; i++) {
                assertEquals(new PlayerUpdates(0, 2), r.latest().snapshots().get(i).updates());
            }
            assertEquals(Arrays.toString(r.latest().snapshots().get(0).pG()),
                    Arrays.toString(r.latest().snapshots().get(1).pG()));
        }
    }
}
