package org.ganclassroom.ui.lab;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.charts.HistoryChart;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.shell.ThemeStyles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A click on the Mini Lab's history puts the run at that step, with a fresh run's numbers; playing goes on from it. */
@ExtendWith(ApplicationExtension.class)
class LabRewindTest {
    private Stage stage;
    private LabViewModel vm;
    private LabView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ThemeStyles.apply(Theme.LIGHT);
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1200, 800));
        stage.show();
    }

    @BeforeEach
    void show(FxRobot robot) {
        robot.interact(() -> {
            vm = new LabViewModel(ExperimentPresets.DEFAULT, ChipCards.standard(), LiveRun.Runners.MANUAL);
            view = LabPages.alone(stage, vm);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() {
        vm.close();
    }

    private Frame pulled(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.refresh());
        return vm.frameProperty().get();
    }

    @Test
    void clickingOnTheHistoryGoesBackToThatStepAndPlayingGoesOnFromThere(FxRobot robot) {
        ExperimentConfig[] config = new ExperimentConfig[1];
        robot.interact(() -> {
            vm.run().runner().inspect(s -> config[0] = s.trainer().config());
            vm.run().play();
            vm.run().runner().runFramesUntil(f -> f.snapshot().metrics().step() >= 120, 500);
            vm.run().pause();
        });
        Frame before = pulled(robot);
        long last = before.snapshot().metrics().step();

        HistoryChart chart = robot.lookup("#lab-history-chart").queryAs(HistoryChart.class);
        Bounds b = chart.canvas().localToScreen(chart.canvas().getBoundsInLocal());
        Point2D at = new Point2D(b.getMinX() + chart.xOf(50), b.getMinY() + b.getHeight() / 2);
        long picked = chart.stepAt(chart.canvas().screenToLocal(at).getX());
        robot.clickOn(at);
        Frame f = pulled(robot);

        assertEquals(picked, f.snapshot().metrics().step());
        GanTrainer fresh = new GanTrainer(config[0]);
        for (long i = 0; i < picked; i++) {
            fresh.step();
        }
        assertEquals(new Measurement(fresh).measure(), f.snapshot().metrics(), "every number of step " + picked);
        HistoryView h = f.histories().get(0);
        assertEquals(last, h.step(h.size() - 1), "looking back keeps the steps after it");

        robot.interact(() -> {
            vm.run().play();
            vm.run().runner().runFrames(1);
            vm.run().pause();
        });
        f = pulled(robot);
        long now = f.snapshot().metrics().step();
        h = f.histories().get(0);
        assertTrue(now > picked && now < last, "went on from " + picked + ": " + now);
        assertEquals(now, h.step(h.size() - 1), "the old steps after " + picked + " are forgotten");
    }
}
