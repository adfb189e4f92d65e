package org.ganclassroom.ui.simulator;

import javafx.scene.input.KeyCode;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.ui.charts.HistoryChart;
import org.ganclassroom.ui.charts.HistoryMarks;
import org.ganclassroom.ui.practice.PracticeStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Simulator's history chart marks the step where a learning rate (or another live setting) was switched. */
@ExtendWith(ApplicationExtension.class)
class HistoryMarksTest {
    @RegisterExtension
    final SimPage page = new SimPage();

    private List<HistoryMarks.Mark> shownMarks() {
        return page.view.panel().historyChart().marks();
    }

    @Test
    void switchingTheLearningRateMidRunIsMarkedOnTheHistoryAndResetClearsIt(FxRobot robot) throws Exception {
        page.show(robot, ExperimentPresets.get(ExperimentPresets.DEFAULT), 1024, 768);
        robot.clickOn("#sim-play");
        page.until(robot, () -> page.shownStep(robot) > 200);
        robot.clickOn("#sim-play");
        page.until(robot, () -> !page.vm().runner().latest().playing());
        long at = page.vm().runner().latest().snapshot().metrics().step();
        robot.doubleClickOn("#sim-quick-lr-g").eraseText(12).write("0.01").type(KeyCode.ENTER);
        robot.clickOn("#sim-play");
        page.until(robot, () -> page.shownStep(robot) > at + 200);
        robot.clickOn("#sim-play");
        HistoryChart chart = page.view.panel().historyChart();
        assertEquals(List.of(new HistoryMarks.Mark(at, "η_G 0.001→0.01")), shownMarks(),
                "one mark, at the step the rate was switched, saying what changed");
        assertTrue(chart.history().step(chart.history().size() - 1) > at, "the mark lies inside the history shown");
        PracticeStage.shot(robot, page.stage(), "sim-history-mark");

        robot.clickOn("#sim-reset");
        page.until(robot, () -> page.shownStep(robot) == 0);
        assertEquals(List.of(), shownMarks(), "a restarted run has no switches yet");
    }
}
