package org.ganclassroom.ui.simulator;

import org.ganclassroom.ui.practice.Screenshots;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.train.PlayerUpdates;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.shell.ThemeStyles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * D-step and G-step in the Simulator, by button and by key, over a manual runner (commands run at once on the FX
 * thread; the page shows a frame when it pulls it, as its timer would).
 */
@ExtendWith(ApplicationExtension.class)
class SimulatorPlayerStepTest {
    @RegisterExtension
    final SimPage page = new SimPage();

    @BeforeEach
    void show(FxRobot robot) {
        page.show(robot, ExperimentPresets.get("mixture2"), 1068, 764);
    }

    /** The frame the page shows after pulling the runner's newest one. */
    private Frame pulled(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> page.view.viewModel().run().pull());
        return page.view.viewModel().run().frame();
    }

    /** The page as PNG under target/screenshots/, to look at the tag in both themes. */
    private void shoot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.ofNode(page.view.getView(), name));
    }

    private static String moved(FxRobot robot) {
        return robot.lookup("#player-moved").queryAs(Label.class).getText();
    }

    @Test
    void dStepAndGStepButtonsMoveOnePlayerEachAndSaySo(FxRobot robot) {
        robot.clickOn("#sim-step");
        Frame start = pulled(robot);
        assertEquals("D then G", moved(robot), "a full step moves both, D first");

        robot.clickOn("#step-d");
        Frame afterD = pulled(robot);
        assertEquals(start.snapshot().metrics().step(), afterD.snapshot().metrics().step());
        assertEquals(new PlayerUpdates(2, 1), afterD.snapshot().updates());
        assertFalse(Arrays.equals(start.snapshot().d(), afterD.snapshot().d()), "D(x) moved");
        assertTrue(Arrays.equals(start.snapshot().pG(), afterD.snapshot().pG()), "p_g stayed");
        assertEquals("D stepped", moved(robot));
        assertTrue(robot.lookup("#player-moved").query().getStyleClass().contains("player-moved-d"));
        assertEquals("D 2 · G 1", robot.lookup("#player-updates").queryAs(Label.class).getText());
        assertEquals("1", robot.lookup("#sim-step-value").queryAs(Label.class).getText());
        shoot(robot, "sim-d-step-light");
        robot.interact(() -> ThemeStyles.apply(Theme.DARK));
        shoot(robot, "sim-d-step-dark");
        robot.interact(() -> ThemeStyles.apply(Theme.LIGHT));

        robot.clickOn("#step-g");
        Frame afterG = pulled(robot);
        assertEquals(start.snapshot().metrics().step() + 1, afterG.snapshot().metrics().step());
        assertTrue(Arrays.equals(afterD.snapshot().d(), afterG.snapshot().d()), "D(x) stayed");
        assertFalse(Arrays.equals(afterD.snapshot().pG(), afterG.snapshot().pG()), "p_g moved");
        assertEquals("G stepped", moved(robot));
        assertTrue(robot.lookup("#player-moved").query().getStyleClass().contains("player-moved-g"));
        assertFalse(robot.lookup("#player-moved").query().getStyleClass().contains("player-moved-d"));
        assertEquals("D 2 · G 2", robot.lookup("#player-updates").queryAs(Label.class).getText());
        assertEquals("2", robot.lookup("#sim-step-value").queryAs(Label.class).getText());
    }

    @Test
    void keysDAndGMoveOnePlayerAndPauseAPlayingRun(FxRobot robot) {
        robot.interact(() -> page.view.viewModel().play());
        page.view.viewModel().runner().runFrames(3);
        Frame playing = pulled(robot);
        assertTrue(playing.playing());
        robot.interact(() -> page.view.getView().requestFocus());

        robot.type(KeyCode.D);
        Frame afterD = pulled(robot);
        assertFalse(afterD.playing(), "a D-step pauses, as Step does");
        assertFalse(page.view.viewModel().playingProperty().get());
        assertEquals(playing.snapshot().updates().discriminator() + 1, afterD.snapshot().updates().discriminator());
        assertEquals(playing.snapshot().updates().generator(), afterD.snapshot().updates().generator());
        assertEquals("D stepped", moved(robot));

        robot.type(KeyCode.G);
        robot.type(KeyCode.G);
        Frame afterG = pulled(robot);
        assertEquals(playing.snapshot().updates().generator() + 2, afterG.snapshot().updates().generator());
        assertEquals(playing.snapshot().metrics().step() + 2, afterG.snapshot().metrics().step());
        // the plot's timer may or may not have drawn the frame between the two keys
        assertTrue(moved(robot).matches("G stepped( ×2)?"), moved(robot));
    }

    @Test
    void resetClearsTheTagAndTheCounts(FxRobot robot) {
        robot.clickOn("#step-d");
        pulled(robot);
        robot.clickOn("#sim-reset");
        pulled(robot);
        assertEquals("", moved(robot));
        assertEquals("D 0 · G 0", robot.lookup("#player-updates").queryAs(Label.class).getText());
    }
}
