package org.ganclassroom.ui.lab;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.train.PlayerUpdates;
import org.ganclassroom.ui.Theme;
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

/** D-step and G-step in the Mini Lab, by button and key, over a manual runner; G-step is off while G is frozen. */
@ExtendWith(ApplicationExtension.class)
class LabPlayerStepTest {
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
            view.getView().requestFocus();
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

    private static String moved(FxRobot robot) {
        return robot.lookup("#player-moved").queryAs(Label.class).getText();
    }

    @Test
    void buttonsAndKeysMoveOnePlayerInBothRunsOfAnABPair(FxRobot robot) {
        robot.interact(() -> vm.setAbMode(true));
        robot.clickOn("#step-g");
        Frame afterG = pulled(robot);
        assertEquals("G stepped", moved(robot));
        for (int i = 0; i < 2; i++) {
            assertEquals(new PlayerUpdates(0, 1), afterG.snapshots().get(i).updates(), "run " + i);
        }
        robot.clickOn("#step-d");
        pulled(robot);
        assertEquals("D stepped", moved(robot));
        robot.interact(() -> view.getView().requestFocus());
        robot.type(KeyCode.D);
        Frame afterKey = pulled(robot);
        for (int i = 0; i < 2; i++) {
            assertEquals(new PlayerUpdates(2, 1), afterKey.snapshots().get(i).updates(), "run " + i);
        }
        assertEquals("D 2 · G 1", robot.lookup("#player-updates").queryAs(Label.class).getText());
    }

    @Test
    void theBenchTableLeavesNoPlayerToStep(FxRobot robot) {
        Frame before = pulled(robot);
        robot.clickOn("#lab-bench");
        assertTrue(robot.lookup("#step-d").query().isDisabled());
        robot.interact(() -> view.getView().requestFocus());
        robot.type(KeyCode.D);
        assertEquals(before.snapshot().updates(), pulled(robot).snapshot().updates(), "D does nothing there");
    }

    @Test
    void withGFrozenForTheTheoremOnlyDCanStep(FxRobot robot) {
        robot.interact(() -> vm.setTheoremMode(true));
        assertTrue(robot.lookup("#step-g").query().isDisabled(), "G-step is off while G is frozen");
        Frame before = pulled(robot);
        robot.interact(() -> view.getView().requestFocus());
        robot.type(KeyCode.G);
        robot.type(KeyCode.D);
        Frame after = pulled(robot);
        assertEquals(before.snapshot().updates().generator(), after.snapshot().updates().generator());
        assertEquals(before.snapshot().updates().discriminator() + 1, after.snapshot().updates().discriminator());
        assertEquals("D stepped", moved(robot));
        robot.interact(() -> vm.setTheoremMode(false));
        assertTrue(!robot.lookup("#step-g").query().isDisabled());
    }
}
