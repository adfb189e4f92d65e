package org.ganclassroom.ui.simulator;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.ui.charts.HistoryChart;
import org.ganclassroom.ui.common.Readout;
import org.ganclassroom.ui.live.RewindBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rewind in the Simulator as a user does it, over a manual runner: click and drag on the history chart, the ← and
 * End keys, fast-forward by button and key. Wherever the run lands, the readouts are those of a fresh run of that
 * many steps on the same seed; playing on from a past step goes on from there and forgets the old future.
 */
@ExtendWith(ApplicationExtension.class)
class SimulatorRewindTest {
    private static final ExperimentConfig CONFIG = ExperimentPresets.get("mixture2");
    @RegisterExtension
    final SimPage page = new SimPage();

    @BeforeEach
    void show(FxRobot robot) {
        page.show(robot, CONFIG, 1024, 768);
    }

    /** What a fresh run of {@code steps} steps on the same seed reads. */
    private static Metrics fresh(long steps) {
        GanTrainer t = new GanTrainer(CONFIG);
        for (long i = 0; i < steps; i++) {
            t.step();
        }
        return new Measurement(t).measure();
    }

    private void trainTo(FxRobot robot, long steps) {
        robot.interact(() -> page.vm().play());
        page.until(robot, () -> page.vm().frame().snapshot().metrics().step() >= steps);
        robot.interact(() -> page.vm().pause());
        page.until(robot, () -> true);
    }

    private HistoryChart chart(FxRobot robot) {
        return robot.lookup("#sim-history").queryAs(HistoryChart.class);
    }

    /** Where on the screen the chart draws {@code step}, halfway up its plot. */
    private Point2D onScreen(HistoryChart chart, long step) {
        Bounds b = chart.canvas().localToScreen(chart.canvas().getBoundsInLocal());
        return new Point2D(b.getMinX() + chart.xOf(step), b.getMinY() + b.getHeight() / 2);
    }

    private long shown(FxRobot robot) {
        page.until(robot, () -> true);
        return page.shownStep(robot);
    }

    /** The page shows step {@code n} with a fresh run's numbers: the snapshot, the step and the JSD and loss readouts. */
    private void assertShowsFreshRunAt(FxRobot robot, long n) {
        assertEquals(n, shown(robot));
        Metrics expected = fresh(n);
        assertEquals(expected, page.vm().frame().snapshot().metrics(), "every number of step " + n);
        assertEquals(Readout.number(expected.jsd()), SimPage.text(robot, "#sim-jsd"));
        assertEquals(Readout.number(expected.dLoss()), SimPage.text(robot, "#sim-d-loss"));
        assertEquals(Readout.number(expected.gLoss()), SimPage.text(robot, "#sim-g-loss"));
    }

    @Test
    void clickingOnTheHistoryGoesBackToThatStepAndPlayingGoesOnFromThere(FxRobot robot) {
        trainTo(robot, 160);
        long last = page.vm().frame().snapshot().metrics().step();
        HistoryChart chart = chart(robot);
        Point2D at = onScreen(chart, 60);
        long picked = chart.stepAt(chart.canvas().screenToLocal(at).getX());
        assertTrue(Math.abs(picked - 60) <= 2, "the click lands near step 60: " + picked);

        robot.clickOn(at, MouseButton.PRIMARY);
        assertShowsFreshRunAt(robot, picked);
        HistoryView h = page.vm().historyProperty().get();
        assertEquals(last, h.step(h.size() - 1), "looking back keeps the steps after it on the chart");
        assertEquals("Step " + picked + " of " + last, SimPage.text(robot, "#sim-rewind-status"));

        robot.interact(() -> page.vm().play());
        page.vm().runner().runFrames(1);
        robot.interact(() -> page.vm().pause());
        long now = shown(robot);
        assertTrue(now > picked && now < picked + 50, "playing went on from " + picked + ": " + now);
        h = page.vm().historyProperty().get();
        assertEquals(now, h.step(h.size() - 1), "the old steps after " + picked + " are forgotten");
        assertShowsFreshRunAt(robot, now);
    }

    @Test
    void draggingAcrossTheHistoryShowsTheStepUnderThePointer(FxRobot robot) {
        trainTo(robot, 120);
        HistoryChart chart = chart(robot);
        Point2D from = onScreen(chart, 100);
        // a short drag: on the manual runner every move rebuilds its step on the FX thread
        Point2D to = onScreen(chart, 90);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        long expected = chart.stepAt(chart.canvas().screenToLocal(to).getX());
        assertShowsFreshRunAt(robot, expected);
    }

    @Test
    void keysStepBackReturnToTheLastStepAndFastForward(FxRobot robot) {
        trainTo(robot, 80);
        long last = shown(robot);
        robot.clickOn(onScreen(chart(robot), 40));
        long picked = shown(robot);
        robot.type(KeyCode.LEFT);
        assertShowsFreshRunAt(robot, picked - 1);
        robot.type(KeyCode.END);
        assertShowsFreshRunAt(robot, last);
        assertFalse(robot.lookup("#sim-rewind-latest").query().isVisible(), "at the last step: no way back to it");

        robot.type(KeyCode.F);
        assertShowsFreshRunAt(robot, last + 1_000);
        robot.interact(() -> robot.lookup("#sim-fast-forward-steps").queryComboBox().getSelectionModel().select(
                Integer.valueOf(100)));
        robot.clickOn("#sim-fast-forward");
        assertShowsFreshRunAt(robot, last + 1_100);
        assertTrue(RewindBar.AMOUNTS.contains(100));
    }
}
