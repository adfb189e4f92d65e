package org.ganclassroom.ui.lab;

import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ExperimentJson;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.ui.lab.LabViewModel.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lab's view model without a screen: it drives a real runner; waits are on frames, never on time. */
class LabViewModelTest {
    private static final int MAX_FRAMES = 2000;
    private LabViewModel vm;

    @AfterEach
    void close() {
        if (vm != null) {
            vm.close();
        }
    }

    private static LabViewModel manualLab() {
        return new LabViewModel(ExperimentPresets.DEFAULT, ChipCards.standard(), LiveRun.Runners.MANUAL);
    }

    /** Runs frames on this thread until the condition holds (a paused run answers at once). */
    private Frame await(Predicate<Frame> condition) {
        Frame f = vm.runner().runFramesUntil(condition, MAX_FRAMES);
        vm.run().pull();
        return f;
    }

    private static long step(Frame f) {
        return f.snapshot().metrics().step();
    }

    @Test
    void togglingAChipChangesTheRunningSimulationAndOpensItsCard() throws Exception {
        vm = manualLab();
        vm.setSpeed(5);
        vm.play();
        await(f -> step(f) >= 10);
        assertFalse(vm.runner().latest().snapshot().stabilisers().r1());

        vm.toggleChip(Side.A, Chip.R1);
        assertTrue(vm.chipOn(Side.A, Chip.R1).get());
        assertEquals(Chip.R1, vm.openCardProperty().get().chip());
        Frame f = await(fr -> fr.snapshot().stabilisers().r1());
        assertTrue(step(f) > 10, "the run went on; it was not restarted");

        vm.toggleChip(Side.A, Chip.NONSATURATING);
        await(fr -> fr.snapshot().training().objective().equals("minimax"));
        vm.toggleChip(Side.A, Chip.R1);
        await(fr -> !fr.snapshot().stabilisers().r1());
        assertFalse(vm.chipOn(Side.A, Chip.R1).get());
    }

    @Test
    void abRunsTwoSimulationsFromTheSameSeedInLockstep() throws Exception {
        vm = manualLab();
        vm.setSpeed(5);
        vm.setAbMode(true); // no card open: B = A
        vm.play();
        Frame f = await(fr -> fr.snapshots().size() == 2 && step(fr) >= 40);
        Metrics a = f.snapshots().get(0).metrics();
        Metrics b = f.snapshots().get(1).metrics();
        assertEquals(a.step(), b.step(), "lockstep");
        assertEquals(a.jsd(), b.jsd(), "same seed and config: the same trajectory");
        assertEquals(2, f.histories().size());

        vm.pause();
        vm.showCard(Chip.SPECTRAL_NORM);
        vm.setAbMode(false);
        vm.setAbMode(true); // B = A + spectral norm, both from step 0
        assertEquals("B = A + Spectral norm", vm.bLabelProperty().get());
        vm.play();
        f = await(fr -> fr.snapshots().size() == 2 && fr.snapshots().get(1).stabilisers().spectralNorm()
                && step(fr) >= 40);
        Snapshot sa = f.snapshots().get(0);
        Snapshot sb = f.snapshots().get(1);
        assertEquals(sa.metrics().step(), sb.metrics().step());
        assertFalse(sa.stabilisers().spectralNorm());
        assertTrue(sb.stabilisers().spectralNorm());
        assertNotEquals(sa.metrics().jsd(), sb.metrics().jsd());
        assertTrue(f.histories().get(0).size() > 1 && f.histories().get(1).size() > 1);

        // a chip on side B only changes B
        vm.toggleChip(Side.B, Chip.R1);
        f = await(fr -> fr.snapshots().get(1).stabilisers().r1());
        assertFalse(f.snapshots().get(0).stabilisers().r1());

        vm.setAbMode(false);
        await(fr -> fr.snapshots().size() == 1);
    }

