package org.ganclassroom.sim.metrics;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.Test;

import java.util.function.DoubleBinaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link MeshGaussianFit} against the moments of linear generators and against Gauss–Hermite quadrature. */
class MeshGaussianFitTest {
    private static final NoiseMesh2D MESH = new NoiseMesh2D(64);

    /** G(z) = W z + b has mean b and covariance W Wᵀ: the rule is exact for it (rotated, sheared, shifted). */
    @Test
    void aLinearGeneratorHasExactlyItsMeanAndCovariance() {
        double[][][] ws = {{{1, 0}, {0, 1}}, {{1, 0.5}, {0, 0.3}}, {{0.6, -0.8}, {0.8, 0.6}}, {{0.05, 0}, {0.02, 0.2}},
                {{1, 2}, {0.5, 1}}};
        double[][] bs = {{0, 0}, {-1, 1}, {3, -2}, {0.4, 0}, {-5, 7}};
        for (int c = 0; c < ws.length; c++) {
            double[][] w = ws[c];
            double[] b = bs[c];
            GaussianFit fit = fit((z1, z2) -> w[0][0] * z1 + w[0][1] * z2 + b[0],
                    (z1, z2) -> w[1][0] * z1 + w[1][1] * z2 + b[1]);
            String name = "case " + c;
            assertEquals(b[0], fit.mx(), 1e-13, name);
            assertEquals(b[1], fit.my(), 1e-13, name);
            assertEquals(w[0][0] * w[0][0] + w[0][1] * w[0][1], fit.cxx(), 1e-13, name);
            assertEquals(w[0][0] * w[1][0] + w[0][1] * w[1][1], fit.cxy(), 1e-13, name);
            assertEquals(w[1][0] * w[1][0] + w[1][1] * w[1][1], fit.cyy(), 1e-13, name);
        }
    }

    /** A curved, saturating generator (as a trained tanh G is) against 80-point Gauss–Hermite in each axis. */
    @Test
    void aCurvedGeneratorMatchesAnIndependentIntegral() {
        DoubleBinaryOperator gx = (z1, z2) -> 2 * Math.tanh(1.5 * z1 + 0.3 * z2) + 0.2 * z2 * z2;
        DoubleBinaryOperator gy = (z1, z2) -> Math.sin(z2) + 0.5 * Math.tanh(z1 * z2) - 1;
        GaussianFit fit = fit(gx, gy);
        double mx = expectation((z1, z2) -> gx.applyAsDouble(z1, z2));
        double my = expectation((z1, z2) -> gy.applyAsDouble(z1, z2));
        double cxx = expectation((z1, z2) -> sq(gx.applyAsDouble(z1, z2) - mx));
        double cxy = expectation((z1, z2) -> (gx.applyAsDouble(z1, z2) - mx) * (gy.applyAsDouble(z1, z2) - my));
        double cyy = expectation((z1, z2) -> sq(gy.applyAsDouble(z1, z2) - my));
        assertEquals(mx, fit.mx(), 2e-4);
        assertEquals(my, fit.my(), 2e-4);
        assertEquals(cxx, fit.cxx(), 1e-3 * cxx);
        assertEquals(cxy, fit.cxy(), 1e-3 * Math.sqrt(cxx * cyy));
        assertEquals(cyy, fit.cyy(), 1e-3 * cyy);
    }

    private static GaussianFit fit(DoubleBinaryOperator gx, DoubleBinaryOperator gy) {
        double[][] z = MESH.noise();
        int n = z[0].length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = gx.applyAsDouble(z[0][k], z[1][k]);
            ys[k] = gy.applyAsDouble(z[0][k], z[1][k]);
        }
        return new MeshGaussianFit(MESH).fit(xs, ys);
    }

    /** E[f(z)] for z ~ N(0, I₂) by Gauss–Hermite (weight e^{−t²}, z = √2 t) in each axis. */
    private static double expectation(DoubleBinaryOperator f) {
        GaussIntegrator rule = new GaussIntegratorFactory().hermite(80);
        double s = 0;
        for (int a = 0; a < rule.getNumberOfPoints(); a++) {
            for (int b = 0; b < rule.getNumberOfPoints(); b++) {
                s += rule.getWeight(a) * rule.getWeight(b)
                        * f.applyAsDouble(Math.sqrt(2) * rule.getPoint(a), Math.sqrt(2) * rule.getPoint(b));
            }
        }
        return s / Math.PI;
    }

    private static double sq(double x) {
        return x * x;
    }
}
