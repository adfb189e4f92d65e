package org.ganclassroom.ui.lab;

import org.ganclassroom.ui.practice.Screenshots;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ChipParameter;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.ui.lab.LabViewModel.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chip card's number, set on the card while the (manual) run trains: the next step uses it, the run is not
 * restarted, and in A/B mode run B can take another value of the same chip.
 */
@ExtendWith(ApplicationExtension.class)
class LabChipParameterTest {
    @RegisterExtension
    final LabPages.Manual lab = new LabPages.Manual();

    private Frame stepAndPull(FxRobot robot) {
        robot.interact(() -> {
            lab.vm.stepOnce();
            lab.view.refresh();
        });
        return lab.vm.frameProperty().get();
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Double> spinner(FxRobot robot, String side) {
        return robot.lookup("#lab-card-param-" + side).queryAs(Spinner.class);
    }

    @Test
    void typingLambdaOnTheCardChangesTheRunningGanFromTheNextStep(FxRobot robot) throws Exception {
        robot.clickOn("#chip-a-gradientpenalty");
        for (int i = 0; i < 3; i++) {
            stepAndPull(robot);
        }
        Spinner<Double> lambda = spinner(robot, "a");
        assertEquals(10.0, lambda.getValue(), "the card shows the run's λ");
        assertEquals("λ   penalty weight", ((Label) robot.lookup("#lab-card-param").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().get(0)).getText());

        robot.doubleClickOn(lambda.getEditor());
        robot.interact(() -> lambda.getEditor().selectAll());
        robot.write("2.5").type(KeyCode.ENTER);
        Frame next = stepAndPull(robot);
        assertEquals(2.5, next.snapshot().stabilisers().gpLambda(), "the next step trained with λ = 2.5");
        assertEquals(4, next.snapshot().metrics().step(), "not restarted");

        robot.type(KeyCode.UP); // the focus is in the spinner: ↑ raises λ
        double raised = stepAndPull(robot).snapshot().stabilisers().gpLambda();
        assertTrue(raised > 2.5, "↑ raised λ: " + raised);
        assertEquals(raised, lambda.getValue());

        robot.interact(() -> lambda.getEditor().selectAll());
        robot.write("lots").type(KeyCode.ENTER);
        assertEquals(raised, lambda.getValue(), "no number: the last value stays");
        assertEquals(ChipParameterSpinner.format(ChipParameter.of(Chip.GRADIENT_PENALTY).orElseThrow(), raised),
                lambda.getEditor().getText(), "and shows again");
        shoot(robot, "lab-card-parameter");
    }

    @Test
    void abModeComparesTwoValuesOfTheSameChip(FxRobot robot) {
        robot.clickOn("#chip-a-instancenoise");
        robot.clickOn("#lab-ab"); // B = A − instance noise
        robot.clickOn("#chip-b-instancenoise"); // both on: B = A (A/B brought B's row into view)
        assertEquals("B = A", lab.vm.bLabelProperty().get());
        assertTrue(robot.lookup("#lab-card-param-b").query().getParent().isVisible());
        Spinner<Double> b = spinner(robot, "b");
        robot.interact(() -> b.getValueFactory().setValue(1.5));
        assertEquals("B = A with σ = 1.5", lab.vm.bLabelProperty().get());
        Frame f = stepAndPull(robot);
        assertEquals(0.5, f.snapshots().get(0).stabilisers().noiseSigma());
        assertEquals(1.5, f.snapshots().get(1).stabilisers().noiseSigma());
        assertEquals(0.5, spinner(robot, "a").getValue(), "A keeps its own σ");
        shoot(robot, "lab-card-parameter-ab");

        robot.clickOn("#lab-ab");
        assertFalse(robot.lookup("#lab-card-param-b").query().getParent().isVisible(), "one control outside A/B");
        assertEquals(0.5, lab.vm.settings(Side.B).stabilisers().noiseSigma(), "B follows A again");
    }

    @Test
    void kOnTheCardIsTheDStepsChip(FxRobot robot) {
        robot.clickOn("#chip-a-dsteps");
        Spinner<Double> k = spinner(robot, "a");
        assertEquals(5.0, k.getValue());
        robot.interact(() -> k.getValueFactory().setValue(3.0));
        assertEquals(3, stepAndPull(robot).snapshot().stabilisers().dSteps());
        robot.interact(() -> k.getValueFactory().setValue(1.0));
        assertFalse(lab.view.chipButton(Side.A, Chip.DSTEPS).isSelected(), "k = 1 is the chip off");
    }

    private void shoot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.ofNode(lab.view.getView(), name));
    }
}
