package org.ganclassroom.sim.train;

import org.ganclassroom.sim.data.Distribution2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2-D readouts against an independent integral. A linear generator G(z) = Wz + b (no hidden layer, two noise
 * inputs) has the exact p_g = N(b, WWᵀ); the true JSD = ½E_p[log(2p/(p+q))] + ½E_q[log(2q/(p+q))] is computed
 * here as two expectations over standard normal coordinates (x = μ + Lz, L the Cholesky factor), each by a
 * composite 4-point Gauss–Legendre rule on [−9, 9]² with panels of 0.02: nothing in common with the
 * measurement's grid, mesh or cell masses.
 */
class ExactMeasurement2DTest {
    private static final double[] GL_X = {-0.8611363115940526, -0.3399810435848563, 0.3399810435848563, 0.8611363115940526};
    private static final double[] GL_W = {0.3478548451374538, 0.6521451548625461, 0.6521451548625461, 0.3478548451374538};

    static Metrics measure(String preset, double[] w, double[] b) {
        GanTrainer t = new GanTrainer(TrainerFixtures.linearGenerator(preset));
        double[] g = t.generator().params();
        System.arraycopy(w, 0, g, 0, 4);
        g[4] = b[0];
        g[5] = b[1];
        return new Measurement(t).measure();
    }

    /** The JSD between the target and N(b, WWᵀ) by the independent quadrature described above. */
    static double trueJsd(Distribution2D data, double[] w, double[] b) {
        // Σ = W Wᵀ and its Cholesky factor L (lower triangular)
        double s11 = w[0] * w[0] + w[1] * w[1];
        double s12 = w[0] * w[2] + w[1] * w[3];
        double s22 = w[2] * w[2] + w[3] * w[3];
        double l11 = Math.sqrt(s11);
        double l21 = s12 / l11;
        double l22 = Math.sqrt(s22 - l21 * l21);
        double det = s11 * s22 - s12 * s12;
        double i11 = s22 / det;
        double i12 = -s12 / det;
        double i22 = s11 / det;
        double norm = 1 / (2 * Math.PI * Math.sqrt(det));
        java.util.function.DoubleBinaryOperator q = (x, y) -> {
            double dx = x - b[0];
            double dy = y - b[1];
            return norm * Math.exp(-0.5 * (i11 * dx * dx + 2 * i12 * dx * dy + i22 * dy * dy));
        };
        // E_q[log(2q/(p+q))] over z with x = b + Lz
        double eq = expectation((z1, z2) -> {
            double x = b[0] + l11 * z1;
            double y = b[1] + l21 * z1 + l22 * z2;
            double qq = q.applyAsDouble(x, y);
            return Math.log(2 * qq / (qq + data.density(x, y)));
        });
        // E_p for a mixture of isotropic normals: sum over the modes, each in its own coordinates
        double ep = 0;
        var modes = data.modes();
        for (var mode : modes) {
            ep += expectation((z1, z2) -> {
                double x = mode.x() + mode.sigma() * z1;
                double y = mode.y() + mode.sigma() * z2;
                double pp = data.density(x, y);
                return Math.log(2 * pp / (pp + q.applyAsDouble(x, y)));
            }) / modes.size();
        }
        return 0.5 * (ep + eq);
    }

    private static double expectation(java.util.function.DoubleBinaryOperator f) {
        int panels = 900;
        double h = 18.0 / panels;
        int nodes = panels * 4;
        double[] z = new double[nodes];
        double[] wz = new double[nodes];
        for (int p = 0; p < panels; p++) {
            for (int g = 0; g < 4; g++) {
                z[p * 4 + g] = -9 + (p + 0.5 + 0.5 * GL_X[g]) * h;
                wz[p * 4 + g] = 0.5 * h * GL_W[g] * Math.exp(-0.5 * z[p * 4 + g] * z[p * 4 + g]) / Math.sqrt(2 * Math.PI);
            }
        }
        double s = 0;
        for (int i = 0; i < nodes; i++) {
            if (wz[i] < 1e-30) {
                continue;
            }
            double row = 0;
            for (int j = 0; j < nodes; j++) {
                if (wz[j] >= 1e-30) {
                    row += wz[j] * f.applyAsDouble(z[i], z[j]);
                }
            }
            s += wz[i] * row;
        }
        return s;
    }

    @Test
    void aPerfectLinearGeneratorReadsBelow1e4Nats() {
        Metrics m = measure("gaussian2d", new double[] {1, 0, 0, 1}, new double[] {0, 0});
        System.out.println("2-D JSD floor (perfect linear G, gaussian2d): " + m.jsd() + " nats");
        assertTrue(m.jsd() <= 1e-4, "floor " + m.jsd());
    }

