package org.ganclassroom.ui.simulator;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.common.Readout;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.live.Speeds;
import org.ganclassroom.ui.practice.PracticeStage;
import org.ganclassroom.ui.shell.ThemeStyles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.function.BooleanSupplier;

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
    private static final int MAX_FRAMES = 2000;
    private final SimpleObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private Stage stage;
    private SimulatorView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ThemeStyles.apply(Theme.LIGHT);
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1068, 764));
        stage.show();
    }

    private void show(FxRobot robot, ExperimentConfig config) {
        robot.interact(() -> {
            SimulatorViewModel vm = new SimulatorViewModel(LiveRun.Runners.MANUAL, config);
            long[] now = {0};
            vm.readouts().setClock(() -> now[0] += SimulatorReadouts.READOUT_INTERVAL_NANOS); // every frame's numbers show
            view = SimulatorView.create(vm, theme, org.ganclassroom.ui.live.StartRun.defaults());
            Scene scene = new Scene(view.getView(), 1068, 764);
            scene.getStylesheets().add(ThemeStyles.appStylesheet());
            stage.setScene(scene);
            view.onShow();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (view != null) {
            robot.interact(() -> view.onHide());
            view.viewModel().runner().close();
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /**
     * On the FX thread: pulls the run's frame as the plot's timer would, and while the condition does not hold
     * runs one more frame of the (manual) simulation; fails after {@value #MAX_FRAMES} frames.
     */
    private void until(FxRobot robot, BooleanSupplier condition) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (int i = 0; ; i++) {
                view.viewModel().run().pull();
                if (condition.getAsBoolean()) {
                    return;
                }
                if (i == MAX_FRAMES) {
                    throw new AssertionError("never happened within " + MAX_FRAMES + " frames (step "
                            + view.viewModel().runner().latest().snapshot().metrics().step() + ")");
                }
                view.viewModel().runner().runFrames(1);
            }
        });
    }

    private long shownStep(FxRobot robot) {
        return Long.parseLong(text(robot, "#sim-step-value"));
    }

    @Test
    void stepButtonAndArrowKeyShowExactlyOneMoreStep(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("mixture2"));
        long before = shownStep(robot);
        robot.clickOn("#sim-step");
        until(robot, () -> text(robot, "#sim-step-value").equals(Long.toString(before + 1)));
        WaitForAsyncUtils.waitForFxEvents();
        Frame f = view.viewModel().runner().latest();
        assertEquals(before + 1, f.snapshot().metrics().step());
        assertEquals(Readout.number(f.snapshot().metrics().jsd()), text(robot, "#sim-jsd"));
        assertEquals(Readout.number(f.snapshot().metrics().jsdBits()), text(robot, "#sim-jsd-bits"));
        assertEquals(Readout.number(f.snapshot().metrics().gLoss()), text(robot, "#sim-g-loss"));
        assertTrue(robot.lookup("#sim-w1").query().isVisible(), "W1 shows in 1-D");
        assertFalse(robot.lookup("#sim-modes").query().isVisible(), "modes do not show for a 1-D run");
        assertFalse(robot.lookup("#sim-frechet").query().isVisible(), "Fréchet distance is a 2-D readout");
        assertFalse(robot.lookup("#sim-precision-recall").query().isVisible(), "precision / recall: 2-D only");

        robot.interact(() -> view.getView().requestFocus());
        robot.type(KeyCode.RIGHT);
        until(robot, () -> text(robot, "#sim-step-value").equals(Long.toString(before + 2)));
    }

    @Test
    void spacePlaysAndPausesAndRResets(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("mixture2"));
        Button play = robot.lookup("#sim-play").queryButton();
        assertEquals("Play", play.getText());
        assertNotNull(play.getTooltip());
        robot.interact(() -> view.getView().requestFocus());
        robot.type(KeyCode.SPACE);
        until(robot, () -> shownStep(robot) > 20);
        assertEquals("Pause", play.getText());
        robot.type(KeyCode.SPACE);
        until(robot, () -> !view.viewModel().runner().latest().playing());
        WaitForAsyncUtils.waitForFxEvents();
        until(robot, () -> text(robot, "#sim-step-value").equals(
                Long.toString(view.viewModel().runner().latest().snapshot().metrics().step())));
        assertEquals("Play", play.getText());
        long paused = shownStep(robot);
        assertTrue(paused > 20);
        robot.type(KeyCode.R);
        until(robot, () -> shownStep(robot) == 0);
        robot.clickOn("#sim-play");
        until(robot, () -> shownStep(robot) > 3);
        robot.clickOn("#sim-play");
        until(robot, () -> !view.viewModel().runner().latest().playing());
        robot.clickOn("#sim-reset");
        until(robot, () -> shownStep(robot) == 0);
    }

    @Test
    void typedSettingsApplyLiveAndBadOnesShowInline(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("mixture2"));
        assertFalse(robot.lookup("#sim-config").query().isVisible(), "the configuration starts collapsed");
        robot.clickOn("#sim-config-toggle");
        robot.doubleClickOn("#sim-lr-g").eraseText(12).write("abc");
        until(robot, () -> robot.lookup("#sim-lr-g-error").query().isVisible());
        assertTrue(text(robot, "#sim-lr-g-error").contains("expected a number"), text(robot, "#sim-lr-g-error"));
        robot.eraseText(3).write("0.01");
        until(robot, () -> !robot.lookup("#sim-lr-g-error").query().isVisible());
        robot.clickOn("#sim-step");
        until(robot, () -> shownStep(robot) == 1);
        assertEquals(0.01, view.viewModel().runner().latest().snapshot().training().lrG());
        // the seed: bad text inline, Enter applies
        robot.doubleClickOn("#sim-seed").eraseText(6).write("x1").type(KeyCode.ENTER);
        until(robot, () -> robot.lookup("#sim-seed-error").query().isVisible());
        robot.eraseText(2).write("7").type(KeyCode.ENTER);
        until(robot, () -> shownStep(robot) == 0 && view.viewModel().appliedConfig().seed() == 7);
        assertFalse(robot.lookup("#sim-seed-error").query().isVisible());
    }

    @Test
    void twoDRing8ShowsModesOutOfEight(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("mixture2"));
        robot.clickOn("#sim-config-toggle");
        robot.interact(() -> view.viewModel().form().datasetProperty().set("ring8"));
        assertTrue(robot.lookup("#sim-restart-pending").query().isVisible());
        robot.clickOn("#sim-apply-restart");
        until(robot, () -> robot.lookup("#sim-heatmap").query().isVisible());
        robot.interact(() -> view.viewModel().speedIndexProperty().set(Speeds.MAX_INDEX));
        robot.interact(() -> view.viewModel().play());
        until(robot, () -> shownStep(robot) >= 1500);
        robot.interact(() -> view.viewModel().pause());
        until(robot, () -> !view.viewModel().runner().latest().playing());
        WaitForAsyncUtils.waitForFxEvents();
        until(robot, () -> text(robot, "#sim-step-value").equals(
                Long.toString(view.viewModel().runner().latest().snapshot().metrics().step())));
        var m = view.viewModel().runner().latest().snapshot().metrics();
        assertEquals(m.modesCaptured() + " / 8", text(robot, "#sim-modes"));
        assertTrue(text(robot, "#sim-modes").matches("\\d / 8"));
        assertFalse(robot.lookup("#sim-w1").query().isVisible(), "no W1 in 2-D");
        assertTrue(robot.lookup("#sim-frechet").query().isVisible(), "Fréchet distance beside the JSD in 2-D");
        assertEquals(Readout.number(m.frechet()), text(robot, "#sim-frechet"));
        assertTrue(Double.isFinite(m.precision()) && Double.isFinite(m.recall()), "measured live in 2-D: " + m);
        assertTrue(m.precision() >= 0 && m.precision() <= 1 && m.recall() >= 0 && m.recall() <= 1);
        assertEquals(org.ganclassroom.ui.common.FixedDecimals.format(m.precision(), 2) + " / "
                + org.ganclassroom.ui.common.FixedDecimals.format(m.recall(), 2), text(robot, "#sim-precision-recall"));
        until(robot, () -> view.panel().heatmap().snapshot() != null);
        PracticeStage.shot(robot, stage, "simulator-2d-ring8");
        robot.interact(() -> theme.set(Theme.DARK)); // the charts take their palette from the view's theme
        PracticeStage.darkShot(robot, stage, "simulator-2d-ring8");
        robot.interact(() -> theme.set(Theme.LIGHT));
    }

    @Test
    void oneDPlayingRendersToPng(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("mixture2"));
        robot.interact(() -> view.viewModel().speedIndexProperty().set(Speeds.MAX_INDEX - 2));
        robot.interact(() -> view.viewModel().play());
        until(robot, () -> shownStep(robot) >= 800);
        PracticeStage.shot(robot, stage, "simulator-1d-playing");
        assertFalse(view.panel().historyChart().logScale(), "ordinary losses use a linear axis");
        robot.interact(() -> theme.set(Theme.DARK));
        PracticeStage.darkShot(robot, stage, "simulator-1d-playing");
        robot.interact(() -> theme.set(Theme.LIGHT));
    }

    @Test
    void blowUpShowsABannerWithAResetButton(FxRobot robot) throws Exception {
        show(robot, SimFixtures.wild());
        assertFalse(robot.lookup("#sim-failure-banner").query().isVisible());
        robot.interact(() -> view.viewModel().speedIndexProperty().set(Speeds.MAX_INDEX));
        robot.clickOn("#sim-play");
        until(robot, () -> robot.lookup("#sim-failure-banner").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        var failure = view.viewModel().runner().latest().snapshot().failure();
        assertTrue(text(robot, "#sim-failure-title").contains("step " + failure.step()), text(robot, "#sim-failure-title"));
        assertTrue(text(robot, "#sim-failure-what").contains(failure.what()),
                text(robot, "#sim-failure-what") + " | " + failure);
        assertTrue(text(robot, "#sim-failure-likely").contains(failure.likely()),
                text(robot, "#sim-failure-likely") + " | " + failure);
        assertTrue(robot.lookup("#sim-play").queryButton().isDisabled());
        assertTrue(view.panel().historyChart().logScale(), "exploded losses switch the loss axis to a log scale");
        PracticeStage.shot(robot, stage, "simulator-blowup");
        robot.clickOn("#sim-failure-reset");
        until(robot, () -> !robot.lookup("#sim-failure-banner").query().isVisible() && shownStep(robot) == 0);
    }

    @Test
    void slowMotionHighlightsTheAlgorithmLine(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("ring8"));
        robot.interact(() -> view.viewModel().speedIndexProperty().set(0));
        until(robot, () -> view.viewModel().runner().latest().speed().isSlowMotion());
        assertTrue(text(robot, "#sim-speed-text").startsWith("slow motion"));
        robot.clickOn("#sim-step"); // SAMPLE_NOISE
        robot.clickOn("#sim-step"); // SAMPLE_DATA
        robot.clickOn("#sim-step"); // UPDATE_D
        until(robot, () -> active(robot, "#algorithm-update-d"));
        assertFalse(active(robot, "#algorithm-sample-noise"));
        PracticeStage.shot(robot, stage, "simulator-slow-motion");
        robot.clickOn("#sim-step"); // UPDATE_G completes step 1
        until(robot, () -> active(robot, "#algorithm-update-g") && shownStep(robot) == 1);
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
        robot.interact(() -> view.viewModel().play());
        until(robot, () -> robot.lookup("#sim-offplot").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        var s = view.viewModel().run().frame().snapshot();
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
        robot.interact(() -> view.viewModel().pause());
        org.ganclassroom.ui.practice.PracticeStage.shot(robot, stage, "sim-offplot");
        robot.clickOn("#sim-offplot-reset");
        until(robot, () -> shownStep(robot) == 0);
        assertFalse(robot.lookup("#sim-offplot").query().isVisible(), "after Reset every fake is on the plot again");
    }
}
