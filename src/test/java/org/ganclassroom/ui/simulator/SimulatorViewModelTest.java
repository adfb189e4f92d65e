package org.ganclassroom.ui.simulator;

import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.sim.run.SimulationRunner;
import org.ganclassroom.sim.run.Speed;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.ui.common.Readout;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.live.Speeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator's view model with a real (manual) runner and no screen. */
class SimulatorViewModelTest {
    private static final int MAX_FRAMES = 2000;
    private SimulationRunner runner;
    private SimulatorViewModel vm;

    private void open(String preset) {
        var c = ExperimentPresets.get(preset);
        vm = new SimulatorViewModel(LiveRun.Runners.MANUAL, c);
        runner = vm.runner();
    }

    @AfterEach
    void close() {
        if (runner != null) {
            runner.close();
        }
    }

    /** Runs frames on this thread until the condition holds (a paused run answers at once). */
    private Frame await(Predicate<Frame> p) {
        Frame f = runner.runFramesUntil(p, MAX_FRAMES);
        vm.run().pull();
        return f;
    }

    private static long step(Frame f) {
        return f.snapshot().metrics().step();
    }

    @Test
    void stepShowsExactlyOneMoreStepAndTheSnapshotsNumbers() throws Exception {
        open("mixture2");
        assertEquals("0", vm.readouts().stepProperty().get());
        vm.stepOnce();
        Frame f = await(x -> step(x) == 1);
        Metrics m = f.snapshot().metrics();
        assertEquals("1", vm.readouts().stepProperty().get());
        assertEquals(Readout.number(m.jsd()), vm.readouts().jsdProperty().get());
        assertEquals(Readout.number(m.jsdBits()), vm.readouts().jsdBitsProperty().get());
        assertEquals(Readout.number(m.theoryValue()), vm.readouts().theoryProperty().get());
        assertTrue(vm.readouts().w1ShownProperty().get(), "W1 is shown in 1-D");
        assertFalse(vm.readouts().modesShownProperty().get());
        assertFalse(vm.playingProperty().get());
    }

    @Test
    void whilePlayingAtSpeedTheNumbersRefreshTenTimesASecondAndEveryFrameOtherwise() {
        open("mixture2");
        long[] now = {0};
        vm.readouts().setClock(() -> now[0]);
        org.ganclassroom.sim.run.Simulation sim = new org.ganclassroom.sim.run.Simulation(
                ExperimentPresets.get("mixture2"));
        long[] serial = {1000};
        java.util.function.BiFunction<Boolean, Speed, Frame> next = (playing, speed) -> {
            sim.advance(1);
            return new Frame(++serial[0], List.of(sim.snapshot()), List.of(sim.history()), playing,
                    org.ganclassroom.sim.run.Phase.IDLE, speed);
        };
        Speed fast = Speed.stepsPerFrame(100);
        Frame first = next.apply(true, fast);
        vm.update(first);
        assertEquals(Long.toString(step(first)), vm.readouts().stepProperty().get());
        // frames 1/60 s apart: the numbers stay on the first frame's for a tenth of a second, the plot does not
        for (int k = 1; k <= 5; k++) {
            now[0] += 16_666_667L;
            Frame f = next.apply(true, fast);
            vm.update(f);
            assertEquals(f.snapshot(), vm.snapshotProperty().get(), "the plot takes every frame");
            assertEquals(Long.toString(step(first)), vm.readouts().stepProperty().get(), "frame " + k);
            assertEquals(first.snapshot(), vm.readouts().readoutSnapshot());
        }
        now[0] += 16_666_667L;
        Frame sixth = next.apply(true, fast);
        vm.update(sixth);
        Metrics m = sixth.snapshot().metrics();
        assertEquals(Long.toString(m.step()), vm.readouts().stepProperty().get(), "a tenth of a second later");
        assertEquals(Readout.number(m.jsd()), vm.readouts().jsdProperty().get());
        assertEquals(Readout.number(m.gLoss()), vm.readouts().gLossProperty().get());
        // paused or in slow motion every frame's numbers show at once
        now[0] += 1_000_000L;
        Frame paused = next.apply(false, fast);
        vm.update(paused);
        assertEquals(Long.toString(step(paused)), vm.readouts().stepProperty().get());
        now[0] += 1_000_000L;
        Frame slow = next.apply(true, Speed.slowMotion(1));
        vm.update(slow);
        assertEquals(Long.toString(step(slow)), vm.readouts().stepProperty().get());
        assertEquals(Readout.number(slow.snapshot().metrics().jsd()), vm.readouts().jsdProperty().get());
    }

    @Test
    void playAndPauseReachTheRunner() throws Exception {
        open("mixture2");
        vm.play();
        await(f -> f.playing() && step(f) > 5);
        assertTrue(vm.playingProperty().get());
        vm.pause();
        Frame paused = await(f -> !f.playing());
        assertFalse(vm.playingProperty().get());
        assertEquals(Long.toString(step(paused)), vm.readouts().stepProperty().get());
    }

