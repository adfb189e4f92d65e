package org.ganclassroom.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.ganclassroom.sim.loss.FDivergence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Grid divergences against independent quadrature of the exact densities and against closed forms. */
class DivergencesTest {
    private static final Grid1D GRID = new Grid1D(-14, 14, 5600);
    private static final double DX = GRID.dx();
    private static final double LN2 = Math.log(2);

    private static double[] onGrid(NormalDistribution d) {
        double[] out = new double[GRID.n()];
        for (int i = 0; i < out.length; i++) {
            out[i] = d.density(GRID.x(i));
        }
        return out;
    }

    private static NormalDistribution normal(double mu, double sigma) {
        return new NormalDistribution(null, mu, sigma);
    }

    /** ∫ over [−14, 14] in unit pieces with Gauss–Legendre, independent of the grid code. */
    private static double integrate(DoubleUnaryOperator f) {
        IterativeLegendreGaussIntegrator gl = new IterativeLegendreGaussIntegrator(8, 1e-12, 1e-14);
        double s = 0;
        for (int a = -14; a < 14; a++) {
            s += gl.integrate(1_000_000, f::applyAsDouble, a, a + 1);
        }
        return s;
    }

    private static double xlogxy(double x, double y) {
        return x == 0 ? 0 : x * Math.log(x / y);
    }

    private static double exactJsd(NormalDistribution p, NormalDistribution q) {
        return integrate(x -> {
            double a = p.density(x), b = q.density(x), m = 0.5 * (a + b);
            return 0.5 * xlogxy(a, m) + 0.5 * xlogxy(b, m);
        });
    }

    @Test
    void jsdOfGaussiansMatchesIndependentIntegration() {
        double[][] cases = {{1, 1}, {0.5, 2}, {3, 0.5}, {0.1, 1.1}};
        NormalDistribution p = normal(0, 1);
        for (double[] c : cases) {
            NormalDistribution q = normal(c[0], c[1]);
            double grid = Divergences.jsd(onGrid(p), onGrid(q), DX);
            double exact = exactJsd(p, q);
            assertEquals(exact, grid, 1e-3, "mu=" + c[0] + " sigma=" + c[1]);
            assertEquals(exact, grid, 1e-6, "the midpoint rule on a fine grid is in fact far better");
        }
    }

    @Test
    void jsdLimits() {
        double[] p = onGrid(normal(0.3, 0.7));
        assertEquals(0.0, Divergences.jsd(p, p.clone(), DX), 1e-15);
        Grid1D g = new Grid1D(0, 2, 200);
        double[] left = new double[200];
        double[] right = new double[200];
        for (int i = 0; i < 100; i++) {
            left[i] = 1.0;
            right[100 + i] = 1.0;
        }
        assertEquals(LN2, Divergences.jsd(left, right, g.dx()), 1e-12);
        assertEquals(1.0, Divergences.bits(Divergences.jsd(left, right, g.dx())), 1e-12);
        double[] half = left.clone();
        for (int i = 0; i < 100; i++) {
            half[i] = 0.6; // 40% of q's mass lies off the grid, where p has none
        }
        assertEquals(0.5 * 0.4 * LN2, Divergences.jsd(left, half, g.dx(), 0.4) - Divergences.jsd(left, half, g.dx()), 1e-15);
    }

    @Test
    void klOfGaussiansMatchesClosedForm() {
        double[][] cases = {{0, 1, 1, 1}, {0, 1, 0.5, 2}, {1, 0.6, -1, 1.3}};
        for (double[] c : cases) {
            double exact = Math.log(c[3] / c[1]) + (c[1] * c[1] + (c[0] - c[2]) * (c[0] - c[2])) / (2 * c[3] * c[3]) - 0.5;
            double grid = Divergences.kl(onGrid(normal(c[0], c[1])), onGrid(normal(c[2], c[3])), DX);
            assertEquals(exact, grid, 1e-3);
        }
    }

    @Test
    void klOfAMissedModeIsLargeButFinite() {
        double[] p = {0.5, 0.5, 0, 0};
        double[] q = {0, 1, 0, 0};
        double kl = Divergences.kl(p, q, 1.0);
        assertTrue(Double.isFinite(kl) && kl > 300, "kl=" + kl);
        assertEquals(0.5 * Math.log(0.5 / 1e-300) + 0.5 * Math.log(0.5), kl, 1e-9);
    }

