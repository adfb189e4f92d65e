package org.ganclassroom.sim.metrics;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optimum of the game played, against the formula and against independent integrals of the noised densities. */
class GameOptimumTest {
    private static final double LO = -6;
    private static final double HI = 6;
    private static final int N = 480;
    private static final double DX = (HI - LO) / N;

    private static final DoubleUnaryOperator P_DATA = x -> 0.5 * new NormalDistribution(-1, 0.3).density(x)
            + 0.5 * new NormalDistribution(1.5, 0.5).density(x);
    private static final DoubleUnaryOperator P_G = x -> new NormalDistribution(0.5, 0.8).density(x);

    private static double centre(int i) {
        return LO + (i + 0.5) * DX;
    }

    private static double[] onGrid(DoubleUnaryOperator p) {
        double[] out = new double[N];
        for (int i = 0; i < N; i++) {
            out[i] = p.applyAsDouble(centre(i));
        }
        return out;
    }

    /** (p ∗ N(0, σ²))(x) = ∫ p(y) φ_σ(x − y) dy, by adaptive Gauss–Legendre quadrature. */
    private static double convolved(DoubleUnaryOperator p, double sigma, double x) {
        NormalDistribution kernel = new NormalDistribution(0, sigma);
        UnivariateFunction f = y -> p.applyAsDouble(y) * kernel.density(x - y);
        return new IterativeLegendreGaussIntegrator(8, 1e-10, 1e-12).integrate(100_000, f, x - 10 * sigma,
                x + 10 * sigma);
    }

    @Test
    void labelSmoothingScalesProposition1ByTheRealLabel() {
        double[] pd = onGrid(P_DATA);
        double[] pg = onGrid(P_G);
        double[] out = new double[N];
        new GameOptimum(1, N, DX).compute(pd, pg, 0.9, 0, out);
        for (int i = 0; i < N; i += 7) {
            assertEquals(0.9 * pd[i] / (pd[i] + pg[i]), out[i], 1e-12, "x = " + centre(i));
        }
    }

    @Test
    void instanceNoiseGivesTheOptimumOfTheNoisedDensities() {
        double sigma = 0.4;
        double alpha = 0.9;
        double[] out = new double[N];
        new GameOptimum(1, N, DX).compute(onGrid(P_DATA), onGrid(P_G), alpha, sigma, out);
        double worst = 0;
        for (int i = 40; i < N - 40; i += 11) {
            double x = centre(i);
            double a = convolved(P_DATA, sigma, x);
            double b = convolved(P_G, sigma, x);
            double expected = alpha * a / (a + b);
            worst = Math.max(worst, Math.abs(expected - out[i]));
        }
        assertTrue(worst < 1e-4, "largest |D* − integral| = " + worst);
        // and it is not Proposition 1's optimum: the noise moved it
        double x = centre(N / 2);
        double plain = P_DATA.applyAsDouble(x) / (P_DATA.applyAsDouble(x) + P_G.applyAsDouble(x));
        assertTrue(Math.abs(plain - out[N / 2]) > 0.05, plain + " vs " + out[N / 2]);
    }

    @Test
    void instanceNoiseIn2DConvolvesBothAxes() {
        int n = 96;
        double lo = -4;
        double dx = 8.0 / n;
        double sigma = 0.5;
        double[] pd = new double[n * n];
        double[] pg = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double x = lo + (i + 0.5) * dx;
                double y = lo + (j + 0.5) * dx;
                pd[j * n + i] = gauss2(x, y, 0, 0, 0.4);
                pg[j * n + i] = gauss2(x, y, 1.2, -0.5, 0.6);
            }
        }
        double[] out = new double[n * n];
        new GameOptimum(2, n, dx).compute(pd, pg, 1.0, sigma, out);
        double worst = 0;
        for (int j = 20; j < n - 20; j += 9) {
            for (int i = 20; i < n - 20; i += 9) {
                double x = lo + (i + 0.5) * dx;
                double y = lo + (j + 0.5) * dx;
                // an isotropic Gaussian convolved with N(0, σ²I) is the Gaussian with variance s² + σ²
                double a = gauss2(x, y, 0, 0, Math.hypot(0.4, sigma));
                double b = gauss2(x, y, 1.2, -0.5, Math.hypot(0.6, sigma));
                worst = Math.max(worst, Math.abs(a / (a + b) - out[j * n + i]));
            }
        }
        assertTrue(worst < 1e-3, "largest |D* − exact| = " + worst);
    }

    private static double gauss2(double x, double y, double mx, double my, double s) {
        double dx = x - mx;
        double dy = y - my;
        return Math.exp(-0.5 * (dx * dx + dy * dy) / (s * s)) / (2 * Math.PI * s * s);
    }

    @Test
    void withoutChipsTheValueAtTheOptimumIsMinusLog4PlusTwoJsd() {
        double[] pd = onGrid(P_DATA);
        double[] pg = onGrid(P_G);
        double[] out = new double[N];
        new GameOptimum(1, N, DX).compute(pd, pg, 1.0, 0, out);
        double jsd = 0;
        for (int i = 0; i < N; i++) {
            double m = 0.5 * (pd[i] + pg[i]);
            jsd += 0.5 * (pd[i] * Math.log(pd[i] / m) + pg[i] * Math.log(pg[i] / m)) * DX;
        }
        assertEquals(-Math.log(4) + 2 * jsd, GameOptimum.value(pd, pg, out, DX), 1e-9);
    }

    @Test
    void thePanelSaysWhichOptimumItIs() {
        assertEquals("D* of the game played: p_data/(p_data+p_g) (Proposition 1)",
                GameOptimum.describe(1.0, 0, 2000, false));
        assertEquals("D* of the game played: label smoothing 0.9 → 0.9·p_data/(p_data+p_g)",
                GameOptimum.describe(0.9, 0, 2000, false));
        assertEquals("D* of the game played: instance noise σ = 0.35 (annealing to 0 at step 2,000)"
                + " → p̃_data/(p̃_data+p̃_g), p̃ = p ∗ N(0, σ²)", GameOptimum.describe(1.0, 0.35, 2000, true));
        assertEquals("D* of the game played: instance noise σ = 0 (annealed away) → p_data/(p_data+p_g)",
                GameOptimum.describe(1.0, 0, 2000, true));
    }
}
