package org.ganclassroom.sim.nn;

import java.util.Arrays;

/**
 * Exact second-order products of a loss L(θ, x) = Σ_b ℓ_b(v(θ, x_b)) of a one-output {@link Mlp}, by forward-mode
 * differentiation of its backward pass along a parameter direction u (Pearlmutter's R-operator):
 * <pre>
 *   hθ = (∂²L/∂θ²) u        (a Hessian-vector product, added to {@code hTheta})
 *   hx = (∂²L/∂x ∂θ) u      (how the parameter gradient's projection on u moves with each input, into {@code hx})
 * </pre>
 * With z_k = W_k h_k + b_k, h_{k+1} = f(z_k), v = z_last and tangents ż_k = U_k h_k + W_k ḣ_k + u_b,
 * ḣ_{k+1} = f'(z_k) ż_k: the backward adjoints δ_last = ℓ'(v), δ̇_last = ℓ''(v) v̇, e_k = W_kᵀ δ_k,
 * ė_k = U_kᵀ δ_k + W_kᵀ δ̇_k, δ_{k−1} = f'(z_{k−1}) e_k, δ̇_{k−1} = f''(z_{k−1}) ż_{k−1} e_k + f'(z_{k−1}) ė_k; then
 * hθ for W_k is δ̇_k h_kᵀ + δ_k ḣ_kᵀ, for b_k Σ_b δ̇_k, and hx = ė_0. Uses the raw parameters: the net must have
 * spectral normalisation off. Allocates only in its constructor; not thread-safe.
 */
public final class HessianVector {
    /** ℓ' and ℓ'' of each sample's loss at the net's outputs v. */
    @FunctionalInterface
    public interface LossDerivatives {
        void at(double[] v, double[] first, double[] second, int n);
    }

    private final Mlp net;
    private final int capacity;
    private final double[][][] h;
    private final double[][][] hDot;
    private final double[][][] z;
    private final double[][][] zDot;
    private final double[][][] slope;
    private final double[][][] curve;
    private final double[][] delta;
    private final double[][] deltaDot;
    private final double[][] e;
    private final double[][] eDot;
    private final double[][] scratch;
    private final double[] first;
    private final double[] second;

    public HessianVector(Mlp net, int capacity) {
        if (net.outputDim() != 1) {
            throw new IllegalArgumentException("Hessian-vector products need a net with one output, not " + net.outputDim());
        }
        this.net = net;
        this.capacity = capacity;
        int layers = net.layerCount();
        int widest = net.inputDim();
        h = new double[layers][][];
        hDot = new double[layers][][];
        z = new double[layers][][];
        zDot = new double[layers][][];
        slope = new double[layers][][];
        curve = new double[layers][][];
        for (int k = 0; k < layers; k++) {
            h[k] = new double[net.layerIn(k)][capacity];
            hDot[k] = new double[net.layerIn(k)][capacity];
            z[k] = new double[net.layerOut(k)][capacity];
            zDot[k] = new double[net.layerOut(k)][capacity];
            slope[k] = new double[net.layerOut(k)][capacity];
            curve[k] = new double[net.layerOut(k)][capacity];
            widest = Math.max(widest, net.layerOut(k));
        }
        delta = new double[widest][capacity];
        deltaDot = new double[widest][capacity];
        e = new double[widest][capacity];
        eDot = new double[widest][capacity];
        scratch = new double[widest][capacity];
        first = new double[capacity];
        second = new double[capacity];
    }

    /**
     * Adds (∂²L/∂θ²)·u to {@code hTheta} (parameter layout) and writes (∂²L/∂x∂θ)·u into {@code hx[inputDim][n]},
     * for the n inputs {@code x[inputDim][n]} at the net's current parameters.
     */
    public void apply(double[][] x, int n, LossDerivatives loss, double[] u, double[] hTheta, double[][] hx) {
        if (net.spectralNorm()) {
            throw new IllegalStateException("Hessian-vector products use the raw weights; switch spectral norm off");
        }
        if (n < 1 || n > capacity) {
            throw new IllegalArgumentException("n must be in 1.." + capacity + ", was " + n);
        }
        double[] w = net.params();
        Activation f = net.spec().hiddenActivation();
        int last = net.layerCount() - 1;
        for (int i = 0; i < net.inputDim(); i++) {
            System.arraycopy(x[i], 0, h[0][i], 0, n);
            Arrays.fill(hDot[0][i], 0, n, 0.0);
        }
        for (int k = 0; k <= last; k++) {
            int in = net.layerIn(k);
            int out = net.layerOut(k);
            Dense.affine(w, net.weightOffset(k), w, net.biasOffset(k), in, out, h[k], z[k], n);
            Dense.affine(u, net.weightOffset(k), u, net.biasOffset(k), in, out, h[k], zDot[k], n);
            if (k > 0) {
                Dense.affine(w, net.weightOffset(k), null, 0, in, out, hDot[k], scratch, n);
                addRows(scratch, zDot[k], out, n);
            }
            if (k < last) {
                for (int o = 0; o < out; o++) {
                    f.applyWithSlope(z[k][o], h[k + 1][o], slope[k][o], n);
                    f.secondDerivative(z[k][o], h[k + 1][o], curve[k][o], n);
                    double[] hd = hDot[k + 1][o], s = slope[k][o], zd = zDot[k][o];
                    for (int b = 0; b < n; b++) {
                        hd[b] = s[b] * zd[b];
                    }
                }
            }
        }
        loss.at(z[last][0], first, second, n);
        double[] vDot = zDot[last][0];
        for (int b = 0; b < n; b++) {
            delta[0][b] = first[b];
            deltaDot[0][b] = second[b] * vDot[b];
        }
        for (int k = last; k >= 0; k--) {
            int in = net.layerIn(k);
            int out = net.layerOut(k);
            Dense.accumulateOuter(deltaDot, h[k], in, out, hTheta, net.weightOffset(k), n);
            if (k > 0) {
                Dense.accumulateOuter(delta, hDot[k], in, out, hTheta, net.weightOffset(k), n);
            }
            Dense.accumulateRowSums(deltaDot, out, hTheta, net.biasOffset(k), n);
            Dense.transposedProduct(w, net.weightOffset(k), in, out, delta, e, n);
            Dense.transposedProduct(u, net.weightOffset(k), in, out, delta, eDot, n);
            Dense.transposedProduct(w, net.weightOffset(k), in, out, deltaDot, scratch, n);
            addRows(scratch, eDot, in, n);
            if (k == 0) {
                for (int i = 0; i < in; i++) {
                    System.arraycopy(eDot[i], 0, hx[i], 0, n);
                }
                break;
            }
            for (int j = 0; j < in; j++) {
                double[] s = slope[k - 1][j], c = curve[k - 1][j], zd = zDot[k - 1][j];
                double[] ej = e[j], edj = eDot[j], dj = delta[j], ddj = deltaDot[j];
                for (int b = 0; b < n; b++) {
                    dj[b] = s[b] * ej[b];
                    ddj[b] = c[b] * zd[b] * ej[b] + s[b] * edj[b];
                }
            }
        }
    }

    private static void addRows(double[][] from, double[][] to, int rows, int n) {
        for (int r = 0; r < rows; r++) {
            double[] a = from[r], t = to[r];
            for (int b = 0; b < n; b++) {
                t[b] += a[b];
            }
        }
    }
}
