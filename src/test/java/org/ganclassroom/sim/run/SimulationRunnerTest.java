package org.ganclassroom.sim.run;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.optim.OptimizerKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulationRunnerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static long step(Frame f) {
        return f.snapshot().metrics().step();
    }

    @Test
    void stepOnceAdvancesByExactlyOne() throws Exception {
        try (SimulationRunner r = new SimulationRunner(ExperimentPresets.get("mixture2"))) {
            long before = step(r.latest());
            long serial = r.latest().serial();
            r.stepOnce();
            // any command publishes a frame; wait for the one that shows a step, then check it is exactly one
            Frame f = r.awaitFrame(x -> x.serial() > serial && step(x) != before, WAIT);
            assertEquals(before + 1, step(f));
            assertFalse(f.playing());
            assertEquals(2, f.histories().get(0).size(), "initial measurement plus one step");
        }
    }

    @Test
    void pauseAtStopsPlayingExactlyAtThatStepOnceAndAResetForgetsIt() throws Exception {
        try (SimulationRunner r = new SimulationRunner(ExperimentPresets.get("mixture2"))) {
            r.setSpeed(Speed.stepsPerFrame(7)); // 7 does not divide 100: the stop is inside a frame's batch
            r.pauseAt(100);
            r.play();
            Frame paused = r.awaitFrame(f -> !f.playing() && step(f) > 0, WAIT);
            assertEquals(100, step(paused), "stopped at the step asked, not at the frame's end");
            r.play();
            Frame later = r.awaitFrame(f -> step(f) >= 130, WAIT);
            assertTrue(later.playing(), "the pause is once: playing again goes on");
        }
        // the manual runner takes each command at once, so no frame from before the reset can answer the question
        SimulationRunner m = SimulationRunner.manual(ExperimentPresets.get("mixture2"));
        m.setSpeed(Speed.stepsPerFrame(7));
        m.pauseAt(50);
        m.reset(List.of(ExperimentPresets.get("mixture2")));
        m.play();
        assertTrue(m.runFramesUntil(f -> step(f) >= 80, 100).playing(), "a reset forgot the pause at 50");
        assertThrows(IllegalArgumentException.class, () -> SimulationRunner.manual(ExperimentPresets.get("mixture2"))
                .pauseAt(0));
    }

    @Test
    void playRunsUntilPausedAndRecordsEveryStep() throws Exception {
        try (SimulationRunner r = new SimulationRunner(ExperimentPresets.get("mixture2"))) {
            r.setSpeed(Speed.stepsPerFrame(20));
            r.play();
            r.awaitFrame(f -> step(f) >= 100, WAIT);
            r.pause();
            Frame paused = r.awaitFrame(f -> !f.playing(), WAIT);
            HistoryView h = paused.histories().get(0);
            assertEquals(step(paused) + 1, h.size(), "one history point per step, plus step 0");
            assertEquals(step(paused), h.step(h.size() - 1));
        }
    }

    @Test
    void abModeStepsBothInLockstepFromTheSameSeed() throws Exception {
        ExperimentConfig a = ExperimentPresets.get("mixture2").withSeed(3);
        Stabilisers.Builder chips = a.stabilisers().toBuilder();
        chips.labelSmoothing = true;
        ExperimentConfig b = a.withStabilisers(chips.build());
        try (SimulationRunner r = new SimulationRunner(List.of(a, b))) {
            r.setSpeed(Speed.stepsPerFrame(7));
            r.play();
            Frame f = r.awaitFrame(x -> step(x) >= 50, WAIT);
            assertEquals(2, f.snapshots().size());
            assertEquals(step(f), f.snapshots().get(1).metrics().step(), "lockstep");
            assertTrue(f.snapshots().get(0).metrics().jsd() != f.snapshots().get(1).metrics().jsd(),
                    "the chip makes a difference");
        }
    }

    @Test
    void slowMotionWalksThroughThePhases() throws Exception {
        try (SimulationRunner r = new SimulationRunner(ExperimentPresets.get("mixture2"))) {
            r.setSpeed(Speed.slowMotion(2));
            Phase[] expected = {Phase.SAMPLE_NOISE, Phase.SAMPLE_DATA, Phase.UPDATE_D, Phase.UPDATE_G};
            for (Phase p : expected) {
                long serial = r.latest().serial();
                Phase before = r.latest().phase();
                r.stepOnce();
                // the runner republishes its current frame about 60 times a second, so wait for the phase to move
                Frame f = r.awaitFrame(x -> x.serial() > serial && x.phase() != before, WAIT);
                assertEquals(p, f.phase());
                assertEquals(p == Phase.UPDATE_G ? 1 : 0, step(f), "the step completes with the G update");
            }
        }
    }

    @Test
    void blowUpPausesAndSaysWhy() throws Exception {
        ExperimentConfig c = ExperimentPresets.get("mixture2");
        TrainingSpec t = c.training();
        ExperimentConfig wild = c.withTraining(new TrainingSpec("leastsquares", OptimizerKind.SGD, 1, 1,
                t.beta1(), t.beta2(), t.batchSize()));
        try (SimulationRunner r = new SimulationRunner(wild)) {
            r.setSpeed(Speed.stepsPerFrame(100));
            r.play();
            Frame f = r.awaitFrame(x -> x.snapshot().failure() != null && !x.playing(), WAIT);
            assertNotNull(f.snapshot().failure().likely());
            for (double v : f.snapshot().pData()) {
                assertTrue(Double.isFinite(v));
            }
        }
    }

    @Test
    void resetStartsOver() throws Exception {
        try (SimulationRunner r = new SimulationRunner(ExperimentPresets.get("mixture2"))) {
            r.setSpeed(Speed.stepsPerFrame(10));
            r.play();
            r.awaitFrame(f -> step(f) >= 30, WAIT);
            r.reset(List.of(ExperimentPresets.get("ring8")));
            Frame f = r.awaitFrame(x -> step(x) == 0 && !x.playing(), WAIT);
            assertEquals(2, f.snapshot().dimension());
        }
    }

    @Test
    void aManualRunnerRunsCommandsAtOnceAndFramesOnlyWhenAsked() {
        try (SimulationRunner r = SimulationRunner.manual(ExperimentPresets.get("mixture2"))) {
            assertTrue(r.isManual());
            r.setSpeed(Speed.stepsPerFrame(7));
            r.play();
            assertEquals(0, step(r.latest()), "no frame runs by itself");
            assertEquals(21, step(r.runFrames(3)), "three frames of exactly seven steps");
            r.stepOnce();
            assertEquals(22, step(r.latest()));
            assertFalse(r.latest().playing());
            assertEquals(22, step(r.runFrames(5)), "paused: frames do not move");
            r.play();
            assertEquals(29, step(r.runFramesUntil(f -> step(f) > 25, 10)), "one more frame of seven");
            r.pause();
            assertThrows(IllegalStateException.class, () -> r.runFramesUntil(f -> step(f) > 100, 10));
        }
    }

    @Test
    void aThreadedRunnerRefusesToRunFramesForTheCaller() {
        try (SimulationRunner r = new SimulationRunner(ExperimentPresets.get("mixture2"))) {
            assertThrows(IllegalStateException.class, () -> r.runFrames(1));
        }
    }
}
