package org.ganclassroom.sim.nn;

/**
 * The three matrix kernels of a dense layer on "one array per unit" data ({@code m[unit][sample]}).
 * The batch is the innermost loop wherever possible so that C2 vectorises it; inputs are taken four at a
 * time so that each pass over an output row does four multiply-adds per load and store of that row, as one
 * chain of fused multiply-adds (one instruction and one rounding each, and measurably faster than a·b + c).
 * Summation order is fixed, so results are reproducible bit for bit.
 */
final class Dense {
    private Dense() {
    }

    /**
     * dst[o][b] = bias[bOff + o] + Σ_i w[wOff + o·in + i] · src[i][b]; no bias when {@code bias} is null.
     * Summed as bias, then the inputs in order, each added by a fused multiply-add; the first pass
     * writes the row instead of adding to a filled one, and the remaining inputs share one pass, which
     * saves a load and a store of the row per pass (most of the cost for the narrow first layers).
     */
    static void affine(double[] w, int wOff, double[] bias, int bOff, int in, int out,
                       double[][] src, double[][] dst, int n) {
        for (int o = 0; o < out; o++) {
            multiplyRow(w, wOff + o * in, 1, bias == null ? 0.0 : bias[bOff + o], in, src, dst[o], n);
        }
    }

    /** dst[i][b] = Σ_o w[wOff + o·in + i] · src[o][b] (multiplication by Wᵀ), in the order of {@link #affine}. */
    static void transposedProduct(double[] w, int wOff, int in, int out, double[][] src, double[][] dst, int n) {
        for (int i = 0; i < in; i++) {
            multiplyRow(w, wOff + i, in, 0.0, out, src, dst[i], n);
        }
    }

    /** d[b] = c + Σ_{j &lt; count} w[start + j·stride] · src[j][b]: one output row of a matrix product. */
    private static void multiplyRow(double[] w, int start, int stride, double c, int count, double[][] src,
                                    double[] d, int n) {
        int j = 0;
        if (count >= 4) {
            double w0 = w[start], w1 = w[start + stride], w2 = w[start + 2 * stride], w3 = w[start + 3 * stride];
            double[] h0 = src[0], h1 = src[1], h2 = src[2], h3 = src[3];
            for (int b = 0; b < n; b++) {
                d[b] = Math.fma(w3, h3[b], Math.fma(w2, h2[b], Math.fma(w1, h1[b], Math.fma(w0, h0[b], c))));
            }
            for (j = 4; j + 3 < count; j += 4) {
                int p = start + j * stride;
                w0 = w[p];
                w1 = w[p + stride];
                w2 = w[p + 2 * stride];
                w3 = w[p + 3 * stride];
                h0 = src[j];
                h1 = src[j + 1];
                h2 = src[j + 2];
                h3 = src[j + 3];
                for (int b = 0; b < n; b++) {
                    d[b] = Math.fma(w3, h3[b], Math.fma(w2, h2[b], Math.fma(w1, h1[b], Math.fma(w0, h0[b], d[b]))));
                }
            }
        }
        if (j == count) {
            return;
        }
        // the last one to three inputs in one pass, starting from c if no block of four came first
        int p = start + j * stride;
        int left = count - j;
        double w0 = w[p];
        double w1 = left > 1 ? w[p + stride] : 0.0;
        double w2 = left > 2 ? w[p + 2 * stride] : 0.0;
        double[] h0 = src[j];
        double[] h1 = left > 1 ? src[j + 1] : null;
        double[] h2 = left > 2 ? src[j + 2] : null;
        boolean fresh = j == 0;
        if (left == 1) {
            if (fresh) {
                for (int b = 0; b < n; b++) {
                    d[b] = Math.fma(w0, h0[b], c);
                }
            } else {
                for (int b = 0; b < n; b++) {
                    d[b] = Math.fma(w0, h0[b], d[b]);
                }
            }
        } else if (left == 2) {
            if (fresh) {
                for (int b = 0; b < n; b++) {
                    d[b] = Math.fma(w1, h1[b], Math.fma(w0, h0[b], c));
                }
            } else {
                for (int b = 0; b < n; b++) {
                    d[b] = Math.fma(w1, h1[b], Math.fma(w0, h0[b], d[b]));
                }
            }
        } else if (fresh) {
            for (int b = 0; b < n; b++) {
                d[b] = Math.fma(w2, h2[b], Math.fma(w1, h1[b], Math.fma(w0, h0[b], c)));
            }
        } else {
            for (int b = 0; b < n; b++) {
                d[b] = Math.fma(w2, h2[b], Math.fma(w1, h1[b], Math.fma(w0, h0[b], d[b])));
            }
        }
    }

