package org.ganclassroom.sim.nn;

import java.util.List;

/**
 * Shape of a multilayer perceptron: {@code inputDim → hidden[0] → … → hidden[h-1] → outputDim}.
 * Hidden layers use {@code hiddenActivation}; the output layer is linear (identity): losses apply their
 * own output activation (e.g. the sigmoid of a discriminator) so that they can be numerically stable.
 *
 * @param inputDim         1..9 (a discriminator may get one extra input for the minibatch std-dev feature)
 * @param hidden           0..4 hidden widths, each 1..128
 * @param hiddenActivation activation of every hidden layer
 * @param outputDim        1..2
 */
public record MlpSpec(int inputDim, List<Integer> hidden, Activation hiddenActivation, int outputDim) {
    public MlpSpec {
        hidden = List.copyOf(hidden);
    }
}
