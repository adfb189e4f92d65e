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
}