    @Test
    void wassersteinOfShiftedGaussiansIsTheShift() {
        NormalDistribution a = normal(-0.4, 1.3);
        NormalDistribution b = normal(1.3, 1.3);
        double[] fa = new double[GRID.n()];
        double[] fb = new double[GRID.n()];
        for (int i = 0; i < fa.length; i++) {
            fa[i] = a.cumulativeProbability(GRID.x(i));
            fb[i] = b.cumulativeProbability(GRID.x(i));
        }
        assertEquals(1.7, Divergences.wasserstein1(fa, fb, DX), 1e-6);
        double[] ca = new double[GRID.n()];
        double[] cb = new double[GRID.n()];
        Cdf.atCentres(onGrid(a), DX, ca);
        Cdf.atCentres(onGrid(b), DX, cb);
        assertEquals(1.7, Divergences.wasserstein1(ca, cb, DX), 1e-6);
        assertEquals(a.cumulativeProbability(GRID.x(3000)), ca[3000], 1e-5);
    }

    private static final NormalDistribution P = normal(0.5, 1.0);
    private static final NormalDistribution Q = normal(0.0, 1.2);

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void fDivergenceMatchesDirectIntegration(FDivergence f) {
        double exact = integrate(x -> Q.density(x) * f.f(P.density(x) / Q.density(x)));
        double grid = Divergences.fDivergence(f, onGrid(P), onGrid(Q), DX);
        assertEquals(exact, grid, 1e-6 * Math.max(1, Math.abs(exact)), f.toString());
    }

    @Test
    void jensenShannonRowIsTwiceTheJsdAndGanRowIsTwiceJsdMinusLog4() {
        double jsd = exactJsd(P, Q);
        double js = integrate(x -> Q.density(x) * FDivergence.JENSEN_SHANNON.f(P.density(x) / Q.density(x)));
        double gan = integrate(x -> Q.density(x) * FDivergence.GAN.f(P.density(x) / Q.density(x)));
        assertEquals(2 * jsd, js, 1e-9, "∫ q f_JS(p/q) = 2·JSD, not JSD");
        assertTrue(Math.abs(js - jsd) > 0.01, "and is distinguishable from JSD itself: jsd=" + jsd);
        assertEquals(2 * jsd - Math.log(4), gan, 1e-9);
        double[] p = onGrid(P);
        double[] q = onGrid(Q);
        double gridJsd = Divergences.jsd(p, q, DX);
        assertEquals(2 * gridJsd, Divergences.fDivergence(FDivergence.JENSEN_SHANNON, p, q, DX), 1e-12);
        assertEquals(2 * gridJsd - Math.log(4), Divergences.fDivergence(FDivergence.GAN, p, q, DX), 1e-9);
    }

    @Test
    void fDivergenceLimitsAtDisjointSupports() {
        double[] p = {1, 1, 0, 0};
        double[] q = {0, 0, 1, 1};
        double cell = 0.5;
        assertEquals(Double.POSITIVE_INFINITY, Divergences.fDivergence(FDivergence.KL, p, q, cell));
        assertEquals(Double.POSITIVE_INFINITY, Divergences.fDivergence(FDivergence.REVERSE_KL, p, q, cell));
        assertEquals(Double.POSITIVE_INFINITY, Divergences.fDivergence(FDivergence.PEARSON, p, q, cell));
        assertEquals(2.0, Divergences.fDivergence(FDivergence.SQUARED_HELLINGER, p, q, cell), 1e-15);
        assertEquals(2 * LN2, Divergences.fDivergence(FDivergence.JENSEN_SHANNON, p, q, cell), 1e-15);
        assertEquals(0.0, Divergences.fDivergence(FDivergence.GAN, p, q, cell), 1e-15);
        assertEquals(0.0, Divergences.fDivergence(FDivergence.KL, q, q, cell), 1e-15);
        // p/q overflows to +∞ in cell 0: its limit p·1 is used, not NaN; cell 1 adds q·f(0) = 1
        double[] tiny = {1e-320, 1, 0, 0};
        assertEquals(2.0, Divergences.fDivergence(FDivergence.SQUARED_HELLINGER, new double[] {1, 0, 0, 0}, tiny, 1.0),
                1e-12);
    }

