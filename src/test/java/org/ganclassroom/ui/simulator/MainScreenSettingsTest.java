package org.ganclassroom.ui.simulator;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.ui.practice.PracticeStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preset, the learning rates, a random seed and "reset to defaults" on the Simulator's main screen: each
 * drives the run and agrees with the Configure panel both ways.
 */
@ExtendWith(ApplicationExtension.class)
class MainScreenSettingsTest {
    @RegisterExtension
    final SimPage page = new SimPage();

    private String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private void choose(FxRobot robot, String combo, String preset) {
        robot.clickOn(combo);
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getText() != null
                && c.getText().startsWith(preset + " — ")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void presetAndLearningRatesOnTheMainScreenAgreeWithConfigure(FxRobot robot) throws Exception {
        page.show(robot, ExperimentPresets.get(ExperimentPresets.DEFAULT), 1024, 768);
        assertEquals(ExperimentPresets.DEFAULT, robot.lookup("#sim-quick-preset").queryAs(ComboBox.class).getValue(),
                "the main screen names the preset the run started from");
        robot.clickOn("#sim-play");
        page.until(robot, () -> page.shownStep(robot) > 5);
        robot.clickOn("#sim-play");

        choose(robot, "#sim-quick-preset", "ring8");
        page.until(robot, () -> page.shownStep(robot) == 0);
        assertEquals("ring8", page.vm().appliedConfig().data().preset());
        robot.clickOn("#sim-config-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ring8", robot.lookup("#sim-preset").queryAs(ComboBox.class).getValue(),
                "Configure shows the preset chosen on the main screen");
        assertEquals(field(robot, "#sim-lr-g"), field(robot, "#sim-quick-lr-g"));

        robot.doubleClickOn("#sim-quick-lr-g").eraseText(12).write("0.03").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.03", field(robot, "#sim-lr-g"), "Configure shows η_G typed on the main screen");
        robot.doubleClickOn("#sim-lr-d").eraseText(12).write("0.02").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.02", field(robot, "#sim-quick-lr-d"), "the main screen shows η_D typed in Configure");
        robot.clickOn("#sim-step");
        page.until(robot, () -> page.shownStep(robot) == 1);
        assertEquals(0.03, page.vm().runner().latest().snapshot().training().lrG());
        assertEquals(0.02, page.vm().runner().latest().snapshot().training().lrD());

        choose(robot, "#sim-preset", "mixture2");
        page.until(robot, () -> page.shownStep(robot) == 0);
        assertEquals("mixture2", robot.lookup("#sim-quick-preset").queryAs(ComboBox.class).getValue(),
                "the main screen shows the preset chosen in Configure");
        assertEquals(field(robot, "#sim-lr-g"), field(robot, "#sim-quick-lr-g"));
        PracticeStage.shot(robot, page.stage(), "sim-main-settings-1024");
    }

    @Test
    void theDiceRestartsWithANewSeedAndDefaultsUndoesEveryChange(FxRobot robot) {
        page.show(robot, ExperimentPresets.get("mixture2").withSeed(5), 1100, 760);
        String seedBefore = field(robot, "#sim-seed");
        robot.clickOn("#sim-play");
        page.until(robot, () -> page.shownStep(robot) > 5);
        robot.clickOn("#sim-seed-random");
        page.until(robot, () -> page.shownStep(robot) == 0);
        String seedAfter = field(robot, "#sim-seed");
        assertNotEquals(seedBefore, seedAfter, "a new seed is shown");
        assertEquals(Long.parseLong(seedAfter), page.vm().appliedConfig().seed(), "the run uses the seed shown");
        assertEquals(ExperimentPresets.get("mixture2").withSeed(Long.parseLong(seedAfter)), page.vm().appliedConfig(),
                "the other settings are kept");

        robot.doubleClickOn("#sim-quick-lr-g").eraseText(12).write("0.5").type(KeyCode.ENTER);
        robot.clickOn("#sim-defaults");
        page.until(robot, () -> page.shownStep(robot) == 0);
        assertEquals(ExperimentPresets.get(ExperimentPresets.DEFAULT), page.vm().appliedConfig(),
                "every setting and the seed are the defaults again");
        assertEquals(Long.toString(ExperimentPresets.get(ExperimentPresets.DEFAULT).seed()), field(robot, "#sim-seed"));
        assertTrue(!field(robot, "#sim-quick-lr-g").equals("0.5"), field(robot, "#sim-quick-lr-g"));
        assertEquals(ExperimentPresets.DEFAULT, robot.lookup("#sim-quick-preset").queryAs(ComboBox.class).getValue());
    }
}