    /**
     * grad[gOff + o·in + i] += Σ_b a[o][b] · h[i][b] (the weight gradient dz·hᵀ).
     * A sum over the batch is a reduction, which C2 will not vectorise for doubles (it must keep Java's
     * sequential order), and the other two loops are too short (a width of 16 is four vectors) to vectorise
     * well. So the kernel is scalar but register-blocked: four rows of a against two rows of h at a time,
     * eight independent fused multiply-add chains sharing six loads per sample.
     */
    static void accumulateOuter(double[][] a, double[][] h, int in, int out, double[] grad, int gOff, int n) {
        int o = 0;
        for (; o + 3 < out; o += 4) {
            int i = 0;
            for (; i + 1 < in; i += 2) {
                block4x2(a, h, o, i, in, grad, gOff, n);
            }
            if (i < in) {
                block4x1(a, h[i], o, i, in, grad, gOff, n);
            }
        }
        for (; o < out; o++) {
            double[] ar = a[o];
            for (int i = 0; i < in; i++) {
                grad[gOff + o * in + i] += dot(ar, h[i], n);
            }
        }
    }

    private static void block4x2(double[][] a, double[][] h, int o, int i, int in, double[] grad, int gOff, int n) {
        double[] a0 = a[o], a1 = a[o + 1], a2 = a[o + 2], a3 = a[o + 3];
        double[] h0 = h[i], h1 = h[i + 1];
        double s00 = 0, s01 = 0, s10 = 0, s11 = 0, s20 = 0, s21 = 0, s30 = 0, s31 = 0;
        for (int b = 0; b < n; b++) {
            double y0 = h0[b], y1 = h1[b];
            double x0 = a0[b], x1 = a1[b], x2 = a2[b], x3 = a3[b];
            s00 = Math.fma(x0, y0, s00);
            s01 = Math.fma(x0, y1, s01);
            s10 = Math.fma(x1, y0, s10);
            s11 = Math.fma(x1, y1, s11);
            s20 = Math.fma(x2, y0, s20);
            s21 = Math.fma(x2, y1, s21);
            s30 = Math.fma(x3, y0, s30);
            s31 = Math.fma(x3, y1, s31);
        }
        int g = gOff + o * in + i;
        grad[g] += s00;
        grad[g + 1] += s01;
        grad[g + in] += s10;
        grad[g + in + 1] += s11;
        grad[g + 2 * in] += s20;
        grad[g + 2 * in + 1] += s21;
        grad[g + 3 * in] += s30;
        grad[g + 3 * in + 1] += s31;
    }

    private static void block4x1(double[][] a, double[] h0, int o, int i, int in, double[] grad, int gOff, int n) {
        double[] a0 = a[o], a1 = a[o + 1], a2 = a[o + 2], a3 = a[o + 3];
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int b = 0; b < n; b++) {
            double y = h0[b];
            s0 = Math.fma(a0[b], y, s0);
            s1 = Math.fma(a1[b], y, s1);
            s2 = Math.fma(a2[b], y, s2);
            s3 = Math.fma(a3[b], y, s3);
        }
        int g = gOff + o * in + i;
        grad[g] += s0;
        grad[g + in] += s1;
        grad[g + 2 * in] += s2;
        grad[g + 3 * in] += s3;
    }

    /** grad[bOff + o] += Σ_b a[o][b] (the bias gradient). */
    static void accumulateRowSums(double[][] a, int out, double[] grad, int bOff, int n) {
        for (int o = 0; o < out; o++) {
            grad[bOff + o] += sum(a[o], n);
        }
    }

    /**
     * Σ_b x[b]·y[b] with eight independent accumulators: a fused multiply-add waits ~5 cycles for the previous
     * one into the same sum, so fewer chains leave the loop waiting on latency.
     */
    static double dot(double[] x, double[] y, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int b = 0;
        for (; b + 7 < n; b += 8) {
            s0 = Math.fma(x[b], y[b], s0);
            s1 = Math.fma(x[b + 1], y[b + 1], s1);
            s2 = Math.fma(x[b + 2], y[b + 2], s2);
            s3 = Math.fma(x[b + 3], y[b + 3], s3);
            s4 = Math.fma(x[b + 4], y[b + 4], s4);
            s5 = Math.fma(x[b + 5], y[b + 5], s5);
            s6 = Math.fma(x[b + 6], y[b + 6], s6);
            s7 = Math.fma(x[b + 7], y[b + 7], s7);
        }
        for (; b < n; b++) {
            s0 = Math.fma(x[b], y[b], s0);
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** Σ_b x[b] with eight independent accumulators, for the same reason as {@link #dot}. */
    static double sum(double[] x, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int b = 0;
        for (; b + 7 < n; b += 8) {
            s0 += x[b];
            s1 += x[b + 1];
            s2 += x[b + 2];
            s3 += x[b + 3];
            s4 += x[b + 4];
            s5 += x[b + 5];
            s6 += x[b + 6];
            s7 += x[b + 7];
        }
        for (; b < n; b++) {
            s0 += x[b];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
