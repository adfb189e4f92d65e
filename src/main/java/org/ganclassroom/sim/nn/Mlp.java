package org.ganclassroom.sim.nn;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron with hand-written forward and backward passes on preallocated arrays.
 *
 * <p>Parameters live in one flat array, layer by layer: the weight matrix {@code W} (out × in, row-major,
 * {@code W[o][i]} at {@code weightOffset(l) + o*in + i}) then the bias {@code b}. Gradients have the same
 * layout. Layer l computes {@code z = W h + b}, {@code h' = f(z)}.
 *
 * <p>No method allocates after construction, except {@link #newTape(int)}.
 *
 * <p>A training step runs, in this order: {@link #refreshSpectralNorm()} (if normalisation may be on),
 * {@link #zeroGrads()}, any number of {@link #forward}/{@link #backward} pairs and
 * {@link #addInputGradientPenalty} calls (gradients accumulate), {@link #completeGradients()} exactly once,
 * then the optimizer step on {@link #params()} and {@link #grads()}.
 *
 * <p>With spectral normalisation on, forward passes use Ŵ = W/σ as of the last refresh (or of switching it
 * on, or {@link #initialise}), and until {@link #completeGradients()} the weight gradients are with respect
 * to Ŵ.
 */
public final class Mlp {
    private final MlpSpec spec;
    private final int[] in;
    private final int[] out;
    private final int[] wOff;
    private final int[] bOff;
    private final double[] params;
    private final double[] grads;
    /** Ŵ = W/σ per layer (same layout as params; bias slots unused). */
    private final double[] effective;
    private final SpectralNorm sn;
    private boolean spectralNorm;

    public Mlp(MlpSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        int layers = spec.hidden().size() + 1;
        in = new int[layers];
        out = new int[layers];
        wOff = new int[layers];
        bOff = new int[layers];
        int width = spec.inputDim();
        int offset = 0;
        for (int k = 0; k < layers; k++) {
            in[k] = width;
            out[k] = k < layers - 1 ? spec.hidden().get(k) : spec.outputDim();
            wOff[k] = offset;
            bOff[k] = offset + in[k] * out[k];
            offset = bOff[k] + out[k];
            width = out[k];
        }
        params = new double[offset];
        grads = new double[offset];
        effective = new double[offset];
        sn = new SpectralNorm(this);
    }

    public MlpSpec spec() {
        return spec;
    }

    public int inputDim() {
        return spec.inputDim();
    }

    public int outputDim() {
        return spec.outputDim();
    }

    /** Number of dense layers: hidden layers plus the output layer. */
    public int layerCount() {
        return in.length;
    }

    public int layerIn(int layer) {
        return in[layer];
    }

    public int layerOut(int layer) {
        return out[layer];
    }

    public int weightOffset(int layer) {
        return wOff[layer];
    }

    public int biasOffset(int layer) {
        return bOff[layer];
    }

    public int paramCount() {
        return params.length;
    }

    /** The live parameter array (optimizers update it in place). */
    public double[] params() {
        return params;
    }

    /** The live gradient array; {@link #backward} accumulates into it. */
    public double[] grads() {
        return grads;
    }

    /** ‖∇θ‖₂ = √(Σ_j grads[j]²), the Euclidean norm of the accumulated gradient. */
    public double gradientNorm() {
        return Math.sqrt(Dense.dot(grads, grads, grads.length));
    }

    public void zeroGrads() {
        Arrays.fill(grads, 0.0);
    }

    /**
     * PyTorch's default init: every W and b entry ~ U(−1/√in, 1/√in), drawn layer by layer in parameter
     * order as −β + 2β·rng.nextDouble(). Restarts spectral-norm power iteration from its fixed start.
     */
    public void initialise(RandomGenerator rng) {
        for (int k = 0; k < layerCount(); k++) {
            double bound = 1.0 / Math.sqrt(in[k]);
            for (int j = wOff[k]; j < bOff[k] + out[k]; j++) {
                params[j] = -bound + 2.0 * bound * rng.nextDouble();
            }
        }
        if (spectralNorm) {
            warmUpSpectralNorm();
        }
    }

    public Tape newTape(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("tape capacity must be at least 1, was " + capacity);
        }
        return new DenseTape(this, capacity);
    }

    /**
     * Runs x[inputDim][≥n] through the net; returns {@code tape.output()}. x is copied into the tape, so the
     * caller may reuse it before {@link #backward}. The tape also keeps each hidden unit's slope f'(z) for
     * the backward pass.
     */
    public double[][] forward(Tape tape, double[][] x, int n) {
        return run(tape, x, n, true);
    }

    /**
     * {@link #forward} for a pass that will not be backpropagated (plots, measurements): the same outputs,
     * bit for bit, without the slopes. A backward pass after it still works, computing the slopes then.
     */
    public double[][] evaluate(Tape tape, double[][] x, int n) {
        return run(tape, x, n, false);
    }

    private double[][] run(Tape tape, double[][] x, int n, boolean keepSlopes) {
        DenseTape t = own(tape, n);
        for (int i = 0; i < inputDim(); i++) {
            System.arraycopy(x[i], 0, t.x[i], 0, n);
        }
        double[] w = weights();
        Activation f = spec.hiddenActivation();
        double[][] h = t.x;
        int last = layerCount() - 1;
        for (int k = 0; k <= last; k++) {
            Dense.affine(w, wOff[k], params, bOff[k], in[k], out[k], h, t.z[k], n);
            if (k < last) {
                for (int o = 0; o < out[k]; o++) {
                    if (keepSlopes) {
                        f.applyWithSlope(t.z[k][o], t.a[k][o], t.slope[k][o], n);
                    } else {
                        f.apply(t.z[k][o], t.a[k][o], n);
                    }
                }
                h = t.a[k];
            }
        }
        t.slopesReady = keepSlopes;
        t.count = n;
        return t.output();
    }

    /**
     * Backpropagates dLoss/dOutput {@code dOut[outputDim][n]} through the last forward pass on this tape:
     * adds dLoss/dθ to {@link #grads()} and, if {@code dx} is not null, writes dLoss/dx into dx[inputDim][n].
     */
    public void backward(Tape tape, double[][] dOut, double[][] dx, int n) {
        DenseTape t = own(tape, n);
        if (n > t.count) {
            throw new IllegalStateException("backward over " + n + " samples but the last forward pass on this tape had "
                    + t.count);
        }
        backpropagate(t, layerCount() - 1, dOut, false, dx, n, true);
    }

    /**
     * Like {@link #backward} but only writes dLoss/dx into dx and leaves {@link #grads()} alone: the
     * generator's update needs D's input gradient, not D's parameter gradient.
     */
    public void backwardToInput(Tape tape, double[][] dOut, double[][] dx, int n) {
        DenseTape t = own(tape, n);
        if (n > t.count) {
            throw new IllegalStateException("backward over " + n + " samples but the last forward pass on this tape had "
                    + t.count);
        }
        backpropagate(t, layerCount() - 1, dOut, false, dx, n, false);
    }

    /**
     * Backpropagates the adjoint {@code d} of z[start] down to the input. With {@code withDirect}, each lower
     * hidden layer's adjoint also gets {@code t.direct[k]} (used by the gradient penalty).
     */
    void backpropagate(DenseTape t, int start, double[][] d, boolean withDirect, double[][] dx, int n,
                       boolean parameterGradients) {
        double[] w = weights();
        Activation f = spec.hiddenActivation();
        for (int k = start; k >= 0; k--) {
            double[][] h = k == 0 ? t.x : t.a[k - 1];
            if (parameterGradients) {
                Dense.accumulateOuter(d, h, in[k], out[k], grads, wOff[k], n);
                Dense.accumulateRowSums(d, out[k], grads, bOff[k], n);
            }
            if (k > 0) {
                double[][] prev = t.dz[k - 1];
                Dense.transposedProduct(w, wOff[k], in[k], out[k], d, prev, n);
                for (int j = 0; j < in[k]; j++) {
                    t.multiplyBySlope(f, k - 1, j, prev[j], n);
                    if (withDirect) {
                        double[] p = prev[j], e = t.direct[k - 1][j];
                        for (int b = 0; b < n; b++) {
                            p[b] += e[b];
                        }
                    }
                }
                d = prev;
            } else if (dx != null) {
                Dense.transposedProduct(w, wOff[0], in[0], out[0], d, dx, n);
            }
        }
    }

    /**
     * For a net with one output v: adds the penalty {@code weight · (1/n) Σ_b (‖∇_x v(x_b)‖ − target)²}
     * (target 1: WGAN-GP; target 0 with weight γ/2: R1) and its parameter gradient (double backprop)
     * to {@link #grads()}. Runs its own forward pass on the tape. Returns the penalty value.
     * Where ‖∇_x v‖ = 0 the subgradient 0 is used.
     */
    public double addInputGradientPenalty(Tape tape, double[][] x, int n, double target, double weight) {
        return GradientPenalty.add(this, own(tape, n), x, n, target, weight);
    }

    /**
     * Spectral normalisation (Miyato et al. 2018): when on, every layer uses W/σ(W), σ the largest singular
     * value estimated by power iteration; {@link #refreshSpectralNorm()} does one iteration per layer.
     * Switching it on restarts the power iteration from its fixed start and runs a few warm-up steps.
     */
    public void setSpectralNorm(boolean on) {
        if (on && !spectralNorm) {
            spectralNorm = true;
            warmUpSpectralNorm();
        }
        spectralNorm = on;
    }

    public boolean spectralNorm() {
        return spectralNorm;
    }

    /** One power-iteration step per layer; call once per training step before the forward passes. */
    public void refreshSpectralNorm() {
        if (spectralNorm) {
            sn.powerStep(params);
            sn.computeEffective(params, effective);
        }
    }

    /**
     * Turns the accumulated gradient with respect to the effective weights into the gradient with respect
     * to {@link #params()} (a no-op unless spectral normalisation is on). Call before the optimizer step.
     */
    public void completeGradients() {
        if (spectralNorm) {
            sn.completeGradients(grads, effective);
        }
    }

    /** Copies the parameters and the spectral-norm vectors of a net of the same shape. */
    public void copyParamsFrom(Mlp other) {
        if (!sameShape(other)) {
            throw new IllegalArgumentException("cannot copy parameters between different shapes: " + other.spec
                    + " into " + spec);
        }
        System.arraycopy(other.params, 0, params, 0, params.length);
        sn.copyFrom(other.sn);
        if (spectralNorm) {
            sn.computeEffective(params, effective);
        }
    }

    /**
     * Makes this net (same shape) an exact copy of {@code other}: parameters, gradients, whether spectral
     * normalisation is on, its power-iteration vectors and σ, and the effective weights Ŵ as last refreshed (which
     * lag the parameters after an optimizer step, and which the next forward pass uses), so it computes bit for
     * bit what {@code other} would. For a trainer's checkpoints.
     */
    public void copyStateFrom(Mlp other) {
        if (!sameShape(other)) {
            throw new IllegalArgumentException("cannot copy state between different shapes: " + other.spec
                    + " into " + spec);
        }
        System.arraycopy(other.params, 0, params, 0, params.length);
        System.arraycopy(other.grads, 0, grads, 0, grads.length);
        System.arraycopy(other.effective, 0, effective, 0, effective.length);
        sn.copyFrom(other.sn);
        spectralNorm = other.spectralNorm;
    }

    /** A new net in the state of this one ({@link #copyStateFrom}). */
    public Mlp copy() {
        Mlp c = new Mlp(spec);
        c.copyStateFrom(this);
        return c;
    }

    /**
     * Makes {@code target} (same shape, spectral normalisation off) compute the function this net computes now:
     * its weights become the weights forward passes use (Ŵ = W/σ with normalisation on), its biases these.
     */
    public void copyFunctionTo(Mlp target) {
        if (!sameShape(target) || target.spectralNorm) {
            throw new IllegalArgumentException("target must have this shape and spectral norm off: " + target.spec);
        }
        double[] w = weights();
        for (int k = 0; k < layerCount(); k++) {
            System.arraycopy(w, wOff[k], target.params, wOff[k], in[k] * out[k]);
            System.arraycopy(params, bOff[k], target.params, bOff[k], out[k]);
        }
    }

    /** σ of each layer as of the last refresh (meaningful only with spectral normalisation on). */
    public double spectralSigma(int layer) {
        return sn.sigma[layer];
    }

    /** Recomputes Ŵ = W/σ, σ = uᵀWv, for the current W with u, v held (no power-iteration step). */
    void recomputeEffectiveWeights() {
        sn.computeEffective(params, effective);
    }

    /** The weights forward passes use: Ŵ with spectral normalisation, else the raw parameters. */
    double[] weights() {
        return spectralNorm ? effective : params;
    }

    private void warmUpSpectralNorm() {
        sn.reset();
        for (int s = 0; s < SpectralNorm.WARM_UP_STEPS; s++) {
            sn.powerStep(params);
        }
        sn.computeEffective(params, effective);
    }

    /** Whether {@code tape} can carry a pass of this net over {@code n} samples (made by a net of this shape, big enough). */
    public boolean canUse(Tape tape, int n) {
        return madeForThisShape(tape) && n >= 1 && n <= ((DenseTape) tape).capacity;
    }

    // a tape only depends on the shape, so nets of one shape (a generator and its average) may share tapes
    private boolean madeForThisShape(Tape tape) {
        return tape instanceof DenseTape t && (t.owner == this || sameShape(t.owner));
    }

    private boolean sameShape(Mlp other) {
        return other.spec.inputDim() == spec.inputDim() && other.spec.outputDim() == spec.outputDim()
                && other.spec.hidden().equals(spec.hidden());
    }

    private DenseTape own(Tape tape, int n) {
        if (!madeForThisShape(tape)) {
            throw new IllegalArgumentException("tape was not created by newTape of a net of this shape");
        }
        DenseTape t = (DenseTape) tape;
        if (n < 1 || n > t.capacity) {
            throw new IllegalArgumentException("batch size must be in 1.." + t.capacity + ", was " + n);
        }
        return t;
    }
}
