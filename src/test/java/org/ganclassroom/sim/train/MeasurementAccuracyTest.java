package org.ganclassroom.sim.train;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.ganclassroom.sim.data.Distribution1D;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The readouts against independent numerical integrals, end to end: a linear generator G(z) = a z + b
 * has an exactly Gaussian p_g, so JSD, KL and W1 between it and the target have reference values that
 * commons-math3 computes from the exact densities. The 2-D readouts: {@link ExactMeasurement2DTest}.
 */
class MeasurementAccuracyTest {
    private static final double A = 0.7;
    private static final double B = 0.3;

    /** Composite Simpson's rule on 200,000 panels: plenty for these smooth (or kinked, |F − G|) integrands. */
    private static double integrate(UnivariateFunction f, double lo, double hi) {
        return new SimpsonIntegrator(1e-10, 1e-12, 3, 20).integrate(Integer.MAX_VALUE, f, lo, hi);
    }

    private static double plogpm(double p, double m) {
        return p > 0 ? p * Math.log(p / m) : 0;
    }

    @Test
    void oneDimensionalReadoutsMatchNumericalIntegrals() {
        GanTrainer t = new GanTrainer(TrainerFixtures.linearGenerator("gaussian"));
        double[] g = t.generator().params();
        g[0] = A;
        g[1] = B;
        Metrics m = new Measurement(t).measure();

        Distribution1D data = t.data().oneD();
        NormalDistribution pg = new NormalDistribution(null, B, A);
        double lo = Math.min(data.lower(), B - 12 * A);
        double hi = Math.max(data.upper(), B + 12 * A);
        double jsd = integrate(x -> {
            double p = data.density(x);
            double q = pg.density(x);
            double mid = 0.5 * (p + q);
            return 0.5 * plogpm(p, mid) + 0.5 * plogpm(q, mid);
        }, lo, hi);
        double kl = integrate(x -> plogpm(data.density(x), pg.density(x)), lo, hi);
        double klBack = integrate(x -> plogpm(pg.density(x), data.density(x)), lo, hi);
        double w1 = integrate(x -> Math.abs(data.cdf(x) - pg.cumulativeProbability(x)), lo, hi);

        assertTrue(jsd > 0.01, "the case must not be trivial");
        assertEquals(jsd, m.jsd(), 1e-3, "JSD in nats");
        assertEquals(kl, m.klDataG(), 2e-3, "KL(p_data || p_g)");
        assertEquals(klBack, m.klGData(), 2e-3, "KL(p_g || p_data)");
        // W1 on the grid is exact to half a cell of the 400-cell grid.
        double halfCell = 0.5 * (data.upper() - data.lower()) / 400;
        assertEquals(w1, m.w1(), halfCell, "W1");
        assertEquals(m.jsd() / Math.log(2), m.jsdBits(), 1e-15);
    }

    @Test
    void aPerfectGeneratorReadsNearZeroNotAHistogramFloor() {
        GanTrainer t = new GanTrainer(TrainerFixtures.linearGenerator("gaussian"));
        Distribution1D data = t.data().oneD();
        // The gaussian preset's own mean and standard deviation, read off its density.
        double mean = integrate(x -> x * data.density(x), data.lower(), data.upper());
        double sd = Math.sqrt(integrate(x -> (x - mean) * (x - mean) * data.density(x), data.lower(), data.upper()));
        t.generator().params()[0] = sd;
        t.generator().params()[1] = mean;
        Metrics m = new Measurement(t).measure();
        System.out.println("1-D JSD floor (perfect linear G, gaussian): " + m.jsdBits() + " bits");
        // A 150-sample, 100-bin histogram reads ~0.13 bits here; the quadrature estimate must read < 0.001 bits.
        assertTrue(m.jsdBits() < 1e-3, "JSD floor for identical distributions: " + m.jsdBits() + " bits");
    }
}
