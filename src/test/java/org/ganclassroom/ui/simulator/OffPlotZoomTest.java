package org.ganclassroom.ui.simulator;

import javafx.scene.control.ToggleButton;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.optim.OptimizerKind;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.ui.charts.Heatmap2D;
import org.ganclassroom.ui.charts.OffPlot;
import org.ganclassroom.ui.practice.PracticeStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SGD at η = 1 on ring8: the fakes leave the 2-D plot; the notice says so, says when the run has diverged, and
 * zooms the plot out until every fake is on it, and back.
 */
@ExtendWith(ApplicationExtension.class)
class OffPlotZoomTest {
    @RegisterExtension
    final SimPage page = new SimPage();

    private static ExperimentConfig sgd(double rate) {
        ExperimentConfig c = ExperimentPresets.get("ring8").withSeed(1);
        TrainingSpec t = c.training();
        return c.withTraining(new TrainingSpec(t.objective(), OptimizerKind.SGD, rate, rate, t.beta1(), t.beta2(),
                t.batchSize()));
    }

    private Snapshot shown() {
        return page.vm().run().frame().snapshot();
    }

    @Test
    void zoomOutPutsEveryEscapedFakeOnThePlotAndZoomBackRestoresIt(FxRobot robot) throws Exception {
        page.show(robot, sgd(1), 1024, 768);
        robot.interact(() -> page.vm().play());
        page.until(robot, () -> robot.lookup("#sim-offplot").query().isVisible());
        robot.interact(() -> page.vm().pause());
        page.until(robot, () -> !page.vm().runner().latest().playing());
        Heatmap2D heat = page.view.panel().heatmap();
        Snapshot s = shown();
        assertTrue(OffPlot.of(s.fakeBatch(), heat.shownRange()[0], heat.shownRange()[1]).off() > 0);

        robot.clickOn("#sim-offplot-zoom");
        assertTrue(heat.isZoomedOut());
        double[] range = heat.shownRange();
        OffPlot zoomed = OffPlot.of(s.fakeBatch(), range[0], range[1]);
        assertTrue(zoomed.off() == zoomed.nonFinite(), "zoomed out, every finite fake is on the plot: " + zoomed);
        assertTrue(range[0] <= s.lower() && range[1] >= s.upper(), "the data's square stays in view");
        assertTrue(robot.lookup("#sim-offplot-zoom").queryAs(ToggleButton.class).getText().equals("Zoom back"));
        PracticeStage.shot(robot, page.stage(), "sim-offplot-zoomed");

        robot.clickOn("#sim-offplot-zoom");
        assertArrayEquals(new double[]{s.lower(), s.upper()}, heat.shownRange(), 1e-12, "back to the data's square");

        robot.clickOn("#sim-offplot-zoom");
        robot.clickOn("#sim-offplot-reset");
        page.until(robot, () -> page.shownStep(robot) == 0);
        assertFalse(heat.isZoomedOut(), "a reset run is shown at its own scale");
    }

    @Test
    void aRunWhoseFakesRunAwaySaysItDiverged(FxRobot robot) throws Exception {
        page.show(robot, sgd(1), 1024, 768);
        robot.interact(() -> page.vm().play());
        page.until(robot, () -> robot.lookup("#sim-offplot").query().isVisible());
        String early = SimPage.text(robot, "#sim-offplot-text");
        OffPlot o = OffPlot.of(shown().fakeBatch(), shown().lower(), shown().upper());
        assertTrue(o.diverged() == early.startsWith("The run diverged"), early + " for " + o);
        page.until(robot, () -> OffPlot.of(shown().fakeBatch(), shown().lower(), shown().upper()).diverged());
        String text = SimPage.text(robot, "#sim-offplot-text");
        assertTrue(text.startsWith("The run diverged by step " + shown().metrics().step() + ": "), text);
        assertTrue(text.contains("Lower the learning rates"), text);
        robot.interact(() -> page.vm().pause());
        PracticeStage.shot(robot, page.stage(), "sim-offplot-diverged");
    }
}