    @Test
    void onePassJsdAndKlAgreeWithTheSeparateMethods() {
        double[][][] cases = {
            {onGrid(P), onGrid(Q)},
            {onGrid(P), onGrid(P)},
            {{1, 1, 0, 0}, {0, 0, 1, 1}},                // disjoint supports
            {{0.5, 0.5, 0.5, 0.5}, {1, 1, 0, 1e-310}},   // a missed cell and one below the KL floor
            {{0.2, -1e-17, 0.7, 0.1}, {0.3, 0.3, 0, 0.4}},  // a rounding-negative entry counts as 0
        };
        double[] out = new double[3];
        for (double[][] c : cases) {
            double cell = c[0].length == 4 ? 0.5 : DX;
            Divergences.jsdAndKl(c[0], Divergences.logs(c[0]), c[1], cell, 0.01, out);
            double js = Divergences.jsd(c[0], c[1], cell, 0.01);
            double pq = Divergences.kl(c[0], c[1], cell);
            double qp = Divergences.kl(c[1], c[0], cell);
            assertEquals(js, out[0], 1e-12 * Math.max(1, js));
            assertEquals(pq, out[1], 1e-12 * Math.max(1, Math.abs(pq)));
            assertEquals(qp, out[2], 1e-12 * Math.max(1, Math.abs(qp)));
        }
    }

    @Test
    void valueFunctionAtTheOptimalDiscriminatorIsTwiceJsdMinusLog4() {
        double[] p = onGrid(P);
        double[] q = onGrid(Q);
        double[] d = new double[p.length];
        double[] v = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            d[i] = p[i] + q[i] > 0 ? p[i] / (p[i] + q[i]) : 0.5;
            v[i] = Math.log(p[i]) - Math.log(q[i]);
        }
        double expected = -Math.log(4) + 2 * Divergences.jsd(p, q, DX);
        assertEquals(expected, Divergences.valueFunction(p, q, d, DX), 1e-6);
        assertEquals(expected, Divergences.valueFunctionFromLogits(p, q, v, DX), 1e-6);
        assertEquals(-Math.log(4) + 2 * exactJsd(P, Q), Divergences.valueFunction(p, q, d, DX), 1e-6);
        // a worse discriminator scores lower
        double[] flat = new double[p.length];
        java.util.Arrays.fill(flat, 0.5);
        assertTrue(Divergences.valueFunction(p, q, flat, DX) < expected);
        assertEquals(-Math.log(4), Divergences.valueFunction(p, q, flat, DX), 1e-6);
    }

    @Test
    void valueFunctionUsesZeroLogZeroAtCertainDiscriminators() {
        double[] p = {1, 1, 0, 0};
        double[] q = {0, 0, 1, 1};
        assertEquals(0.0, Divergences.valueFunction(p, q, new double[] {1, 1, 0, 0}, 0.5), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, Divergences.valueFunction(p, q, new double[] {0, 1, 0, 0}, 0.5));
        assertEquals(-100 * 0.5, Divergences.valueFunctionFromLogits(p, q, new double[] {100, 100, 100, -100}, 0.5), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void variationalBoundIsBelowTheDivergenceAndTightAtTheOptimalCritic(FDivergence f) {
        double[] p = onGrid(P);
        double[] q = onGrid(Q);
        double df = Divergences.fDivergence(f, p, q, DX);
        double[] t = new double[p.length];
        Random rng = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            double a = rng.nextGaussian(), b = rng.nextGaussian(), c = 0.3 * rng.nextGaussian();
            for (int i = 0; i < t.length; i++) {
                double x = GRID.x(i);
                t[i] = f.activation(a + b * x + c * x * x + 0.5 * rng.nextGaussian());
            }
            double bound = Divergences.variationalBound(f, p, q, t, DX);
            assertTrue(bound <= df + 1e-12, f + " bound " + bound + " > D_f " + df);
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = f.fPrime(p[i] / q[i]);
        }
        assertEquals(df, Divergences.variationalBound(f, p, q, t, DX), 1e-9 * Math.max(1, Math.abs(df)), f.toString());
    }
}
