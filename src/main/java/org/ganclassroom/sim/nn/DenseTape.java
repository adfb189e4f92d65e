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
        int r = rowLength(capacity);
        x = new double[owner.inputDim()][r];
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
            z[k] = new double[out][r];
            g[k] = new double[owner.layerIn(k)][r];
            if (k < layers - 1) {
                a[k] = new double[out][r];
                dz[k] = new double[out][r];
                slope[k] = new double[out][r];
                u[k] = new double[out][r];
                direct[k] = new double[out][r];
            } else {
                a[k] = z[k];
            }
        }
        barA = new double[maxWidth][r];
        barB = new double[maxWidth][r];
        ones = new double[1][r];
        Arrays.fill(ones[0], 1.0);
        row = new double[r];
    }

    /**
     * Length of each row array: at least {@code capacity}, lengthened so that consecutive rows (allocated one
     * after another, 16 header bytes apart) do not start at nearly the same offset modulo 4 KB. Rows that do
     * all map to the same few L1 cache sets, and a layer's 16 or more rows then evict each other. This matters
     * for tapes with long rows (the measurement grids, large batches).
     */
    static int rowLength(int capacity) {
        int length = capacity;
        while (true) {
            long shift = (length * 8L + 16) % 4096;
            if (shift >= 256 && shift <= 4096 - 256) {
                return length;
            }
            length++;
        }
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
