package org.ganclassroom.ui.simulator;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.common.Readout;
import org.ganclassroom.ui.live.Speeds;
import org.ganclassroom.ui.practice.PracticeStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulator page headless: buttons and keys drive a real (manual) runner that moves only when a test runs
 * frames, and the readouts show what the snapshots say. Also renders PNGs to target/screenshots/ (1-D playing, 2-D ring8, the blow-up banner, dark theme).
 */
@ExtendWith(ApplicationExtension.class)
class SimulatorViewTest {
    @RegisterExtension
    final SimPage page = new SimPage();

    private void show(FxRobot robot, ExperimentConfig config) {
        page.show(robot, config, 1068, 764);
    }

    private static String text(FxRobot robot, String id) {
        return SimPage.text(robot, id);
    }

    @Test
    void stepButtonAndArrowKeyShowExactlyOneMoreStep(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("mixture2"));
        long before = page.shownStep(robot);
        robot.clickOn("#sim-step");
        page.until(robot, () -> text(robot, "#sim-step-value").equals(Long.toString(before + 1)));
        WaitForAsyncUtils.waitForFxEvents();
        Frame f = page.view.viewModel().runner().latest();
        assertEquals(before + 1, f.snapshot().metrics().step());
        assertEquals(Readout.number(f.snapshot().metrics().jsd()), text(robot, "#sim-jsd"));
        assertEquals(Readout.number(f.snapshot().metrics().jsdBits()), text(robot, "#sim-jsd-bits"));
        assertEquals(Readout.number(f.snapshot().metrics().gLoss()), text(robot, "#sim-g-loss"));
        assertTrue(robot.lookup("#sim-w1").query().isVisible(), "W1 shows in 1-D");
        assertFalse(robot.lookup("#sim-modes").query().isVisible(), "modes do not show for a 1-D run");
        assertFalse(robot.lookup("#sim-frechet").query().isVisible(), "Fréchet distance is a 2-D readout");
        assertFalse(robot.lookup("#sim-precision-recall").query().isVisible(), "precision / recall: 2-D only");

