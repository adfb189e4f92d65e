package org.ganclassroom.sim.nn;

import java.util.Arrays;

/**
 * The three matrix kernels of a dense layer on "one array per unit" data ({@code m[unit][sample]}).
 * The batch is the innermost loop wherever possible so that C2 vectorises it; inputs are taken four at a
 * time so that each pass over an output row does four multiply-adds per load and store of that row.
 * Summation order is fixed, so results are reproducible bit for bit.
 */
final class Dense {
    /** Below this fan-in a per-entry dot product beats transposing the layer input. */
    private static final int TRANSPOSE_MIN_IN = 8;

    private Dense() {
    }

    /** dst[o][b] = bias[bOff + o] + Σ_i w[wOff + o·in + i] · src[i][b]; no bias when {@code bias} is null. */
    static void affine(double[] w, int wOff, double[] bias, int bOff, int in, int out,
                       double[][] src, double[][] dst, int n) {
        for (int o = 0; o < out; o++) {
            double[] d = dst[o];
            Arrays.fill(d, 0, n, bias == null ? 0.0 : bias[bOff + o]);
            int row = wOff + o * in;
            int i = 0;
            for (; i + 3 < in; i += 4) {
                double w0 = w[row + i], w1 = w[row + i + 1], w2 = w[row + i + 2], w3 = w[row + i + 3];
                double[] h0 = src[i], h1 = src[i + 1], h2 = src[i + 2], h3 = src[i + 3];
                for (int b = 0; b < n; b++) {
                    d[b] += w0 * h0[b] + w1 * h1[b] + w2 * h2[b] + w3 * h3[b];
                }
            }
            for (; i < in; i++) {
                double w0 = w[row + i];
                double[] h0 = src[i];
                for (int b = 0; b < n; b++) {
                    d[b] += w0 * h0[b];
                }
            }
        }
    }

    /** dst[i][b] = Σ_o w[wOff + o·in + i] · src[o][b] (multiplication by Wᵀ). */
    static void transposedProduct(double[] w, int wOff, int in, int out, double[][] src, double[][] dst, int n) {
        for (int i = 0; i < in; i++) {
            double[] d = dst[i];
            Arrays.fill(d, 0, n, 0.0);
            int o = 0;
            for (; o + 3 < out; o += 4) {
                double w0 = w[wOff + o * in + i], w1 = w[wOff + (o + 1) * in + i];
                double w2 = w[wOff + (o + 2) * in + i], w3 = w[wOff + (o + 3) * in + i];
                double[] s0 = src[o], s1 = src[o + 1], s2 = src[o + 2], s3 = src[o + 3];
                for (int b = 0; b < n; b++) {
                    d[b] += w0 * s0[b] + w1 * s1[b] + w2 * s2[b] + w3 * s3[b];
                }
            }
            for (; o < out; o++) {
                double w0 = w[wOff + o * in + i];
                double[] s0 = src[o];
                for (int b = 0; b < n; b++) {
                    d[b] += w0 * s0[b];
                }
            }
        }
    }

    /**
     * grad[gOff + o·in + i] += Σ_b a[o][b] · h[i][b] (the weight gradient dz·hᵀ).
     * A sum over the batch is a reduction, which C2 will not vectorise for doubles (it must keep Java's
     * sequential order), so for wide layers h is transposed into {@code scratch} (≥ n·in entries) and the
     * product is accumulated as axpys over i instead.
     */
    static void accumulateOuter(double[][] a, double[][] h, int in, int out, double[] grad, int gOff, int n,
                                double[] scratch) {
        if (in >= TRANSPOSE_MIN_IN) {
            accumulateOuterTransposed(a, h, in, out, grad, gOff, n, scratch);
        } else {
            accumulateOuterDots(a, h, in, out, grad, gOff, n);
        }
    }

    private static void accumulateOuterDots(double[][] a, double[][] h, int in, int out, double[] grad, int gOff,
                                            int n) {
        for (int o = 0; o < out; o++) {
            double[] ar = a[o];
            for (int i = 0; i < in; i++) {
                grad[gOff + o * in + i] += dot(ar, h[i], n);
            }
        }
    }

    private static void accumulateOuterTransposed(double[][] a, double[][] h, int in, int out, double[] grad,
                                                  int gOff, int n, double[] t) {
        for (int i = 0; i < in; i++) {
            double[] hi = h[i];
            for (int b = 0; b < n; b++) {
                t[b * in + i] = hi[b];
            }
        }
        for (int o = 0; o < out; o++) {
            double[] ar = a[o];
            int g = gOff + o * in;
            int b = 0;
            for (; b + 3 < n; b += 4) {
                double d0 = ar[b], d1 = ar[b + 1], d2 = ar[b + 2], d3 = ar[b + 3];
                int r0 = b * in, r1 = r0 + in, r2 = r1 + in, r3 = r2 + in;
                for (int i = 0; i < in; i++) {
                    grad[g + i] += d0 * t[r0 + i] + d1 * t[r1 + i] + d2 * t[r2 + i] + d3 * t[r3 + i];
                }
            }
            for (; b < n; b++) {
                double d0 = ar[b];
                int r0 = b * in;
                for (int i = 0; i < in; i++) {
                    grad[g + i] += d0 * t[r0 + i];
                }
            }
        }
    }

    /** grad[bOff + o] += Σ_b a[o][b] (the bias gradient). */
    static void accumulateRowSums(double[][] a, int out, double[] grad, int bOff, int n) {
        for (int o = 0; o < out; o++) {
            grad[bOff + o] += sum(a[o], n);
        }
    }

    /** Σ_b x[b]·y[b] with four independent accumulators, so the adds do not wait on each other. */
    static double dot(double[] x, double[] y, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int b = 0;
        for (; b + 3 < n; b += 4) {
            s0 += x[b] * y[b];
            s1 += x[b + 1] * y[b + 1];
            s2 += x[b + 2] * y[b + 2];
            s3 += x[b + 3] * y[b + 3];
        }
        for (; b < n; b++) {
            s0 += x[b] * y[b];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Σ_b x[b] with four independent accumulators. */
    static double sum(double[] x, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int b = 0;
        for (; b + 3 < n; b += 4) {
            s0 += x[b];
            s1 += x[b + 1];
            s2 += x[b + 2];
            s3 += x[b + 3];
        }
        for (; b < n; b++) {
            s0 += x[b];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
