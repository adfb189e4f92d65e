package org.ganclassroom.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The known trap: a histogram JSD from a few hundred random samples is biased upward (~0.13 bits, ~0.09 nats, for
 * identical distributions). Quadrature noise plus linear binning plus a small kernel must not be.
 * Floors measured when this was written (h = 2 cells): 1-D 1.93e-4 nats; 2-D 8.8e-4 nats.
 */
class JsdFloorTest {
    private static final NormalDistribution N01 = new NormalDistribution(null, 0, 1);

    @Test
    void oneDimensionalFloorIsBelowOneThousandthOfANat() {
        Grid1D grid = new Grid1D(-6, 6, 400);
        double[] exact = new double[grid.n()];
        for (int i = 0; i < grid.n(); i++) {
            exact[i] = N01.density(grid.x(i));
        }
        double[] z = QuadratureNoise.create(1, 2048)[0];
        PushforwardDensity1D estimator = new PushforwardDensity1D(grid, 2 * grid.dx());
        double[] estimate = new double[grid.n()];
        estimator.estimate(z, z.length, estimate);
        double floor = Divergences.jsd(exact, estimate, grid.dx());
        System.out.printf("1-D JSD floor: %.3e nats (%.3e bits)%n", floor, Divergences.bits(floor));
        assertTrue(floor < 1e-3, "1-D floor " + floor);

        // The same estimator fed 300 random draws shows the trap, so the metric is not blind to sampling noise.
        Random rng = new Random(1);
        double[] draws = new double[300];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = rng.nextGaussian();
        }
        estimator.estimate(draws, draws.length, estimate);
        double noisy = Divergences.jsd(exact, estimate, grid.dx());
        assertTrue(noisy > 10 * floor, "random draws " + noisy + " vs floor " + floor);
    }

    /**
     * 64×64 over [−4, 4]² (dx = 0.125), 4096 Sobol points, h = 2 cells = 0.25. Smoothing alone widens N(0, I) to
     * N(0, 1.0625·I), which costs 4.5e-4 nats of JSD; the finite point set adds about as much again (8.8e-4 measured).
     * The bound 2e-3 nats allows for platform differences in Φ⁻¹ and summation while staying 45× below the trap.
     */
    @Test
    void twoDimensionalFloorIsBelowTwoThousandthsOfANat() {
        Grid2D grid = new Grid2D(-4, 4, 64);
        double[] exact = new double[grid.size()];
        for (int j = 0; j < grid.n(); j++) {
            for (int i = 0; i < grid.n(); i++) {
                exact[grid.index(i, j)] = N01.density(grid.x(i)) * N01.density(grid.y(j));
            }
        }
        double[][] z = QuadratureNoise.create(2, 4096);
        PushforwardDensity2D estimator = new PushforwardDensity2D(grid, 2 * grid.dx());
        double[] estimate = new double[grid.size()];
        estimator.estimate(z[0], z[1], 4096, estimate);
        double floor = Divergences.jsd(exact, estimate, grid.cellArea());
        System.out.printf("2-D JSD floor: %.3e nats (%.3e bits)%n", floor, Divergences.bits(floor));
        assertTrue(floor < 2e-3, "2-D floor " + floor);
    }
}