    @Test
    void theoremModeFreezesGAndDSettlesOntoTheOptimum() throws Exception {
        vm = manualLab();
        vm.setSpeed(20);
        vm.play();
        await(f -> step(f) >= 200);
        vm.setTheoremMode(true);
        Frame first = await(f -> vm.isTheoremMode() && f.snapshot().metrics().step() > 200);
        long s0 = step(first);
        double[] pG0 = first.snapshot().pG().clone();
        double gap0 = first.snapshot().metrics().dGap();
        double err0 = Math.abs(first.snapshot().metrics().valueGrid() - first.snapshot().metrics().theoryValue());

        // poll along the way, as the view does each pulse
        while (step(vm.runner().latest()) < s0 + 400) {
            vm.runner().runFrames(1);
            vm.run().pull();
        }
        Frame last = vm.runner().latest();
        Metrics m = last.snapshot().metrics();
        assertArrayEquals(pG0, last.snapshot().pG(), "G moved while frozen");
        assertTrue(m.dGap() < 0.6 * gap0, "gap " + gap0 + " -> " + m.dGap());
        double err = Math.abs(m.valueGrid() - m.theoryValue());
        assertTrue(err < 0.5 * err0, "|V - (-log 4 + 2 JSD)| " + err0 + " -> " + err);
        TheoremMode.Trace t = vm.theorem().traceProperty().get();
        assertTrue(t.size() > 10);
        assertTrue(t.gap()[t.size() - 1] < t.gap()[0]);
        assertEquals(vm.theorem().gapProperty().get(), t.gap()[t.size() - 1]);

        vm.setTheoremMode(false);
        long s1 = step(vm.runner().latest());
        Frame moved = await(f -> step(f) > s1 + 20);
        assertFalse(Arrays.equals(pG0, moved.snapshot().pG()), "leaving the mode unfreezes G");
    }

    @Test
    void theoremModeIsNotOfferedForACritic() {
        vm = manualLab();
        vm.setChip(Side.A, Chip.WASSERSTEIN, true);
        assertFalse(vm.theoremAvailableProperty().get());
        vm.setTheoremMode(true);
        assertFalse(vm.isTheoremMode());
        vm.setChip(Side.A, Chip.WASSERSTEIN, false);
        vm.setTheoremMode(true);
        assertTrue(vm.isTheoremMode());
        vm.setChip(Side.A, Chip.WASSERSTEIN, true);
        assertFalse(vm.isTheoremMode(), "switching to a critic leaves the theorem mode");
    }

    @Test
    void saveThenOpenRestoresConfigChipsAndWeights(@TempDir Path dir) throws Exception {
        vm = manualLab();
        vm.setChip(Side.A, Chip.LABEL_SMOOTHING, true);
        vm.setSpeed(5);
        vm.play();
        await(f -> step(f) >= 60);
        vm.pause();
        Frame paused = await(f -> !f.playing());
        Path file = dir.resolve("run.json");
        vm.save(file).join();
        assertTrue(Files.readString(file).contains("\"labelSmoothing\""));

        LabViewModel other = new LabViewModel("ring8", ChipCards.standard(), LiveRun.Runners.MANUAL);
        try {
            assertEquals(Optional.empty(), other.open(file));
            Frame f = other.runner().latest();
            assertEquals(step(paused), step(f));
            assertEquals(paused.snapshot().metrics().jsd(), f.snapshot().metrics().jsd(), 1e-12);
            assertArrayEquals(paused.snapshot().pG(), f.snapshot().pG(), 1e-12);
            assertTrue(other.chipOn(Side.A, Chip.LABEL_SMOOTHING).get());
            assertEquals("mixture2 (modified) · run.json", other.sourceProperty().get(), "the preset it started from, changed");
            assertEquals(1, other.baseConfig().data().dimension());
        } finally {
            other.close();
        }
    }

    @Test
    void aCorruptFileNamesTheFieldAndChangesNothing(@TempDir Path dir) throws Exception {
        vm = manualLab();
        vm.setChip(Side.A, Chip.R1, true);
        Path good = dir.resolve("good.json");
        vm.save(good).join();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replaceFirst("\"lrD\"\\s*:\\s*[0-9.eE-]+", "\"lrD\" : \"fast\""));
        var before = vm.settings(Side.A);

        Optional<String> error = vm.open(bad);
        assertTrue(error.isPresent());
        assertTrue(error.get().contains("lrD"), error.get());
        assertFalse(error.get().contains("\n"));
        assertEquals(before, vm.settings(Side.A));
        assertEquals("mixture2", vm.sourceProperty().get());

