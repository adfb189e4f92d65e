package org.ganclassroom.sim.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PacGAN's packing: sample s·packs + b fills slot s of pack b, and D's input gradient flows back to each sample,
 * through the minibatch std-dev slot too, as central differences of a linear read-out of D's input say.
 */
class PackingGradientTest {
    private static final int DIM = 2;
    private static final int PACKS = 5;

    @ParameterizedTest
    @CsvSource({"1, false", "2, false", "4, false", "3, true", "1, true"})
    void unpackingIsTheDerivativeOfPacking(int m, boolean mbStd) {
        DiscriminatorInput input = new DiscriminatorInput(DIM, m);
        int n = PACKS * m;
        input.allocate(n);
        SplittableRandom r = new SplittableRandom(5);
        double[][] x = new double[DIM][n];
        for (double[] row : x) {
            for (int b = 0; b < n; b++) {
                row[b] = r.nextDouble(-2, 2);
            }
        }
        double[][] c = new double[input.rows()][PACKS];
        for (double[] row : c) {
            for (int b = 0; b < PACKS; b++) {
                row[b] = r.nextDouble(-1, 1);
            }
        }
        double[][] in = new double[input.rows()][PACKS];
        input.prepare(x, in, PACKS, 0.0, mbStd, r);
        for (int s = 0; s < m; s++) {
            for (int j = 0; j < DIM; j++) {
                for (int b = 0; b < PACKS; b++) {
                    assertEquals(x[j][s * PACKS + b], in[s * DIM + j][b], "slot " + s + " of pack " + b);
                }
            }
        }
        double[][] grad = new double[DIM][n];
        input.unpack(c, PACKS, mbStd, grad);
        double h = 1e-6;
        for (int j = 0; j < DIM; j++) {
            for (int b = 0; b < n; b++) {
                double keep = x[j][b];
                x[j][b] = keep + h;
                double plus = readOut(input, x, c, mbStd, r);
                x[j][b] = keep - h;
                double minus = readOut(input, x, c, mbStd, r);
                x[j][b] = keep;
                assertEquals((plus - minus) / (2 * h), grad[j][b], 1e-8, "x[" + j + "][" + b + "]");
            }
        }
    }

    /** Σ c ⊙ (D's input). */
    private static double readOut(DiscriminatorInput input, double[][] x, double[][] c, boolean mbStd,
                                  SplittableRandom r) {
        double[][] in = new double[input.rows()][PACKS];
        input.prepare(x, in, PACKS, 0.0, mbStd, r);
        double s = 0;
        for (int i = 0; i < in.length; i++) {
            for (int b = 0; b < PACKS; b++) {
                s += c[i][b] * in[i][b];
            }
        }
        return s;
    }
}