    @Test
    void speedSliderPositionsMapToRunnerSpeeds() throws Exception {
        open("mixture2");
        assertEquals(Speed.slowMotion(2.0), Speeds.speedFor(0));
        assertEquals(Speed.stepsPerFrame(500), Speeds.speedFor(Speeds.MAX_INDEX));
        assertEquals(Speed.slowMotion(2.0), Speeds.speedFor(-5), "clamped");
        for (int i = 0; i <= Speeds.MAX_INDEX; i++) {
            assertEquals(i, Speeds.indexOf(Speeds.speedFor(i)));
        }
        vm.speedIndexProperty().set(Speeds.MAX_INDEX);
        await(f -> f.speed().stepsPerFrame() == 500);
        assertEquals("500 steps/frame", vm.speedTextProperty().get());
        vm.speedIndexProperty().set(1);
        await(f -> f.speed().isSlowMotion() && f.speed().slowMotionSeconds() == 1.0);
        assertEquals("slow motion · 1 s/step", vm.speedTextProperty().get());
    }

    @Test
    void slowMotionWalksThePhases() throws Exception {
        open("mixture2");
        vm.speedIndexProperty().set(0);
        await(f -> f.speed().isSlowMotion());
        vm.stepOnce();
        await(f -> f.phase() == org.ganclassroom.sim.run.Phase.SAMPLE_NOISE);
        assertEquals(org.ganclassroom.sim.run.Phase.SAMPLE_NOISE, vm.phaseProperty().get());
        vm.stepOnce();
        await(f -> f.phase() == org.ganclassroom.sim.run.Phase.SAMPLE_DATA);
        assertEquals(org.ganclassroom.sim.run.Phase.SAMPLE_DATA, vm.phaseProperty().get());
    }

    @Test
    void seedIsValidatedAndEnterRestartsWithIt() throws Exception {
        open("mixture2");
        vm.stepOnce();
        await(f -> step(f) == 1);
        vm.form().seedTextProperty().set("abc");
        assertFalse(vm.applySeed());
        // the one rule of every entry point (SettingRules): a file and sim --set say the same
        assertEquals("seed: expected a whole number, found \"abc\"", vm.form().seedErrorProperty().get());
        vm.form().seedTextProperty().set("1.5");
        assertFalse(vm.applySeed());
        assertEquals("seed: expected a whole number, found 1.5", vm.form().seedErrorProperty().get());
        vm.form().seedTextProperty().set("");
        assertFalse(vm.applySeed());
        assertEquals(1, vm.appliedConfig().seed(), "a bad seed changes nothing");
        vm.form().seedTextProperty().set(" 42 ");
        assertTrue(vm.applySeed());
        assertEquals("", vm.form().seedErrorProperty().get());
        assertEquals(42, vm.appliedConfig().seed());
        await(f -> step(f) == 0);
        assertEquals("0", vm.readouts().stepProperty().get());
    }

    @Test
    void liveChangesApplyWithoutRestarting() throws Exception {
        open("mixture2");
        vm.stepOnce();
        vm.stepOnce();
        await(f -> step(f) == 2);
        vm.form().lrGProperty().set("0.005");
        assertTrue(vm.applyLive(), "a typed rate applies when committed");
        vm.form().kProperty().set(3);
        vm.form().objectiveProperty().set("fgan-kl");
        assertEquals("", vm.form().configErrorProperty().get());
        assertFalse(vm.form().restartPendingProperty().get(), "live settings need no restart");
        vm.stepOnce();
        Frame f = await(x -> step(x) == 3);
        assertEquals(0.005, f.snapshot().training().lrG());
        assertEquals(3, f.snapshot().stabilisers().dSteps());
        assertEquals("fgan-kl", f.snapshot().training().objective());
        assertTrue(vm.readouts().fGanShownProperty().get(), "f-GAN readouts appear for an f-GAN objective");
        assertEquals("fgan-kl", vm.readouts().runningObjectiveProperty().get(), "the algorithm panel follows the objective");

        vm.form().lrDProperty().set("fast");
        String lrD = org.ganclassroom.sim.config.SettingRules.LR_D;
        assertEquals("training.lrD: expected a number in (0, 1], found \"fast\"",
                vm.form().fieldErrorProperty(lrD).get());
        vm.form().lrDProperty().set("2");
        assertEquals("training.lrD: 2 is out of range; allowed (0, 1]", vm.form().fieldErrorProperty(lrD).get());
        assertFalse(vm.applyLive());
        assertEquals(0.001, vm.appliedConfig().training().lrD(), "invalid input is not applied");
        vm.form().lrDProperty().set("0.002");
        assertTrue(vm.applyLive());
        assertEquals("", vm.form().fieldErrorProperty(lrD).get());
        assertEquals(0.002, vm.appliedConfig().training().lrD());
    }

