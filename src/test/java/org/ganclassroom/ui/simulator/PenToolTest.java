package org.ganclassroom.ui.simulator;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.ganclassroom.sim.config.DataSpec;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.ui.charts.DensityChart1D;
import org.ganclassroom.ui.practice.PracticeStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pen: Draw, a drag across the 1-D plot that draws a bump, and release restart the run on a target of that
 * shape; a second stroke replaces it.
 */
@ExtendWith(ApplicationExtension.class)
class PenToolTest {
    @RegisterExtension
    final SimPage page = new SimPage();

    /** Screen point at fractions of the density chart's box (0,0 its top left), inside its plot area. */
    private Point2D at(FxRobot robot, double fx, double fy) {
        DensityChart1D chart = page.view.panel().densityChart();
        Bounds b = chart.localToScreen(chart.getBoundsInLocal());
        return new Point2D(b.getMinX() + fx * b.getWidth(), b.getMinY() + fy * b.getHeight());
    }

    /** Presses at the first point, drags through the others, releases at the last. */
    private void stroke(FxRobot robot, double[][] fractions) {
        robot.moveTo(at(robot, fractions[0][0], fractions[0][1])).press(MouseButton.PRIMARY);
        for (double[] f : fractions) {
            robot.moveTo(at(robot, f[0], f[1]));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A flat line on the axis with one tall bump between x fractions a and b. */
    private static double[][] bump(double a, double b) {
        double[][] out = new double[41][];
        for (int i = 0; i <= 40; i++) {
            double fx = 0.15 + 0.7 * i / 40;
            double up = fx > a && fx < b ? 0.35 : 0.97; // high on the chart over the bump, under the axis elsewhere
            out[i] = new double[]{fx, up};
        }
        return out;
    }

    private static double massRightOf(Snapshot s, double x) {
        double total = 0;
        double right = 0;
        for (int i = 0; i < s.gridSize(); i++) {
            total += s.pData()[i];
            right += s.cellCentre(i) > x ? s.pData()[i] : 0;
        }
        return right / total;
    }

    private double dataXAt(double fx) {
        DensityChart1D chart = page.view.panel().densityChart();
        return chart.dataX(fx * chart.getWidth());
    }

    @Test
    void aStrokeOnThePlotBecomesTheTargetAndTheRunRestartsOnIt(FxRobot robot) throws Exception {
        page.show(robot, ExperimentPresets.get(ExperimentPresets.DEFAULT), 1024, 768);
        robot.clickOn("#sim-play");
        page.until(robot, () -> page.shownStep(robot) > 5);
        robot.clickOn("#sim-draw");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#sim-pen-hint").query().isVisible(), "the pen says what to do");
        double mid = dataXAt(0.6);
        stroke(robot, bump(0.65, 0.8));
        page.until(robot, () -> page.shownStep(robot) == 0);
        assertEquals(DataSpec.DRAWN, page.vm().appliedConfig().data().preset(), "the run trains on the drawing");
        assertEquals(1, page.vm().appliedConfig().data().dimension());
        PracticeStage.shot(robot, page.stage(), "sim-pen-drawn-1024");
        Snapshot s = page.vm().runner().latest().snapshot();
        assertTrue(massRightOf(s, mid) > 0.9, "p_data sits under the bump: " + massRightOf(s, mid));

        robot.clickOn("#sim-play");
        page.until(robot, () -> page.shownStep(robot) > 5);
        robot.clickOn("#sim-play");

        double left = dataXAt(0.45);
        stroke(robot, bump(0.2, 0.4));
        page.until(robot, () -> page.shownStep(robot) == 0);
        Snapshot t = page.vm().runner().latest().snapshot();
        assertTrue(massRightOf(t, left) < 0.1, "a new stroke replaces the shape: " + massRightOf(t, left));

        robot.clickOn("#sim-draw");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup("#sim-pen-hint").query().isVisible());
    }

    @Test
    void aStrokeAlongTheAxisSaysWhatToDoAndKeepsTheRun(FxRobot robot) {
        page.show(robot, ExperimentPresets.get(ExperimentPresets.DEFAULT), 1024, 768);
        robot.clickOn("#sim-draw");
        stroke(robot, new double[][]{{0.2, 0.95}, {0.5, 0.95}, {0.8, 0.95}});
        assertTrue(SimPage.text(robot, "#sim-pen-hint").contains("above the x axis"),
                SimPage.text(robot, "#sim-pen-hint"));
        assertEquals(ExperimentPresets.DEFAULT, page.vm().appliedConfig().data().preset(), "nothing was applied");
    }
}
