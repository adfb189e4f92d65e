package org.ganclassroom.ui.simulator;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.loss.Objectives;
import org.ganclassroom.ui.charts.ModelDiagram;
import org.ganclassroom.ui.charts.ModelDiagram.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Simulator's model diagram: the networks of the running config, the phase lit in slow motion, G and D clickable. */
@ExtendWith(ApplicationExtension.class)
class SimulatorModelDiagramTest {
    @RegisterExtension
    final SimPage page = new SimPage();
    private SimulatorView view;

    private void show(FxRobot robot, ExperimentConfig config) {
        page.show(robot, config, 1068, 764);
        view = page.view;
    }

    private void until(FxRobot robot, BooleanSupplier condition) {
        page.until(robot, condition);
    }

    private ModelDiagram diagram(FxRobot robot) {
        return robot.lookup("#sim-model-diagram").query();
    }

    @Test
    void theBoxesGiveTheRunningNetworksLayersAndLosses(FxRobot robot) {
        show(robot, ExperimentPresets.get("ring8"));
        ModelDiagram.Model m = diagram(robot).model();
        assertEquals("2 → 16 → 16 → 2 · tanh", m.g(), "noise 2, two hidden layers of 16, data 2");
        assertEquals("3 → 16 → 16 → 1 · tanh", m.d(), "a 2-D point plus the minibatch std-dev slot");
        assertEquals("−log D(G(z))", m.lossG(), "ring8 trains with the non-saturating loss");
        assertEquals("z ~ N(0, I), 2-D", m.noise());

        show(robot, ExperimentPresets.get("ring8-pacgan-pacgan4"));
        m = diagram(robot).model();
        assertEquals("2 → 64 → 64 → 64 → 2 · ReLU", m.g());
        assertTrue(m.d().startsWith("9 → 64 → 64 → 1 · leaky ReLU"), "a pack of four 2-D points + 1: " + m.d());
        assertTrue(m.real().endsWith("packs of 4"), m.real());
    }

    @Test
    void everyObjectiveHasItsOwnLosses() {
        for (String id : Objectives.ids()) {
            String[] l = ModelDiagramModel.losses(id);
            assertNotEquals("L_D", l[0], id + " has no loss text of its own");
        }
    }

    @Test
    void slowMotionLightsThePhaseThatRuns(FxRobot robot) throws Exception {
        show(robot, ExperimentPresets.get("ring8"));
        robot.interact(() -> view.viewModel().speedIndexProperty().set(0));
        until(robot, () -> view.viewModel().runner().latest().speed().isSlowMotion());
        ModelDiagram d = diagram(robot);
        Color unlit = colourInside(robot, d, Part.D);
        Color unlitLossD = colourInside(robot, d, Part.LOSS_D);

        robot.clickOn("#sim-step"); // SAMPLE_NOISE
        until(robot, () -> d.litParts().contains(Part.NOISE));
        assertEquals(Set.of(Part.NOISE, Part.G, Part.FAKES), d.litParts(), "the forward pass through G");
        robot.clickOn("#sim-step"); // SAMPLE_DATA
        robot.clickOn("#sim-step"); // UPDATE_D
        until(robot, () -> d.litParts().contains(Part.LOSS_D));
        assertTrue(d.litParts().contains(Part.D));
        assertFalse(d.litParts().contains(Part.G), "G does not move while D updates");
        assertNotEquals(unlit, colourInside(robot, d, Part.D), "the lit D box is drawn filled");
        org.ganclassroom.ui.practice.PracticeStage.shot(robot, page.stage(), "simulator-model-diagram");
        robot.clickOn("#sim-step"); // UPDATE_G
        until(robot, () -> d.litParts().contains(Part.LOSS_G));
        assertTrue(d.litParts().contains(Part.G));
        assertFalse(d.litParts().contains(Part.LOSS_D));
        assertEquals(colourInside(robot, d, Part.LOSS_D), unlitLossD, "D's loss is drawn unlit again");
    }

    /** The colour near the bottom-right corner of a box, away from its text. */
    private static Color colourInside(FxRobot robot, ModelDiagram d, Part p) {
        double[] b = d.box(p);
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = d.snapshot(null, null));
        return img[0].getPixelReader().getColor((int) (b[0] + b[2] - 8), (int) (b[1] + b[3] - 5));
    }

    @Test
    void clickingGOpensTheGeneratorsSettings(FxRobot robot) {
        show(robot, ExperimentPresets.get("ring8"));
        assertFalse(robot.lookup("#sim-config").query().isVisible(), "the settings start closed");
        ModelDiagram d = diagram(robot);
        double[] g = d.box(Part.G);
        Bounds screen = d.localToScreen(d.getBoundsInLocal());
        robot.clickOn(screen.getMinX() + g[0] + g[2] / 2, screen.getMinY() + g[1] + g[3] / 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#sim-config").query().isVisible(), "the settings open");
        Node focus = page.stage().getScene().getFocusOwner();
        Node spinner = robot.lookup("#sim-g-layers").query();
        boolean inside = false;
        for (Node n = focus; n != null; n = n.getParent()) {
            inside |= n == spinner;
        }
        assertTrue(inside, "G's layers have the focus, not " + focus);
    }

    @Test
    void theDiagramsTextGrowsWithThePresentersZoom(FxRobot robot) {
        show(robot, ExperimentPresets.get("ring8"));
        ModelDiagram d = diagram(robot);
        double normal = d.prefHeight(-1);
        double row = d.box(Part.G)[3];
        robot.interact(() -> page.textScale.set(1.35));
        assertEquals(1.35 * (normal - 4) + 4, d.prefHeight(-1), 0.5, "the diagram grows with the text (all but its 4 px of border)");
        robot.interact(() -> { });
        assertEquals(1.35 * row, d.box(Part.G)[3], 0.5, "and so do its boxes");
    }
}
