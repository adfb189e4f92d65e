package org.ganclassroom.sim.run;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.sim.train.Player;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jumping to a past step shows what a fresh run of that many steps shows (same seed, same settings at the same
 * steps), bit for bit; moving on from there forgets the old future; fast-forward lands where playing would.
 * Checkpoints every 40 steps here, so the jumps replay from checkpoints, across settings changes and
 * one-player steps.
 */
class RewindTest {
    private static final int SPACING = 40;

    /** A fresh trainer stepped {@code steps} times, with {@code script} run before each step (by step index). */
    private static Metrics fresh(ExperimentConfig config, long steps, Script script) {
        GanTrainer t = new GanTrainer(config);
        Measurement m = new Measurement(t);
        m.setPrecisionRecall(config.data().dimension() == 2);
        for (long i = 0; i < steps; i++) {
            script.before(t, i);
            t.step();
        }
        return m.measure();
    }

    @FunctionalInterface
    interface Script {
        void before(GanTrainer t, long step);
    }

    private static final Script NOTHING = (t, i) -> { };

    @ParameterizedTest
    @ValueSource(strings = {"mixture2", "ring8"})
    void aJumpBackShowsWhatAFreshRunOfThatManyStepsShows(String preset) {
        ExperimentConfig config = ExperimentPresets.get(preset);
        Simulation sim = new Simulation(config, SPACING);
        sim.advance(150);
        for (long n : new long[] {97, 40, 0, 133, 150, 1}) {
            assertEquals(n, sim.jumpTo(n));
            assertEquals(fresh(config, n, NOTHING), sim.lastMetrics(), "step " + n);
        }
        assertEquals(150, sim.lastStep(), "looking back keeps the run's future");
        assertTrue(sim.history().step(sim.history().size() - 1) > 140, "the history is whole");
    }

    @Test
    void settingsChangedAndFrozenGeneratorOnTheWayAreReplayedAtTheirSteps() {
        ExperimentConfig config = ExperimentPresets.get("mixture2");
        Stabilisers chips = config.stabilisers().toBuilder().build();
        Stabilisers.Builder b = chips.toBuilder();
        b.generatorEma = true;
        b.dSteps = 3;
        b.r1 = true;
        Stabilisers on = b.build();
        TrainingSpec t = config.training();
        TrainingSpec batch16 = new TrainingSpec(t.objective(), t.optimizer(), t.lrG(), 2 * t.lrD(), t.beta1(),
                t.beta2(), 16);
        Simulation sim = new Simulation(config, SPACING);
        sim.advance(45);
        sim.updateSettings(t, on);
        sim.advance(20);
        sim.setGeneratorFrozen(true);
        sim.advance(10);
        sim.setGeneratorFrozen(false);
        sim.updateSettings(batch16, on);
        sim.advance(50);
        Script script = (tr, i) -> {
            if (i == 45) {
                tr.updateSettings(t, on);
            } else if (i == 65) {
                tr.setGeneratorFrozen(true);
            } else if (i == 75) {
                tr.setGeneratorFrozen(false);
                tr.updateSettings(batch16, on);
            }
        };
        for (long n : new long[] {44, 46, 70, 80, 125, 79}) {
            sim.jumpTo(n);
            assertEquals(fresh(config, n, script), sim.lastMetrics(), "step " + n);
        }
    }

    @Test
    void onePlayerStepsAreReplayedAsTheyWereTaken() {
        ExperimentConfig config = ExperimentPresets.get("mixture2");
        Simulation sim = new Simulation(config, SPACING);
        sim.advance(50);
        sim.stepOnly(Player.DISCRIMINATOR);
        sim.stepOnly(Player.DISCRIMINATOR);
        sim.stepOnly(Player.GENERATOR); // step 51: D, D, G
        sim.stepOnly(Player.GENERATOR); // step 52: G alone
        sim.advance(10);
        sim.stepOnly(Player.DISCRIMINATOR); // a half step left hanging, then a jump

        GanTrainer t = new GanTrainer(config);
        Measurement m = new Measurement(t);
        for (int i = 0; i < 50; i++) {
            t.step();
        }
        t.stepOnly(Player.DISCRIMINATOR);
        t.stepOnly(Player.DISCRIMINATOR);
        t.stepOnly(Player.GENERATOR);
        t.stepOnly(Player.GENERATOR);
        Metrics at52 = m.measure();
        for (int i = 0; i < 10; i++) {
            t.step();
        }
        Metrics at62 = m.measure();

        sim.jumpTo(52);
        assertEquals(at52, sim.lastMetrics());
        sim.jumpTo(62);
        assertEquals(at62, sim.lastMetrics(), "the half step after 62 is not part of step 62");
    }

