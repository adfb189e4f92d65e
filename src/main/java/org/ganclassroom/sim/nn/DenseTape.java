package org.ganclassroom.sim.nn;

import java.util.Arrays;

/**
 * All buffers one {@link Mlp} needs for a forward pass, its backward pass and the double backward pass of
 * the input-gradient penalty, over up to {@code capacity} samples, allocated once so that training never
 * allocates. Layer k maps h_k ({@code in_k} units; h_0 = x, h_k = a[k−1]) to z[k] ({@code out_k} units).
 */
final class DenseTape implements Tape {
    final Mlp owner;
    final int capacity;
    /** Samples held by the last forward pass, or −1 before the first. */
    int count = -1;

    /** Private copy of the input, so the caller may reuse its array before calling backward. */
    final double[][] x;
    final double[][][] z;
    /** a[k] = f(z[k]) for hidden layers; a[last] is z[last] (the output layer is linear). */
    final double[][][] a;
    /** dLoss/dz[k] for hidden layers. */
    final double[][][] dz;
    /** f'(z[k]) for hidden layers, valid when {@link #slopesReady}. */
    final double[][][] slope;
    /** Whether the last forward pass filled {@link #slope} (an evaluation-only pass does not). */
    boolean slopesReady;

    // input-gradient penalty (double backprop)
    /** g[k] = ∂v/∂h_k, in_k × capacity; g[0] is the input gradient. */
    final double[][][] g;
    /** u[k] = ∂v/∂z[k] for hidden layers. */
    final double[][][] u;
    /** Adjoint of z[k] that reaches it directly through u[k] (via f''), for hidden layers. */
    final double[][][] direct;
    /** Ping-pong buffers for the adjoints ḡ and ū. */
    final double[][] barA;
    final double[][] barB;
    /** u of the linear output layer: ∂v/∂v = 1. */
    final double[][] ones;
    final double[] row;

    DenseTape(Mlp owner, int capacity) {
        this.owner = owner;
        this.capacity = capacity;
        int layers = owner.layerCount();
        int maxWidth = owner.inputDim();
        x = new double[owner.inputDim()][capacity];
        z = new double[layers][][];
        a = new double[layers][][];
        dz = new double[layers - 1][][];
        slope = new double[layers - 1][][];
        g = new double[layers][][];
        u = new double[layers - 1][][];
        direct = new double[layers - 1][][];
        for (int k = 0; k < layers; k++) {
            int out = owner.layerOut(k);
            maxWidth = Math.max(maxWidth, out);
            z[k] = new double[out][capacity];
            g[k] = new double[owner.layerIn(k)][capacity];
            if (k < layers - 1) {
                a[k] = new double[out][capacity];
                dz[k] = new double[out][capacity];
                slope[k] = new double[out][capacity];
                u[k] = new double[out][capacity];
                direct[k] = new double[out][capacity];
            } else {
                a[k] = z[k];
            }
        }
        barA = new double[maxWidth][capacity];
        barB = new double[maxWidth][capacity];
        ones = new double[1][capacity];
        Arrays.fill(ones[0], 1.0);
        row = new double[capacity];
    }

    /** g[b] *= f'(z[k][j][b]) for b &lt; n, from the slopes the forward pass kept if it kept them. */
    void multiplyBySlope(Activation f, int k, int j, double[] g, int n) {
        if (slopesReady) {
            double[] s = slope[k][j];
            for (int b = 0; b < n; b++) {
                g[b] *= s[b];
            }
        } else {
            f.multiplyByDerivative(z[k][j], a[k][j], g, n);
        }
    }

    @Override
    public int capacity() {
        return capacity;
    }

    @Override
    public double[][] output() {
        return z[z.length - 1];
    }
}
