package org.ganclassroom.ui.simulator;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ganclassroom.sim.run.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line of the phase the runner is in is highlighted, and only that one. */
@ExtendWith(ApplicationExtension.class)
class AlgorithmPanelTest {
    private AlgorithmPanel algorithm;

    @Start
    void start(Stage stage) {
        algorithm = new AlgorithmPanel();
        stage.setScene(new Scene(algorithm, 480, 300));
        stage.show();
    }

    @Test
    void highlightsThePhase(FxRobot robot) {
        robot.interact(() -> algorithm.setPhase(Phase.UPDATE_D));
        assertTrue(active(Phase.UPDATE_D));
        assertTrue(!active(Phase.SAMPLE_NOISE) && !active(Phase.UPDATE_G));
        robot.interact(() -> algorithm.setPhase(Phase.IDLE));
        assertTrue(!active(Phase.UPDATE_D));
    }

    private boolean active(Phase p) {
        return algorithm.lineOf(p).getPseudoClassStates().stream().anyMatch(c -> c.getPseudoClassName().equals("active"));
    }
}