        robot.interact(() -> page.view.getView().requestFocus());
        robot.type(KeyCode.RIGHT);
        page.until(robot, () -> text(robot, "#sim-step-value").equals(Long.toString(before + 2)));
    }

    @Test
    void spacePlaysAndPausesAndRResets(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("mixture2"));
        Button play = robot.lookup("#sim-play").queryButton();
        assertEquals("Play", play.getText());
        assertNotNull(play.getTooltip());
        robot.interact(() -> page.view.getView().requestFocus());
        robot.type(KeyCode.SPACE);
        page.until(robot, () -> page.shownStep(robot) > 20);
        assertEquals("Pause", play.getText());
        robot.type(KeyCode.SPACE);
        page.until(robot, () -> !page.view.viewModel().runner().latest().playing());
        WaitForAsyncUtils.waitForFxEvents();
        page.until(robot, () -> text(robot, "#sim-step-value").equals(
                Long.toString(page.view.viewModel().runner().latest().snapshot().metrics().step())));
        assertEquals("Play", play.getText());
        long paused = page.shownStep(robot);
        assertTrue(paused > 20);
        robot.type(KeyCode.R);
        page.until(robot, () -> page.shownStep(robot) == 0);
        robot.clickOn("#sim-play");
        page.until(robot, () -> page.shownStep(robot) > 3);
        robot.clickOn("#sim-play");
        page.until(robot, () -> !page.view.viewModel().runner().latest().playing());
        robot.clickOn("#sim-reset");
        page.until(robot, () -> page.shownStep(robot) == 0);
    }

    @Test
    void typedSettingsApplyLiveAndBadOnesShowInline(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("mixture2"));
        assertFalse(robot.lookup("#sim-config").query().isVisible(), "the configuration starts collapsed");
        robot.clickOn("#sim-config-toggle");
        robot.doubleClickOn("#sim-lr-g").eraseText(12).write("abc");
        page.until(robot, () -> robot.lookup("#sim-lr-g-error").query().isVisible());
        assertTrue(text(robot, "#sim-lr-g-error").contains("expected a number"), text(robot, "#sim-lr-g-error"));
        robot.eraseText(3).write("0.01");
        page.until(robot, () -> !robot.lookup("#sim-lr-g-error").query().isVisible());
        robot.clickOn("#sim-step");
        page.until(robot, () -> page.shownStep(robot) == 1);
        assertEquals(0.01, page.view.viewModel().runner().latest().snapshot().training().lrG());
        // the seed: bad text inline, Enter applies
        robot.doubleClickOn("#sim-seed").eraseText(6).write("x1").type(KeyCode.ENTER);
        page.until(robot, () -> robot.lookup("#sim-seed-error").query().isVisible());
        robot.eraseText(2).write("7").type(KeyCode.ENTER);
        page.until(robot, () -> page.shownStep(robot) == 0 && page.view.viewModel().appliedConfig().seed() == 7);
        assertFalse(robot.lookup("#sim-seed-error").query().isVisible());
    }

    @Test
    void twoDRing8ShowsModesOutOfEight(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("mixture2"));
        robot.clickOn("#sim-config-toggle");
        robot.interact(() -> page.view.viewModel().form().datasetProperty().set("ring8"));
        assertTrue(robot.lookup("#sim-restart-pending").query().isVisible());
        robot.clickOn("#sim-apply-restart");
        page.until(robot, () -> robot.lookup("#sim-heatmap").query().isVisible());
        robot.interact(() -> page.view.viewModel().speedIndexProperty().set(Speeds.MAX_INDEX));
        robot.interact(() -> page.view.viewModel().play());
        page.until(robot, () -> page.shownStep(robot) >= 1500);
        robot.interact(() -> page.view.viewModel().pause());
        page.until(robot, () -> !page.view.viewModel().runner().latest().playing());
        WaitForAsyncUtils.waitForFxEvents();
        page.until(robot, () -> text(robot, "#sim-step-value").equals(
                Long.toString(page.view.viewModel().runner().latest().snapshot().metrics().step())));
        var m = page.view.viewModel().runner().latest().snapshot().metrics();
        assertEquals(m.modesCaptured() + " / 8", text(robot, "#sim-modes"));
        assertTrue(text(robot, "#sim-modes").matches("\\d / 8"));
        assertFalse(robot.lookup("#sim-w1").query().isVisible(), "no W1 in 2-D");
        assertTrue(robot.lookup("#sim-frechet").query().isVisible(), "Fréchet distance beside the JSD in 2-D");
        assertEquals(Readout.number(m.frechet()), text(robot, "#sim-frechet"));
        assertTrue(Double.isFinite(m.precision()) && Double.isFinite(m.recall()), "measured live in 2-D: " + m);
        assertTrue(m.precision() >= 0 && m.precision() <= 1 && m.recall() >= 0 && m.recall() <= 1);
        assertEquals(org.ganclassroom.ui.common.FixedDecimals.format(m.precision(), 2) + " / "
                + org.ganclassroom.ui.common.FixedDecimals.format(m.recall(), 2), text(robot, "#sim-precision-recall"));
        page.until(robot, () -> page.view.panel().heatmap().snapshot() != null);
        PracticeStage.shot(robot, page.stage(), "simulator-2d-ring8");
        robot.interact(() -> page.theme.set(Theme.DARK)); // the charts take their palette from the view's theme
        PracticeStage.darkShot(robot, page.stage(), "simulator-2d-ring8");
        robot.interact(() -> page.theme.set(Theme.LIGHT));
    }

    @Test
    void oneDPlayingRendersToPng(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("mixture2"));
        robot.interact(() -> page.view.viewModel().speedIndexProperty().set(Speeds.MAX_INDEX - 2));
        robot.interact(() -> page.view.viewModel().play());
        page.until(robot, () -> page.shownStep(robot) >= 800);
        PracticeStage.shot(robot, page.stage(), "simulator-1d-playing");
        assertFalse(page.view.panel().historyChart().logScale(), "ordinary losses use a linear axis");
        robot.interact(() -> page.theme.set(Theme.DARK));
        PracticeStage.darkShot(robot, page.stage(), "simulator-1d-playing");
        robot.interact(() -> page.theme.set(Theme.LIGHT));
    }

    @Test
    void blowUpShowsABannerWithAResetButton(FxRobot robot) throws Exception {
        show(robot, SimFixtures.wild());
        assertFalse(robot.lookup("#sim-failure-banner").query().isVisible());
        robot.interact(() -> page.view.viewModel().speedIndexProperty().set(Speeds.MAX_INDEX));
        robot.clickOn("#sim-play");
        page.until(robot, () -> robot.lookup("#sim-failure-banner").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        var failure = page.view.viewModel().runner().latest().snapshot().failure();
        assertTrue(text(robot, "#sim-failure-title").contains("step " + failure.step()), text(robot, "#sim-failure-title"));
        assertTrue(text(robot, "#sim-failure-what").contains(failure.what()),
                text(robot, "#sim-failure-what") + " | " + failure);
        assertTrue(text(robot, "#sim-failure-likely").contains(failure.likely()),
                text(robot, "#sim-failure-likely") + " | " + failure);
        assertTrue(robot.lookup("#sim-play").queryButton().isDisabled());
        assertTrue(page.view.panel().historyChart().logScale(), "exploded losses switch the loss axis to a log scale");
        PracticeStage.shot(robot, page.stage(), "simulator-blowup");
        robot.clickOn("#sim-failure-reset");
        page.until(robot, () -> !robot.lookup("#sim-failure-banner").query().isVisible() && page.shownStep(robot) == 0);
    }

    @Test
    void slowMotionHighlightsTheAlgorithmLine(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("ring8"));
        robot.interact(() -> page.view.viewModel().speedIndexProperty().set(0));
        page.until(robot, () -> page.view.viewModel().runner().latest().speed().isSlowMotion());
        assertTrue(text(robot, "#sim-speed-text").startsWith("slow motion"));
        robot.clickOn("#sim-step"); // SAMPLE_NOISE
        robot.clickOn("#sim-step"); // SAMPLE_DATA
        robot.clickOn("#sim-step"); // UPDATE_D
        page.until(robot, () -> active(robot, "#algorithm-update-d"));
        assertFalse(active(robot, "#algorithm-sample-noise"));
        PracticeStage.shot(robot, page.stage(), "simulator-slow-motion");
        robot.clickOn("#sim-step"); // UPDATE_G completes step 1
        page.until(robot, () -> active(robot, "#algorithm-update-g") && page.shownStep(robot) == 1);
    }

    private static boolean active(FxRobot robot, String id) {
        return robot.lookup(id).query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("active"));
    }

    @Test
    void sgdAtRateOneOnRing8SaysHowManyFakesLeftThePlotAndOffersReset(FxRobot robot) throws Exception {
        ExperimentConfig c = ExperimentPresets.get("ring8").withSeed(1);
        org.ganclassroom.sim.config.TrainingSpec t = c.training();
        show(robot, c.withTraining(new org.ganclassroom.sim.config.TrainingSpec(t.objective(),
                org.ganclassroom.sim.optim.OptimizerKind.SGD, 1, 1, t.beta1(), t.beta2(), t.batchSize())));
        assertFalse(robot.lookup("#sim-offplot").query().isVisible(), "all fakes start on the plot");
        robot.interact(() -> page.view.viewModel().play());
        page.until(robot, () -> robot.lookup("#sim-offplot").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        var s = page.view.viewModel().run().frame().snapshot();
        double[][] fakes = s.fakeBatch();
        int off = 0;
        for (int i = 0; i < fakes[0].length; i++) {
            boolean in = fakes[0][i] >= s.lower() && fakes[0][i] <= s.upper() && fakes[1][i] >= s.lower()
                    && fakes[1][i] <= s.upper();
            off += in ? 0 : 1;
        }
        assertTrue(off > 0);
        assertTrue(text(robot, "#sim-offplot-text").startsWith(off + " of " + fakes[0].length
                + " generated samples are off the plot"), text(robot, "#sim-offplot-text"));
        robot.interact(() -> page.view.viewModel().pause());
        org.ganclassroom.ui.practice.PracticeStage.shot(robot, page.stage(), "sim-offplot");
        robot.clickOn("#sim-offplot-reset");
        page.until(robot, () -> page.shownStep(robot) == 0);
        assertFalse(robot.lookup("#sim-offplot").query().isVisible(), "after Reset every fake is on the plot again");
    }
}
