package org.ganclassroom.ui.lab;

import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.lab.LabViewModel.Side;
import org.ganclassroom.ui.live.LiveRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void withoutStartOptionsTheLabStartsAsAlways() throws Exception {
        started("--open", "lab");
        assertEquals(org.ganclassroom.sim.config.ExperimentPresets.COURSE_DEFAULT, vm.sourceProperty().get());
        assertFalse(vm.playingProperty().get());
        assertTrue(vm.playsOnFirstShow(), "the first showing starts the run, as always");
        assertEquals(null, vm.openCardProperty().get());
    }
}
