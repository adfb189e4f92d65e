package org.ganclassroom.ui.simulator;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.lab.LabController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lesson's simulator block runs live inside the lesson, with its chips and frozen generator. */
@ExtendWith(ApplicationExtension.class)
class LiveSimulatorEmbedTest {
    private final List<AppView> opened = new ArrayList<>();
    private StackPane root;

    @Start
    void start(Stage stage) {
        LessonBlock.Simulator block = new LessonBlock.Simulator(1, "mixture2", List.of("labelsmoothing"), true,
                "Watch D settle onto D*.");
        LiveSimulatorEmbed embed = new LiveSimulatorEmbed(opened::add, new LabController(),
                new SimpleObjectProperty<>(Theme.LIGHT));
        root = new StackPane(embed.create(block));
        stage.setScene(new Scene(root, 900, 800));
        stage.show();
    }

    @Test
    void runHereTrainsTheBlocksExperimentAndLeavingStopsIt(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-sim-run");
        WaitForAsyncUtils.waitForFxEvents();
        SimulatorPanel panel = robot.lookup("#lesson-sim-panel").queryAs(SimulatorPanel.class);
        var runner = panel.viewModel().runner();
        Frame first = runner.awaitFrame(f -> f.snapshot().metrics().step() >= 5, Duration.ofSeconds(30));
        assertTrue(first.snapshot().stabilisers().labelSmoothing(), "the block's chip is on");
        Frame later = runner.awaitFrame(f -> f.snapshot().metrics().step() >= first.snapshot().metrics().step() + 20,
                Duration.ofSeconds(30));
        assertArrayEquals(first.snapshot().pG(), later.snapshot().pG(), 0.0, "freezeGenerator: G must not move");

        robot.interact(() -> root.getChildren().clear());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !runner.isAlive());
        assertFalse(runner.isAlive(), "leaving the lesson ends the simulation thread");
    }

    @Test
    void tryItInTheLabOpensTheLab(FxRobot robot) {
        robot.clickOn("#lesson-sim-lab");
        assertEquals(List.of(AppView.LAB), opened);
    }
}
