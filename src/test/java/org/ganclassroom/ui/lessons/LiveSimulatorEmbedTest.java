package org.ganclassroom.ui.lessons;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.charts.ChartPalette;
import org.ganclassroom.ui.live.LivePlot;
import org.ganclassroom.ui.live.LiveRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lesson's simulator block runs live inside the lesson, with its chips and frozen generator. */
@ExtendWith(ApplicationExtension.class)
class LiveSimulatorEmbedTest {
    private final List<AppView> opened = new ArrayList<>();
    private final SimpleObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private StackPane root;

    @Start
    void start(Stage stage) {
        LessonBlock.Simulator block = new LessonBlock.Simulator(1, "mixture2", List.of("labelsmoothing"), true,
                "Watch D settle onto D*.");
        LiveSimulatorEmbed embed = new LiveSimulatorEmbed((preset, chip) -> opened.add(AppView.LAB),
                theme, LiveRun.Runners.MANUAL);
        root = new StackPane(embed.create(block));
        stage.setScene(new Scene(root, 900, 800));
        stage.show();
    }

    @Test
    void runHereTrainsTheBlocksExperimentAndLeavingStopsIt(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-sim-run");
        WaitForAsyncUtils.waitForFxEvents();
        LivePlot plot = robot.lookup("#lesson-sim-panel").queryAs(LivePlot.class);
        var runner = plot.run().runner();
        AtomicReference<Frame> first = new AtomicReference<>();
        AtomicReference<Frame> later = new AtomicReference<>();
        robot.interact(() -> {
            first.set(runner.runFramesUntil(f -> f.snapshot().metrics().step() >= 5, 100));
            later.set(runner.runFramesUntil(f -> f.snapshot().metrics().step() >= 25, 100));
        });
        assertTrue(first.get().snapshot().stabilisers().labelSmoothing(), "the block's chip is on");
        assertArrayEquals(first.get().snapshot().pG(), later.get().snapshot().pG(), 0.0,
                "freezeGenerator: G must not move");

        robot.interact(() -> theme.set(Theme.DARK));
        assertEquals(ChartPalette.dark(), plot.chart().palette(), "a running embed follows a theme switch");

        robot.interact(() -> root.getChildren().clear());
        assertFalse(runner.isAlive(), "leaving the lesson ends the run");
    }

    @Test
    void tryItInTheLabOpensTheLab(FxRobot robot) {
        robot.clickOn("#lesson-sim-lab");
        assertEquals(List.of(AppView.LAB), opened);
    }
}