        Files.writeString(bad, "{ \"format\": ");
        assertTrue(vm.open(bad).orElseThrow().contains("malformed JSON"));
    }

    @Test
    void openPresetAndChipAsTheTimelineAsks() {
        vm = manualLab();
        vm.open("wgan-gp", "gradientpenalty");
        assertEquals("wgan-gp", vm.sourceProperty().get());
        assertTrue(vm.chipOn(Side.A, Chip.GRADIENT_PENALTY).get());
        assertTrue(vm.chipOn(Side.A, Chip.WASSERSTEIN).get());
        assertEquals(Chip.GRADIENT_PENALTY, vm.openCardProperty().get().chip());

        vm.open(null, "ema");
        assertTrue(vm.chipOn(Side.A, Chip.EMA).get());
        vm.open("nonsense", "nochip");
        assertEquals("wgan-gp", vm.sourceProperty().get());
        assertTrue(vm.statusProperty().get().contains("nochip"));
        vm.closeCard();
        assertNull(vm.openCardProperty().get());
    }

    @Test
    void openExperimentAsALessonSimulatorBlockAsks() throws Exception {
        vm = manualLab();
        vm.openExperiment("ring8", java.util.List.of("minibatchstd", "r1"), true);
        assertEquals("ring8", vm.sourceProperty().get());
        assertTrue(vm.chipOn(Side.A, Chip.MINIBATCH_STD).get());
        assertTrue(vm.chipOn(Side.A, Chip.R1).get());
        assertEquals(Chip.R1, vm.openCardProperty().get().chip());
        assertTrue(vm.isTheoremMode());
        Frame f = await(fr -> fr.snapshot().dimension() == 2 && step(fr) >= 5);
        double[] pG = f.snapshot().pG().clone();
        Frame later = await(fr -> step(fr) >= step(f) + 20);
        assertArrayEquals(pG, later.snapshot().pG(), "G is frozen");
    }

    @Test
    void theLessonVocabularyKnowsEveryChipAndPreset() {
        assertEquals(org.ganclassroom.lesson.LessonVocabulary.CHIPS, Chip.ids());
        assertEquals(org.ganclassroom.lesson.LessonVocabulary.PRESETS, LabViewModel.presets());
    }

    @Test
    void csvHasOneRowPerStepAndRun(@TempDir Path dir) throws Exception {
        vm = manualLab();
        vm.setAbMode(true);
        vm.setSpeed(5);
        vm.play();
        await(f -> f.snapshots().size() == 2 && step(f) >= 20);
        vm.pause();
        Frame f = await(fr -> !fr.playing());
        Path csv = dir.resolve("m.csv");
        vm.exportCsv(csv);
        var lines = Files.readAllLines(csv);
        assertEquals(org.ganclassroom.sim.run.HistoryCsv.HEADER, lines.get(0));
        int n = f.histories().get(0).size();
        assertEquals(1 + 2 * n, lines.size());
        assertTrue(lines.get(1).startsWith("A,0,"));
        assertTrue(lines.get(n + 1).startsWith("B,0,"));
    }

    @Test
    void controllerHandsPendingRequestsToTheLab() {
        LabController c = new LabController();
        boolean[] navigated = {false};
        c.launcher(view -> navigated[0] = true).open("ring8", "minibatchstd");
        assertTrue(navigated[0]);
        vm = c.viewModel(); // created on demand, as the page would be
        assertEquals("ring8", vm.sourceProperty().get());
        assertTrue(vm.chipOn(Side.A, Chip.MINIBATCH_STD).get());
        c.open("mixture3", null);
        assertEquals("mixture3", vm.sourceProperty().get());

        LabController waiting = new LabController();
        waiting.open("ring8", null);
        waiting.openExperiment(null, java.util.List.of("ema"), false);
        LabViewModel second = waiting.viewModel();
        try {
            assertEquals("ring8", second.sourceProperty().get());
            assertTrue(second.chipOn(Side.A, Chip.EMA).get());
        } finally {
            second.close();
        }
        assertTrue(ExperimentJson.FORMAT.length() > 0);
    }
}
