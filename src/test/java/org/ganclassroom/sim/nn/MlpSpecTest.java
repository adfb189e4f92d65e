package org.ganclassroom.sim.nn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MlpSpecTest {
    private static void rejects(Executable build, String... fragments) {
        String message = assertThrows(IllegalArgumentException.class, build).getMessage();
        for (String f : fragments) {
            assertTrue(message.contains(f), "message '" + message + "' lacks '" + f + "'");
        }
    }

    @Test
    void acceptsTheLimits() {
        new MlpSpec(1, List.of(), Activation.TANH, 1);
        MlpSpec s = new MlpSpec(9, List.of(1, 128, 2, 3), Activation.RELU, 2);
        assertEquals(List.of(1, 128, 2, 3), s.hidden());
    }

    @Test
    void rejectsOutOfRangeFieldsNamingFieldAndRange() {
        rejects(() -> new MlpSpec(0, List.of(), Activation.TANH, 1), "inputDim", "1..9", "0");
        rejects(() -> new MlpSpec(10, List.of(), Activation.TANH, 1), "inputDim", "1..9", "10");
        rejects(() -> new MlpSpec(2, List.of(1, 2, 3, 4, 5), Activation.TANH, 1), "hidden", "0..4");
        rejects(() -> new MlpSpec(2, List.of(16, 0), Activation.TANH, 1), "hidden[1]", "1..128", "0");
        rejects(() -> new MlpSpec(2, List.of(129), Activation.TANH, 1), "hidden[0]", "1..128", "129");
        rejects(() -> new MlpSpec(2, null, Activation.TANH, 1), "hidden");
        rejects(() -> new MlpSpec(2, List.of(), null, 1), "hiddenActivation");
        rejects(() -> new MlpSpec(2, List.of(), Activation.TANH, 0), "outputDim", "1..2", "0");
        rejects(() -> new MlpSpec(2, List.of(), Activation.TANH, 3), "outputDim", "1..2", "3");
        List<Integer> withNull = new ArrayList<>();
        withNull.add(null);
        rejects(() -> new MlpSpec(2, withNull, Activation.TANH, 1), "hidden[0]");
    }

    @Test
    void hiddenListIsCopied() {
        List<Integer> widths = new ArrayList<>(List.of(4, 5));
        MlpSpec s = new MlpSpec(2, widths, Activation.TANH, 1);
        widths.set(0, 99);
        assertEquals(List.of(4, 5), s.hidden());
    }
}
