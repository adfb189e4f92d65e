package org.ganclassroom.sim.metrics;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The symmetric-tap smoothing against the textbook convolution, including lines shorter than the kernel. */
class GaussianKernelTest {
    private static double[] random(int size, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = new double[size];
        for (int i = 0; i < size; i++) {
            a[i] = rng.nextDouble();
        }
        return a;
    }

    @Test
    void kernelIsSymmetricAndSumsToOne() {
        double[] k = GaussianKernel.weights(1.5, 1.0);
        double sum = 0;
        for (int t = 0; t < k.length; t++) {
            assertEquals(k[t], k[k.length - 1 - t], 0.0);
            sum += k[t];
        }
        assertEquals(1.0, sum, 1e-15);
    }

    @Test
    void bothDirectionsMatchTheDirectConvolution() {
        double[] k = GaussianKernel.weights(1.5, 1.0); // 13 taps
        int r = k.length / 2;
        for (int n : new int[] {1, 3, 6, 7, 12, 13, 20, 64}) {
            double[] in = random(n * n, n);
            double[] along = new double[n * n];
            double[] across = new double[n * n];
            GaussianKernel.alongRows(k, in, along, n, n);
            GaussianKernel.acrossRows(k, in, across, n);
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double a = 0;
                    double c = 0;
                    for (int t = -r; t <= r; t++) {
                        if (i + t >= 0 && i + t < n) {
                            a += k[t + r] * in[j * n + i + t];
                        }
                        if (j + t >= 0 && j + t < n) {
                            c += k[t + r] * in[(j + t) * n + i];
                        }
                    }
                    assertEquals(a, along[j * n + i], 1e-15, "along rows, n=" + n + " at " + i + "," + j);
                    assertEquals(c, across[j * n + i], 1e-15, "across rows, n=" + n + " at " + i + "," + j);
                }
            }
        }
    }
}
