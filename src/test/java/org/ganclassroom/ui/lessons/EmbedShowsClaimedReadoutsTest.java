package org.ganclassroom.ui.lessons;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.scenario.Claim;
import org.ganclassroom.lesson.scenario.Expectation;
import org.ganclassroom.lesson.scenario.Readout;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.live.LivePlot;
import org.ganclassroom.ui.live.LiveRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A caption that tells the student to watch a number must show that number: the embed prints every readout its
 * block's claims name (G's gradient norm is on no other panel), with the value the check reads.
 */
@ExtendWith(ApplicationExtension.class)
class EmbedShowsClaimedReadoutsTest {
    @Start
    void start(Stage stage) {
        Expectation x = new Expectation(5, List.of(1L), 1, 200, 100, List.of(
                new Claim(7, "gradNormG <= 0.12 at 100", Readout.GRAD_NORM_G, Claim.Op.LE, 0.12, 100, 100, 1),
                new Claim(8, "jsd >= 0.643 over 0..200", Readout.JSD, Claim.Op.GE, 0.643, 0, 200, 1)));
        LessonBlock.Simulator block = new LessonBlock.Simulator(1, "saturating", List.of(), false,
                "Watch G's gradient norm.", x);
        LiveSimulatorEmbed embed = new LiveSimulatorEmbed((preset, chip) -> { }, new SimpleObjectProperty<>(Theme.LIGHT),
                LiveRun.Runners.MANUAL);
        stage.setScene(new Scene(new StackPane(embed.create(block)), 900, 800));
        stage.show();
    }

    @Test
    void theNumbersTheClaimsNameAreShownAsTheCheckReadsThem(FxRobot robot) {
        robot.clickOn("#lesson-sim-run");
        WaitForAsyncUtils.waitForFxEvents();
        var runner = robot.lookup("#lesson-sim-panel").queryAs(LivePlot.class).run().runner();
        AtomicReference<Frame> frame = new AtomicReference<>();
        robot.interact(() -> frame.set(runner.runFramesUntil(f -> f.snapshot().metrics().step() >= 20, 100)));
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#lesson-sim-claimed").queryAs(Label.class).getText();
        String grad = org.ganclassroom.ui.common.Readout.number(Readout.GRAD_NORM_G.of(frame.get().snapshot()));
        assertTrue(text.contains("gradNormG " + grad), text);
        assertTrue(text.contains("jsd " + org.ganclassroom.ui.common.Readout.number(
                Readout.JSD.of(frame.get().snapshot()))), text);
    }
}
