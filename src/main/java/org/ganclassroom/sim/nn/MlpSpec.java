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
 * @throws IllegalArgumentException naming the offending field and its allowed range
 */
public record MlpSpec(int inputDim, List<Integer> hidden, Activation hiddenActivation, int outputDim) {
    public static final int MAX_INPUT_DIM = 9;
    public static final int MAX_HIDDEN_LAYERS = 4;
    public static final int MAX_WIDTH = 128;
    public static final int MAX_OUTPUT_DIM = 2;

    public MlpSpec {
        if (inputDim < 1 || inputDim > MAX_INPUT_DIM) {
            throw new IllegalArgumentException("inputDim must be in 1.." + MAX_INPUT_DIM + ", was " + inputDim);
        }
        if (hidden == null) {
            throw new IllegalArgumentException("hidden must not be null (use an empty list for no hidden layer)");
        }
        if (hidden.size() > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("hidden must have 0.." + MAX_HIDDEN_LAYERS + " layers, had " + hidden.size());
        }
        for (int k = 0; k < hidden.size(); k++) {
            Integer w = hidden.get(k);
            if (w == null || w < 1 || w > MAX_WIDTH) {
                throw new IllegalArgumentException("hidden[" + k + "] width must be in 1.." + MAX_WIDTH + ", was " + w);
            }
        }
        if (hiddenActivation == null) {
            throw new IllegalArgumentException("hiddenActivation must not be null");
        }
        if (outputDim < 1 || outputDim > MAX_OUTPUT_DIM) {
            throw new IllegalArgumentException("outputDim must be in 1.." + MAX_OUTPUT_DIM + ", was " + outputDim);
        }
        hidden = List.copyOf(hidden);
    }
}
