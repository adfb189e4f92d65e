package org.ganclassroom.sim.nn;

import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron with hand-written forward and backward passes on preallocated arrays.
 *
 * <p>Parameters live in one flat array, layer by layer: the weight matrix {@code W} (out × in, row-major,
 * {@code W[o][i]} at {@code weightOffset(l) + o*in + i}) then the bias {@code b}. Gradients have the same
 * layout. Layer l computes {@code z = W h + b}, {@code h' = f(z)}.
 *
 * <p>No method allocates after construction, except {@link #newTape(int)}.
 */
public final class Mlp {
    public Mlp(MlpSpec spec) {
        throw new UnsupportedOperationException("implemented in the nn work package");
    }

    public MlpSpec spec() { throw new UnsupportedOperationException(); }

    public int inputDim() { throw new UnsupportedOperationException(); }

    public int outputDim() { throw new UnsupportedOperationException(); }

    public int layerCount() { throw new UnsupportedOperationException(); }

    public int layerIn(int layer) { throw new UnsupportedOperationException(); }

    public int layerOut(int layer) { throw new UnsupportedOperationException(); }

    public int weightOffset(int layer) { throw new UnsupportedOperationException(); }

    public int biasOffset(int layer) { throw new UnsupportedOperationException(); }

    public int paramCount() { throw new UnsupportedOperationException(); }

    /** The live parameter array (optimizers update it in place). */
    public double[] params() { throw new UnsupportedOperationException(); }

    /** The live gradient array; {@link #backward} accumulates into it. */
    public double[] grads() { throw new UnsupportedOperationException(); }

    public void zeroGrads() { throw new UnsupportedOperationException(); }

    /** PyTorch's default init: every W and b entry ~ U(−1/√in, 1/√in). */
    public void initialise(RandomGenerator rng) { throw new UnsupportedOperationException(); }

    public Tape newTape(int capacity) { throw new UnsupportedOperationException(); }

    /** Runs x[inputDim][≥n] through the net; returns {@code tape.output()}. */
    public double[][] forward(Tape tape, double[][] x, int n) { throw new UnsupportedOperationException(); }

    /**
     * Backpropagates dLoss/dOutput {@code dOut[outputDim][n]} through the last forward pass on this tape:
     * adds dLoss/dθ to {@link #grads()} and, if {@code dx} is not null, writes dLoss/dx into dx[inputDim][n].
     */
    public void backward(Tape tape, double[][] dOut, double[][] dx, int n) { throw new UnsupportedOperationException(); }

    /**
     * For a net with one output v: adds the penalty {@code weight · (1/n) Σ_b (‖∇_x v(x_b)‖ − target)²}
     * (target 1: WGAN-GP; target 0 with weight γ/2: R1) and its parameter gradient (double backprop)
     * to {@link #grads()}. Runs its own forward pass on the tape. Returns the penalty value.
     */
    public double addInputGradientPenalty(Tape tape, double[][] x, int n, double target, double weight) {
        throw new UnsupportedOperationException();
    }

    /**
     * Spectral normalisation (Miyato et al. 2018): when on, every layer uses W/σ(W), σ the largest singular
     * value estimated by power iteration; {@link #refreshSpectralNorm()} does one iteration per layer.
     */
    public void setSpectralNorm(boolean on) { throw new UnsupportedOperationException(); }

    public boolean spectralNorm() { throw new UnsupportedOperationException(); }

    /** One power-iteration step per layer; call once per training step before the forward passes. */
    public void refreshSpectralNorm() { throw new UnsupportedOperationException(); }

    /**
     * Turns the accumulated gradient with respect to the effective weights into the gradient with respect
     * to {@link #params()} (a no-op unless spectral normalisation is on). Call before the optimizer step.
     */
    public void completeGradients() { throw new UnsupportedOperationException(); }

    public void copyParamsFrom(Mlp other) { throw new UnsupportedOperationException(); }
}
