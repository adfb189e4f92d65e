package org.ganclassroom.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class QuadratureNoiseTest {
    private static final NormalDistribution N01 = new NormalDistribution(null, 0, 1);

    @Test
    void oneDimensionIsTheMidpointRuleInProbability() {
        double[] z = QuadratureNoise.create(1, 1000)[0];
        for (int j = 0; j < 1000; j++) {
            assertEquals((j + 0.5) / 1000, N01.cumulativeProbability(z[j]), 1e-12);
            assertEquals(-z[j], z[999 - j], 1e-9, "symmetric");
        }
        double var = Arrays.stream(z).map(x -> x * x).sum() / 1000;
        assertEquals(1.0, var, 5e-3);
    }

    @Test
    void higherDimensionsHaveMidpointMarginalsAndAreDeterministic() {
        int m = 1024;
        double[][] z = QuadratureNoise.create(3, m);
        assertArrayEquals(z[2], QuadratureNoise.create(3, m)[2], 0.0);
        for (int d = 0; d < 3; d++) {
            double[] sorted = z[d].clone();
            Arrays.sort(sorted);
            for (int j = 0; j < m; j++) {
                assertTrue(Double.isFinite(sorted[j]));
                assertEquals((j + 0.5) / m, N01.cumulativeProbability(sorted[j]), 1e-12, "dim " + d + " rank " + j);
            }
        }
        double cov = 0;
        for (int j = 0; j < m; j++) {
            cov += z[0][j] * z[1][j];
        }
        assertEquals(0.0, cov / m, 0.02, "coordinates are not copies of each other");
    }

    @Test
    void nonPowerOfTwoStaysInsideTheOpenUnitInterval() {
        double[][] z = QuadratureNoise.create(2, 1000);
        for (double[] row : z) {
            for (double v : row) {
                assertTrue(Double.isFinite(v));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> QuadratureNoise.create(0, 10));
    }
}
