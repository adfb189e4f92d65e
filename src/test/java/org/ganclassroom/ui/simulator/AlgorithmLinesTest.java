package org.ganclassroom.ui.simulator;

import org.ganclassroom.sim.loss.Objectives;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The update lines beside the plot name the generator loss the simulator is actually minimising. */
class AlgorithmLinesTest {
    @Test
    void generatorLineFollowsTheObjective() {
        assertTrue(AlgorithmPanel.updateLines("minimax")[1].contains("log(1 − D(G(z)))"));
        assertTrue(AlgorithmPanel.updateLines("nonsaturating")[1].contains("−log D(G(z))"));
        assertTrue(AlgorithmPanel.updateLines("wasserstein")[0].startsWith("update critic"));
        assertTrue(AlgorithmPanel.updateLines("fgan-kl")[0].contains("f*(T(G(z)))"));
        assertTrue(AlgorithmPanel.updateLines("leastsquares")[1].contains("(D(G(z)) − 1)²"));
        assertTrue(AlgorithmPanel.updateLines("hinge")[0].contains("max(0, 1 − D(x))"));
    }

    @Test
    void everyNonFGanObjectiveHasItsOwnGeneratorLine() {
        Set<String> lines = new HashSet<>();
        long plain = Objectives.ids().stream().filter(id -> !id.startsWith("fgan-")).count();
        Objectives.ids().stream().filter(id -> !id.startsWith("fgan-"))
                .forEach(id -> lines.add(String.join("|", AlgorithmPanel.updateLines(id))));
        assertEquals(plain, lines.size(), "two objectives share the same update lines");
    }
}
