package org.ganclassroom.sim.nn;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The matrix kernels against textbook loops, for every way a row can split into passes. */
class DenseTest {
    private static double[][] random(SplittableRandom rng, int rows, int n) {
        double[][] m = new double[rows][n];
        for (double[] row : m) {
            for (int b = 0; b < n; b++) {
                row[b] = rng.nextDouble() * 2 - 1;
            }
        }
        return m;
    }

    @Test
    void affineAndTransposedProductMatchTheTextbookSums() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = 37;
        for (int in = 1; in <= 17; in++) {
            for (int out : new int[] {1, 2, 3, 4, 5, 8, 12, 16}) {
                double[] w = random(rng, 1, in * out + out)[0];
                double[][] x = random(rng, in, n);
                double[][] y = new double[out][n];
                Dense.affine(w, 0, w, in * out, in, out, x, y, n);
                double[][] back = random(rng, out, n);
                double[][] t = new double[in][n];
                Dense.transposedProduct(w, 0, in, out, back, t, n);
                for (int b = 0; b < n; b++) {
                    for (int o = 0; o < out; o++) {
                        double sum = w[in * out + o];
                        for (int i = 0; i < in; i++) {
                            sum += w[o * in + i] * x[i][b];
                        }
                        assertEquals(sum, y[o][b], 1e-13, "affine " + in + "→" + out);
                    }
                    for (int i = 0; i < in; i++) {
                        double sum = 0;
                        for (int o = 0; o < out; o++) {
                            sum += w[o * in + i] * back[o][b];
                        }
                        assertEquals(sum, t[i][b], 1e-13, "Wᵀδ " + in + "→" + out);
                    }
                }
            }
        }
    }

    @Test
    void weightAndBiasGradientsMatchTheTextbookSums() {
        SplittableRandom rng = new SplittableRandom(8);
        for (int n : new int[] {1, 7, 8, 9, 64}) {
            for (int in = 1; in <= 9; in++) {
                for (int out : new int[] {1, 3, 4, 5, 16}) {
                    double[][] delta = random(rng, out, n);
                    double[][] h = random(rng, in, n);
                    double[] grad = random(rng, 1, in * out + out)[0];
                    double[] before = grad.clone();
                    Dense.accumulateOuter(delta, h, in, out, grad, 0, n);
                    Dense.accumulateRowSums(delta, out, grad, in * out, n);
                    for (int o = 0; o < out; o++) {
                        double bias = 0;
                        for (int b = 0; b < n; b++) {
                            bias += delta[o][b];
                        }
                        assertEquals(before[in * out + o] + bias, grad[in * out + o], 1e-13, "bias " + o);
                        for (int i = 0; i < in; i++) {
                            double sum = 0;
                            for (int b = 0; b < n; b++) {
                                sum += delta[o][b] * h[i][b];
                            }
                            assertEquals(before[o * in + i] + sum, grad[o * in + i], 1e-13,
                                    "weight " + o + "," + i + " of " + in + "→" + out + ", n=" + n);
                        }
                    }
                }
            }
        }
    }

    @Test
    void tapeRowsAreLaidOutSoThatTheyDoNotShareCacheSets() {
        for (int capacity : new int[] {1, 16, 64, 100, 256, 400, 512, 1000, 1024, 2048, 4096}) {
            int length = DenseTape.rowLength(capacity);
            long shift = (length * 8L + 16) % 4096;
            org.junit.jupiter.api.Assertions.assertTrue(length >= capacity && length - capacity < 64,
                    capacity + " -> " + length);
            org.junit.jupiter.api.Assertions.assertTrue(shift >= 256 && shift <= 4096 - 256, capacity + ": " + shift);
        }
    }
}