    @Test
    void playingOnFromAPastStepStartsANewBranchThere() {
        ExperimentConfig config = ExperimentPresets.get("mixture2");
        Simulation sim = new Simulation(config, SPACING);
        sim.advance(120);
        sim.jumpTo(70);
        Stabilisers.Builder b = config.stabilisers().toBuilder();
        b.generatorEma = true;
        sim.updateSettings(config.training(), b.build());
        sim.advance(5);
        assertEquals(75, sim.lastStep(), "the old steps 76–120 are forgotten");
        HistoryView h = sim.history();
        assertEquals(75, h.step(h.size() - 1));
        for (int i = 1; i < h.size(); i++) {
            assertTrue(h.step(i) > h.step(i - 1), "the history runs forward: " + h.step(i - 1) + ", " + h.step(i));
        }
        assertEquals(75, sim.jumpTo(1000), "a jump goes no further than the branch");
        Script script = (tr, i) -> {
            if (i == 70) {
                tr.updateSettings(config.training(), b.build());
            }
        };
        sim.jumpTo(73);
        assertEquals(fresh(config, 73, script), sim.lastMetrics());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixture2", "ring8"})
    void fastForwardLandsWherePlayingWould(String preset) {
        ExperimentConfig config = ExperimentPresets.get(preset);
        Simulation sim = new Simulation(config, SPACING);
        assertEquals(130, sim.fastForward(130));
        assertEquals(fresh(config, 130, NOTHING), sim.lastMetrics());
        assertTrue(sim.history().size() > 10, "the history holds points of the steps skipped");

        sim.jumpTo(20);
        assertEquals(120, sim.fastForward(100), "over known steps: rebuilt");
        assertEquals(fresh(config, 120, NOTHING), sim.lastMetrics());
        assertEquals(130, sim.lastStep());

        sim.jumpTo(50);
        Stabilisers.Builder b = config.stabilisers().toBuilder();
        b.dSteps = 2;
        sim.updateSettings(config.training(), b.build());
        assertEquals(90, sim.fastForward(40), "with new settings: a new branch");
        assertEquals(90, sim.lastStep());
        Script script = (tr, i) -> {
            if (i == 50) {
                tr.updateSettings(config.training(), b.build());
            }
        };
        assertEquals(fresh(config, 90, script), sim.lastMetrics());
    }

    @Test
    void checkpointsStayFewOnALongRunAndEveryStepCanStillBeRebuilt() {
        ExperimentConfig config = ExperimentPresets.get("mixture2");
        GanTrainer trainer = new GanTrainer(config);
        Timeline timeline = new Timeline(trainer, 4, 8);
        Timeline.Inputs in = new Timeline.Inputs(config.training(), config.stabilisers(), false);
        double[][] weights = new double[201][];
        weights[0] = trainer.generator().params().clone();
        for (int s = 1; s <= 200; s++) {
            timeline.beforeLivePhase(trainer, in);
            trainer.discriminatorPhase();
            timeline.afterLivePhase(trainer, Timeline.Kind.D, s - 1);
            timeline.beforeLivePhase(trainer, in);
            trainer.generatorPhase();
            timeline.afterLivePhase(trainer, Timeline.Kind.G, s - 1);
            weights[s] = trainer.generator().params().clone();
            assertTrue(timeline.checkpointCount() <= 8, timeline.checkpointCount() + " checkpoints at step " + s);
        }
        assertEquals(32, timeline.spacing(), "4 doubled three times: 200 steps in at most 8 checkpoints");
        for (long n : new long[] {199, 3, 0, 64, 100, 200, 131}) {
            timeline.rebuild(trainer, n);
            assertArrayEquals(weights[(int) n], trainer.generator().params(), 0.0, "step " + n);
        }
    }
}
