package org.ganclassroom.ui.lab;

import org.ganclassroom.lesson.scenario.Readout;
import org.ganclassroom.lesson.scenario.ScenarioRunner;
import org.ganclassroom.lesson.scenario.Trace;
import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.lab.LabViewModel.Side;
import org.ganclassroom.ui.live.LiveRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Mini Lab started from the command line ({@code --open lab --preset P --chip ID=VALUE --pause-at N}) opens P
 * with the chips on and their numbers set, their card shown, and plays to step N, then pauses: what a screenshot of
 * a chip scenario needs. Frames are run on this thread (manual runner), never waited for.
 */
class LabStartRunTest {
    private LabViewModel vm;

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    private LabViewModel started(String... args) throws Exception {
        LabController lab = new LabController(FileDialogsForTests.NONE, LiveRun.Runners.MANUAL);
        lab.start(AppArguments.parse(args).startRun());
        vm = lab.viewModel();
        return vm;
    }

    @Test
    void opensThePresetWithTheChipsOnAndTheirNumbers() throws Exception {
        started("--open", "lab", "--preset", "saturating", "--chip", "labelsmoothing=0.8", "--chip", "r1");
        assertEquals("saturating", vm.sourceProperty().get());
        assertEquals("minimax", vm.settings(Side.A).training().objective(), "the preset's own objective");
        assertTrue(vm.chipOn(Side.A, Chip.LABEL_SMOOTHING).get());
        assertEquals(0.8, vm.settings(Side.A).stabilisers().smoothedLabel(), 1e-12);
        assertTrue(vm.chipOn(Side.A, Chip.R1).get());
        assertEquals(Chip.R1, vm.openCardProperty().get().chip(), "the last chip's card is shown");
        assertFalse(vm.playingProperty().get(), "no --autoplay, no --pause-at: it waits");
        assertFalse(vm.playsOnFirstShow(), "and showing the page does not start it");
    }

    @Test
    void playsAndPausesAtTheStepAsked() throws Exception {
        started("--open", "lab", "--preset", "equal-rates", "--chip", "ttur=4", "--speed", "7", "--pause-at", "200");
        assertEquals(4, vm.settings(Side.A).stabilisers().dLrFactor(), 1e-12);
        assertTrue(vm.playingProperty().get(), "--pause-at plays until then");
        for (int i = 0; i < 200 && vm.playingProperty().get(); i++) {
            vm.runner().runFrames(1);
            vm.run().pull();
        }
        long step = vm.run().frame().snapshot().metrics().step();
        assertTrue(vm.run().frame().snapshot().stabilisers().twoTimeScale(), "the run itself has the chip on");
        assertEquals(4, vm.run().frame().snapshot().stabilisers().dLrFactor(), 1e-12);
        assertFalse(vm.playingProperty().get(), "paused at step " + step);
        assertEquals(200, step, "paused exactly at step 200");
        vm.play(); // the pause is once: the user may play on
        vm.runner().runFrames(3);
        vm.run().pull();
        assertTrue(vm.playingProperty().get());
        assertTrue(vm.run().frame().snapshot().metrics().step() > step);
    }

    /**
     * {@code --warmup 300 --freeze-generator} starts the run as lesson 7's f-GAN block starts it: the Lab's readouts
     * at step 100 are those of the same run as {@code check-lessons --run} plays it, and differ from a start without
     * the warm-up or without the freeze.
     */
    @Test
    void warmUpAndFrozenGeneratorStartTheRunAsALessonBlockDoes() throws Exception {
        double frozen = jsdAt100("--warmup", "300", "--freeze-generator");
        ExperimentConfig config = ExperimentPresets.get("fgan-hellinger");
        Trace lesson = ScenarioRunner.run(config, true, 300, config.seed(), 100, 100);
        assertEquals(lesson.series(Readout.JSD).get(1), frozen, 0.0, "the lesson block's own run");
        assertNotEquals(ScenarioRunner.run(config, true, 0, config.seed(), 100, 100).series(Readout.JSD).get(1),
                frozen, "the warm-up moved G");
        assertNotEquals(ScenarioRunner.run(config, false, 300, config.seed(), 100, 100).series(Readout.JSD).get(1),
                frozen, "G stayed frozen");
    }

    private double jsdAt100(String... more) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--open", "lab", "--preset",
                "fgan-hellinger", "--speed", "5", "--pause-at", "100"));
        args.addAll(java.util.List.of(more));
        started(args.toArray(String[]::new));
        for (int i = 0; i < 100 && vm.playingProperty().get(); i++) {
            vm.runner().runFrames(1);
            vm.run().pull();
        }
        assertEquals(100, vm.run().frame().snapshot().metrics().step(), "steps count from the end of the warm-up");
        return vm.run().frame().snapshot().metrics().jsd();
    }

    @Test
    void withoutStartOptionsTheLabStartsAsAlways() throws Exception {
        started("--open", "lab");
        assertEquals(org.ganclassroom.sim.config.ExperimentPresets.COURSE_DEFAULT, vm.sourceProperty().get());
        assertFalse(vm.playingProperty().get());
        assertTrue(vm.playsOnFirstShow(), "the first showing starts the run, as always");
        assertEquals(null, vm.openCardProperty().get());
    }
}