    @Test
    void restartChangesWaitForApply() throws Exception {
        open("mixture2");
        vm.stepOnce();
        await(f -> step(f) == 1);
        vm.form().gWidthProperty().set(8);
        vm.form().noiseDimProperty().set(2);
        assertTrue(vm.form().restartPendingProperty().get());
        assertEquals(List.of(16, 16), vm.appliedConfig().generator().hidden(), "not yet applied");
        assertTrue(vm.applyRestart());
        assertFalse(vm.form().restartPendingProperty().get());
        assertEquals(List.of(8, 8), vm.appliedConfig().generator().hidden());
        assertEquals(2, vm.appliedConfig().noiseDim());
        await(f -> step(f) == 0);

        vm.form().datasetProperty().set("ring8");
        assertTrue(vm.form().restartPendingProperty().get());
        assertTrue(vm.applyRestart());
        Frame f = await(x -> x.snapshot().dimension() == 2);
        vm.update(f);
        assertFalse(vm.readouts().oneDProperty().get());
        assertTrue(vm.readouts().modesShownProperty().get());
        assertTrue(vm.readouts().modesProperty().get().endsWith(" / 8"), vm.readouts().modesProperty().get());
    }

    @Test
    void drawingYourOwnDataNeedsTwoPoints() throws Exception {
        open("mixture2");
        vm.form().datasetProperty().set(ConfigChoices.DRAW_1D);
        assertTrue(vm.form().drawing());
        vm.form().addDrawnPoint(1.0, 0);
        assertFalse(vm.applyRestart());
        assertTrue(vm.form().configErrorProperty().get().contains("at least 2"));
        vm.form().addDrawnPoint(Double.NaN, 0);
        assertEquals(1, vm.form().drawnCountProperty().get(), "non-finite points are ignored");
        vm.form().addDrawnPoint(-1.0, 0);
        vm.form().addDrawnPoint(-1.2, 0);
        assertTrue(vm.applyRestart());
        assertTrue(vm.appliedConfig().data().isDrawn());
        assertEquals(3, vm.appliedConfig().data().xs().length);
        await(f -> step(f) == 0 && f.snapshot().dimension() == 1);
        vm.form().clearDrawnPoints();
        assertEquals(0, vm.form().drawnCountProperty().get());
    }

    @Test
    void blowUpShowsTheFailureAndResetClearsIt() throws Exception {
        var c = SimFixtures.wild();
        vm = new SimulatorViewModel(LiveRun.Runners.MANUAL, c);
        runner = vm.runner();
        vm.speedIndexProperty().set(Speeds.MAX_INDEX);
        vm.play();
        Frame f = await(x -> x.snapshot().failure() != null && !x.playing());
        assertNotNull(vm.failureProperty().get());
        assertEquals(f.snapshot().failure(), vm.failureProperty().get());
        assertFalse(vm.playingProperty().get());
        vm.togglePlay();
        assertFalse(vm.playingProperty().get(), "a blown-up run does not play");
        vm.reset();
        assertNull(vm.failureProperty().get());
        await(x -> step(x) == 0 && x.snapshot().failure() == null);
        assertNull(vm.failureProperty().get());
        assertEquals("0", vm.readouts().stepProperty().get());
    }

    @Test
    void historyExportsAsCsvWithAHeader(@TempDir Path dir) throws Exception {
        open("mixture2");
        vm.speedIndexProperty().set(Speeds.MAX_INDEX);
        vm.play();
        await(f -> step(f) >= 10);
        vm.pause();
        Frame f = await(x -> !x.playing());
        Path out = dir.resolve("h.csv");
        vm.exportHistoryCsv(out);
        List<String> lines = Files.readAllLines(out);
        assertEquals("run,step,jsd_nats,d_loss,g_loss,averaged", lines.get(0));
        HistoryView h = f.histories().get(0);
        assertEquals(h.size() + 1, lines.size());
        assertTrue(lines.get(1).startsWith("A,0,"));
        String csv = org.ganclassroom.sim.run.HistoryCsv.text(List.of(new HistoryView(new long[]{5},
                new double[]{Double.NaN}, new double[]{1.5}, new double[]{Double.POSITIVE_INFINITY}, 0)));
        assertEquals("run,step,jsd_nats,d_loss,g_loss,averaged\nA,5,,1.5000000,inf,0\n", csv); // the one encoding: n/a empty, infinite inf
    }

    @Test
    void twoDManifoldArrivesFromTheSimulationThread() throws Exception {
        open("ring8");
        vm.stepOnce();
        await(f -> step(f) == 1);
        vm.run().pull();
        double[][][] lines = vm.manifoldProperty().get();
        assertNotNull(lines);
        assertEquals(2 * ManifoldLines.LINES, lines.length);
        assertEquals(2, lines[0].length);
        assertEquals(ManifoldLines.POINTS, lines[0][0].length);
    }

    @Test
    void formattingIsFixedAndNonFiniteIsADash() {
        assertEquals("0.1235", Readout.number(0.12345));
        assertEquals("−1.3863", Readout.number(-Math.log(4)));
        assertEquals("—", Readout.number(Double.NaN));
        assertEquals("—", Readout.number(Double.NEGATIVE_INFINITY));
        assertEquals("f-GAN: Kullback–Leibler", ConfigChoices.objectiveName("fgan-kl"));
        assertEquals("2-D · Ring of 8 Gaussians", ConfigChoices.datasetName("ring8"));
    }
}
