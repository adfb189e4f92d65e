package org.ganclassroom.ui.lab;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;
import org.ganclassroom.ui.charts.HistoryChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A click on the Mini Lab's history puts the run at that step, with a fresh run's numbers; playing goes on from it. */
@ExtendWith(ApplicationExtension.class)
class LabRewindTest {
    @RegisterExtension
    final LabPages.Manual lab = new LabPages.Manual();

    @Test
    void clickingOnTheHistoryGoesBackToThatStepAndPlayingGoesOnFromThere(FxRobot robot) {
        ExperimentConfig[] config = new ExperimentConfig[1];
        robot.interact(() -> {
            lab.vm.run().runner().inspect(s -> config[0] = s.trainer().config());
            lab.vm.run().play();
            lab.vm.run().runner().runFramesUntil(f -> f.snapshot().metrics().step() >= 120, 500);
            lab.vm.run().pause();
        });
        Frame before = lab.pulled(robot);
        long last = before.snapshot().metrics().step();

        HistoryChart chart = robot.lookup("#lab-history-chart").queryAs(HistoryChart.class);
        Bounds b = chart.canvas().localToScreen(chart.canvas().getBoundsInLocal());
        Point2D at = new Point2D(b.getMinX() + chart.xOf(50), b.getMinY() + b.getHeight() / 2);
        long picked = chart.stepAt(chart.canvas().screenToLocal(at).getX());
        robot.clickOn(at);
        Frame f = lab.pulled(robot);

        assertEquals(picked, f.snapshot().metrics().step());
        GanTrainer fresh = new GanTrainer(config[0]);
        for (long i = 0; i < picked; i++) {
            fresh.step();
        }
        assertEquals(new Measurement(fresh).measure(), f.snapshot().metrics(), "every number of step " + picked);
        HistoryView h = f.histories().get(0);
        assertEquals(last, h.step(h.size() - 1), "looking back keeps the steps after it");

        robot.interact(() -> {
            lab.vm.run().play();
            lab.vm.run().runner().runFrames(1);
            lab.vm.run().pause();
        });
        f = lab.pulled(robot);
        long now = f.snapshot().metrics().step();
        h = f.histories().get(0);
        assertTrue(now > picked && now < last, "went on from " + picked + ": " + now);
        assertEquals(now, h.step(h.size() - 1), "the old steps after " + picked + " are forgotten");
    }
}
