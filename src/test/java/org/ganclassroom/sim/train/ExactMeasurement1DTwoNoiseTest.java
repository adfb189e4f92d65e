package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.DataSpec;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.NetworkSpec;
import org.ganclassroom.sim.data.DataPresets;
import org.ganclassroom.sim.data.Distribution1D;
import org.ganclassroom.sim.nn.Activation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 1-D data, a generator with two noise inputs: the JSD readout against an independent integral. A linear
 * G(z) = a·z₁ + b·z₂ + c pushes N(0, I₂) to N(c, a² + b²), so the true JSD is a 1-D integral, here by
 * composite 4-point Gauss–Legendre on 24 000 panels over ±12 around both distributions.
 */
class ExactMeasurement1DTwoNoiseTest {
    private static final double[] GL_X = {-0.8611363115940526, -0.3399810435848563, 0.3399810435848563, 0.8611363115940526};
    private static final double[] GL_W = {0.3478548451374538, 0.6521451548625461, 0.6521451548625461, 0.3478548451374538};

    static Metrics measure(String data, double a, double b, double c) {
        ExperimentConfig base = ExperimentPresets.defaultsFor(DataSpec.preset(data));
        ExperimentConfig config = new ExperimentConfig(base.seed(), base.data(), 2,
                new NetworkSpec(List.of(), Activation.TANH), base.discriminator(), base.training(),
                base.stabilisers(), base.measure());
        GanTrainer t = new GanTrainer(config);
        double[] g = t.generator().params();
        g[0] = a;
        g[1] = b;
        g[2] = c;
        return new Measurement(t).measure();
    }

    static double trueJsd(Distribution1D p, double mean, double sd) {
        double lo = Math.min(p.lower(), mean - 12 * sd) - 1;
        double hi = Math.max(p.upper(), mean + 12 * sd) + 1;
        int panels = 24_000;
        double h = (hi - lo) / panels;
        double s = 0;
        for (int k = 0; k < panels; k++) {
            for (int i = 0; i < 4; i++) {
                double x = lo + (k + 0.5 + 0.5 * GL_X[i]) * h;
                double pp = p.density(x);
                double z = (x - mean) / sd;
                double q = Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
                double m = 0.5 * (pp + q);
                double f = (pp > 0 ? pp * Math.log(pp / m) : 0) + (q > 0 ? q * Math.log(q / m) : 0);
                s += 0.5 * h * GL_W[i] * 0.5 * f;
            }
        }
        return s;
    }

    @ParameterizedTest(name = "{0}: G(z) = {1} z1 + {2} z2 + {3}")
    @CsvSource({
            // a perfect generator: the gaussian preset is N(0, 1)
            "gaussian, 0.6, 0.8, 0.0, 1e-4",
            "gaussian, 1.0, 0.0, 0.0, 1e-4",
            // wider, narrower, shifted; mass outside the plotted range
            "gaussian, 1.2, 1.6, 0.5, 2e-3",
            "gaussian, 0.12, 0.16, -1.0, 2e-3",
            "mixture2, 0.3, 0.4, 2.0, 2e-3",
            "mixture2, 0.03, 0.04, -2.0, 1e-2",
            "gaussian, 2.4, 3.2, 3.0, 2e-3",
    })
    void theJsdReadoutMatchesTheIntegral(String data, double a, double b, double c, double tolerance) {
        Metrics m = measure(data, a, b, c);
        double truth = trueJsd(DataPresets.oneD(data), c, Math.hypot(a, b));
        assertEquals(truth, m.jsd(), tolerance, data + " readout " + m.jsd() + " vs " + truth);
        assertTrue(m.jsd() >= 0);
    }

    /** W1 = ∫ |F_data − F_g| dx, with the tails beyond the plotted range from the pushforward's exact moments. */
    @ParameterizedTest(name = "W1 against N({2}, ({0}² + {1}²))")
    @CsvSource({"0.12, 0.16, -1.0", "2.4, 3.2, 3.0", "0.6, 0.8, 0.0"})
    void theW1ReadoutMatchesTheIntegral(double a, double b, double c) {
        Distribution1D p = DataPresets.oneD("gaussian");
        double sd = Math.hypot(a, b);
        org.apache.commons.math3.distribution.NormalDistribution q =
                new org.apache.commons.math3.distribution.NormalDistribution(null, c, sd);
        double lo = -40;
        int n = 400_000;
        double h = 80.0 / n;
        double truth = 0;
        for (int k = 0; k < n; k++) {
            double x = lo + (k + 0.5) * h;
            truth += Math.abs(p.cdf(x) - q.cumulativeProbability(x)) * h;
        }
        double w1 = measure("gaussian", a, b, c).w1();
        // the grid's trapezoid rule is good to half a cell's worth of |F_data − F_g|
        assertEquals(truth, w1, 3e-3 * Math.max(1, truth), "W1 " + w1 + " vs " + truth);
    }
}