    @ParameterizedTest(name = "W = [[{0}, {1}], [{2}, {3}]], b = ({4}, {5}) on {6}")
    @CsvSource({
        // the table
        "2, 0, 0, 2, 0, 0, gaussian2d, 2e-3",
        "0.5, 0, 0, 0.5, 1, 0, gaussian2d, 2e-3",
        "1, 0.5, 0, 0.3, -1, 1, gaussian2d, 2e-3",
        "0.2, 0, 0, 0.2, 0, 0, gaussian2d, 2e-3",
        // rotated by 30°, anisotropic; shifted so mass leaves the window
        "0.866, -0.25, 0.5, 0.433, 0.5, -0.5, gaussian2d, 2e-3",
        "1.5, 0, 0, 0.4, 3.5, 0, gaussian2d, 2e-3",
        // narrow: every standard deviation between 0.05 and 0.2
        "0.1, 0, 0, 0.1, 0.3, -0.2, gaussian2d, 1e-2",
        "0.05, 0, 0, 0.05, 0, 0, gaussian2d, 1e-2",
        "0.0866, -0.05, 0.05, 0.0866, -1, 0.5, gaussian2d, 1e-2",
    })
    void linearGeneratorsReadTheTrueJsd(double w11, double w12, double w21, double w22, double b1, double b2,
                                        String preset, double tolerance) {
        double[] w = {w11, w12, w21, w22};
        double[] b = {b1, b2};
        Metrics m = measure(preset, w, b);
        GanTrainer t = new GanTrainer(TrainerFixtures.linearGenerator(preset));
        double truth = trueJsd(t.data().twoD(), w, b);
        System.out.printf("W=%s b=%s: readout %.6f, true %.6f, diff %.2e%n",
                java.util.Arrays.toString(w), java.util.Arrays.toString(b), m.jsd(), truth, m.jsd() - truth);
        assertEquals(truth, m.jsd(), tolerance);
    }

    /**
     * A rank-1 W puts all of p_g on a line, so the true JSD is ln 2; cell masses see the line as a band one cell
     * wide, which holds a little of p_data: the readout falls short of ln 2 by that band's share (docs/ENGINE.md).
     */
    @Test
    void aRankOneGeneratorReadsCloseToLn2() {
        Metrics m = measure("gaussian2d", new double[] {1, 0, 0.5, 0}, new double[] {0, 0});
        System.out.println("rank-1 G on gaussian2d: JSD " + m.jsd() + " nats, ln 2 − JSD = " + (Math.log(2) - m.jsd()));
        assertTrue(m.jsd() <= Math.log(2) + 1e-12, "JSD " + m.jsd());
        assertTrue(Math.log(2) - m.jsd() < 0.05, "JSD " + m.jsd());
    }

    /** Mode coverage and the high-quality share come from p_g's cell masses, not from samples. */
    @Test
    void aGeneratorCollapsedOnOneRingModeCapturesExactlyThatMode() {
        // ring8's mode 0 sits at (2, 0) with σ = 0.1
        Metrics m = measure("ring8", new double[] {0.05, 0, 0, 0.05}, new double[] {2, 0});
        assertEquals(1, m.modesCaptured());
        assertEquals(1.0, m.highQualityShare(), 1e-6, "all of p_g lies within 3σ of the mode");
        Metrics spread = measure("ring8", new double[] {0.1, 0, 0, 0.1}, new double[] {2, 0});
        // N((2, 0), 0.1²I) is mode 0 itself: within 3σ holds 1 − e^{−4.5} of it
        assertEquals(1 - Math.exp(-4.5), spread.highQualityShare(), 3e-3);
    }

    /**
     * The dots drawn as G's samples are samples of p_g: for G(z) = Wz + b their mean and covariance are b and
     * WWᵀ (a fixed Sobol set; the mesh's vertices, spaced for the deposit, are not a sample of anything).
     */
    @Test
    void theDotsAreASampleOfPg() {
        double[] w = {0.8, 0.3, -0.2, 0.5};
        double[] b = {0.4, -0.7};
        GanTrainer t = new GanTrainer(TrainerFixtures.linearGenerator("gaussian2d"));
        double[] g = t.generator().params();
        System.arraycopy(w, 0, g, 0, 4);
        g[4] = b[0];
        g[5] = b[1];
        double[][] dots = new Measurement(t).snapshot().generated();
        int n = dots[0].length;
        assertEquals(2048, n);
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            mx += dots[0][k] / n;
            my += dots[1][k] / n;
        }
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int k = 0; k < n; k++) {
            sxx += (dots[0][k] - mx) * (dots[0][k] - mx) / n;
            sxy += (dots[0][k] - mx) * (dots[1][k] - my) / n;
            syy += (dots[1][k] - my) * (dots[1][k] - my) / n;
        }
        assertEquals(b[0], mx, 0.01);
        assertEquals(b[1], my, 0.01);
        assertEquals(w[0] * w[0] + w[1] * w[1], sxx, 0.02);
        assertEquals(w[0] * w[2] + w[1] * w[3], sxy, 0.02);
        assertEquals(w[2] * w[2] + w[3] * w[3], syy, 0.02);
    }

    /** A share of mass reads between 0 and 1, never "−0 %" from rounding in the deposit's prefix sums. */
    @ParameterizedTest
    @CsvSource({"ring8, 1", "ring8, 2", "grid25, 1"})
    void theHighQualityShareIsNeverNegative(String preset, long seed) {
        GanTrainer t = new GanTrainer(org.ganclassroom.sim.config.ExperimentPresets.get(preset).withSeed(seed));
        Measurement m = new Measurement(t);
        for (int step = 0; step <= 40; step += 20) {
            double hq = m.measure().highQualityShare();
            assertTrue(hq >= 0 && hq <= 1 && Double.doubleToRawLongBits(hq) != Double.doubleToRawLongBits(-0.0),
                    preset + " seed " + seed + " step " + step + ": " + hq);
            for (int i = 0; i < 20; i++) {
                t.step();
            }
        }
    }
}
