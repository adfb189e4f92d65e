package org.ganclassroom.ui.lab;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.train.PlayerUpdates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** D-step and G-step in the Mini Lab, by button and key, over a manual runner; G-step is off while G is frozen. */
@ExtendWith(ApplicationExtension.class)
class LabPlayerStepTest {
    @RegisterExtension
    final LabPages.Manual lab = new LabPages.Manual();

    @BeforeEach
    void focus(FxRobot robot) {
        robot.interact(() -> lab.view.getView().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String moved(FxRobot robot) {
        return robot.lookup("#player-moved").queryAs(Label.class).getText();
    }

    @Test
    void buttonsAndKeysMoveOnePlayerInBothRunsOfAnABPair(FxRobot robot) {
        robot.interact(() -> lab.vm.setAbMode(true));
        robot.clickOn("#step-g");
        Frame afterG = lab.pulled(robot);
        assertEquals("G stepped", moved(robot));
        for (int i = 0; i < 2; i++) {
            assertEquals(new PlayerUpdates(0, 1), afterG.snapshots().get(i).updates(), "run " + i);
        }
        robot.clickOn("#step-d");
        lab.pulled(robot);
        assertEquals("D stepped", moved(robot));
        robot.interact(() -> lab.view.getView().requestFocus());
        robot.type(KeyCode.D);
        Frame afterKey = lab.pulled(robot);
        for (int i = 0; i < 2; i++) {
            assertEquals(new PlayerUpdates(2, 1), afterKey.snapshots().get(i).updates(), "run " + i);
        }
        assertEquals("D 2 · G 1", robot.lookup("#player-updates").queryAs(Label.class).getText());
    }

    @Test
    void theBenchTableLeavesNoPlayerToStep(FxRobot robot) {
        Frame before = lab.pulled(robot);
        robot.clickOn("#lab-bench");
        assertTrue(robot.lookup("#step-d").query().isDisabled());
        robot.interact(() -> lab.view.getView().requestFocus());
        robot.type(KeyCode.D);
        assertEquals(before.snapshot().updates(), lab.pulled(robot).snapshot().updates(), "D does nothing there");
    }

    @Test
    void withGFrozenForTheTheoremOnlyDCanStep(FxRobot robot) {
        robot.interact(() -> lab.vm.setTheoremMode(true));
        assertTrue(robot.lookup("#step-g").query().isDisabled(), "G-step is off while G is frozen");
        Frame before = lab.pulled(robot);
        robot.interact(() -> lab.view.getView().requestFocus());
        robot.type(KeyCode.G);
        robot.type(KeyCode.D);
        Frame after = lab.pulled(robot);
        assertEquals(before.snapshot().updates().generator(), after.snapshot().updates().generator());
        assertEquals(before.snapshot().updates().discriminator() + 1, after.snapshot().updates().discriminator());
        assertEquals("D stepped", moved(robot));
        robot.interact(() -> lab.vm.setTheoremMode(false));
        assertTrue(!robot.lookup("#step-g").query().isDisabled());
    }
}
