package org.ganclassroom.ui.simulator;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.SettingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user types a value the engine does not allow into the Simulator's Configure panel: the message of the one
 * validation ({@link SettingRules}) appears right under that field, the field is marked, and the run goes on with
 * the value it had. At the default size and at a projector's 1024×768.
 */
@ExtendWith(ApplicationExtension.class)
class SettingFieldMessagesTest {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    @RegisterExtension
    final SimPage page = new SimPage();

    private void show(FxRobot robot, double width, double height) {
        page.show(robot, ExperimentPresets.get("mixture2"), width, height);
    }

    @Test
    void aHugeLearningRateIsRefusedBesideItsFieldAtTheDefaultSize(FxRobot robot) {
        typeAHugeRate(robot, 1068, 764);
    }

    @Test
    void aHugeLearningRateIsRefusedBesideItsFieldAt1024x768(FxRobot robot) {
        typeAHugeRate(robot, 1024, 768);
    }

    private void typeAHugeRate(FxRobot robot, double width, double height) {
        show(robot, width, height);
        robot.clickOn("#sim-config-toggle");
        Node field = robot.lookup("#sim-lr-g").query();
        robot.interact(() -> field.getParent().getParent().getParent().layout());
        robot.doubleClickOn("#sim-lr-g").eraseText(12).write("1e6").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#sim-lr-g-error").queryAs(Label.class);
        assertTrue(message.isVisible(), "a message shows");
        assertEquals(SettingRules.problem(SettingRules.LR_G, "1e6"), message.getText());
        assertEquals("training.lrG: 1000000 is out of range; allowed (0, 1]", message.getText());
        assertSame(field.getParent(), message.getParent(), "the message sits with its field");
        assertEquals(field.getParent().getChildrenUnmodifiable().indexOf(field) + 1,
                field.getParent().getChildrenUnmodifiable().indexOf(message), "right under it");
        assertTrue(field.getPseudoClassStates().contains(DANGER), "the field is marked");
        assertTrue(message.localToScene(message.getBoundsInLocal()).getMaxX() <= width, "not cut off at the right");
        shoot(robot, "sim-lr-1e6-" + (int) width + "x" + (int) height);

        robot.clickOn("#sim-step");
        robot.interact(() -> {
            page.view.viewModel().runner().runFrames(1);
            page.view.viewModel().run().pull();
        });
        assertEquals(0.001, page.view.viewModel().appliedConfig().training().lrG(), "the invalid rate is not applied");
        assertEquals(0.001, page.view.viewModel().runner().latest().snapshot().training().lrG(), "the run goes on with 0.001");

        robot.doubleClickOn("#sim-lr-g").eraseText(3).write("0.002").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(message.isVisible(), "a good value clears the message");
        assertFalse(field.getPseudoClassStates().contains(DANGER));
        assertEquals(0.002, page.view.viewModel().appliedConfig().training().lrG());
    }

    private void shoot(FxRobot robot, String name) {
        robot.interact(() -> org.ganclassroom.ui.practice.Screenshots.ofScene(page.stage().getScene(), name));
    }

    @Test
    void aTypedBatchSizeOutOfRangeIsNotClampedSilently(FxRobot robot) {
        show(robot, 1068, 764);
        robot.clickOn("#sim-config-toggle");
        javafx.scene.control.Spinner<?> batch = robot.lookup("#sim-batch").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> batch.getEditor().requestFocus());
        robot.interact(() -> batch.getEditor().selectAll());
        robot.write("5000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#sim-batch-error").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("training.batchSize: 5000 is out of range; allowed 1..1024", message.getText());
        assertEquals(64, page.view.viewModel().appliedConfig().training().batchSize(), "the batch size is unchanged");
    }
}
