package org.ganclassroom.sim.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Distribution1DTest {
    private static final int N = 200_000;
    /** Trapezoid steps over the plotting range: h·jump/2 ≈ 1e-6 even for the uniform's discontinuities. */
    private static final int STEPS = 400_000;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> targets() {
        return Targets.oneD();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void densityIntegratesToOneOverPlottingRange(String name, Distribution1D d) {
        double a = d.lower();
        double b = d.upper();
        double h = (b - a) / STEPS;
        double sum = 0.5 * (d.density(a) + d.density(b));
        for (int i = 1; i < STEPS; i++) {
            sum += d.density(a + i * h);
        }
        assertEquals(1.0, sum * h, 1e-3, name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void plottingRangeHoldsAllButTinyMass(String name, Distribution1D d) {
        double outside = d.cdf(d.lower()) + (1.0 - d.cdf(d.upper()));
        assertTrue(outside <= 1.2e-4, name + " leaves " + outside + " outside");
        assertTrue(d.lower() < d.upper());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void cdfIsTheIntegralOfTheDensity(String name, Distribution1D d) {
        double a = d.lower();
        double b = d.upper();
        double h = (b - a) / STEPS;
        double base = d.cdf(a);
        double acc = 0.0;
        double prev = d.density(a);
        double worst = 0.0;
        for (int i = 1; i <= STEPS; i++) {
            double x = a + i * h;
            double cur = d.density(x);
            acc += 0.5 * h * (prev + cur);
            prev = cur;
            if (i % 1000 == 0) {
                worst = Math.max(worst, Math.abs(base + acc - d.cdf(x)));
            }
        }
        assertTrue(worst < 1e-5, name + ": worst |cdf − ∫density| = " + worst);
        double span = b - a;
        assertEquals(0.0, d.cdf(a - 10 * span), 1e-12);
        assertEquals(1.0, d.cdf(b + 10 * span), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void sampleMomentsMatchDensityMoments(String name, Distribution1D d) {
        // Numerical moments over a range three times the plotting one, so the cut tails do not bias them.
        double span = d.upper() - d.lower();
        double a = d.lower() - span;
        double b = d.upper() + span;
        int steps = 3 * STEPS;
        double h = (b - a) / steps;
        double m0 = 0;
        double m1 = 0;
        for (int i = 0; i <= steps; i++) {
            double x = a + i * h;
            double w = (i == 0 || i == steps) ? 0.5 * h : h;
            double p = d.density(x) * w;
            m0 += p;
            m1 += p * x;
        }
        double mean = m1 / m0;
        double c2 = 0;
        double c4 = 0;
        for (int i = 0; i <= steps; i++) {
            double x = a + i * h;
            double w = (i == 0 || i == steps) ? 0.5 * h : h;
            double p = d.density(x) * w;
            double dx = x - mean;
            c2 += p * dx * dx;
            c4 += p * dx * dx * dx * dx;
        }
        double var = c2 / m0;
        double mu4 = c4 / m0;

        double[] s = new double[N];
        d.sample(new SplittableRandom(12345), s, N);
        double sm = Arrays.stream(s).average().orElseThrow();
        double sv = Arrays.stream(s).map(x -> (x - sm) * (x - sm)).sum() / (N - 1);
        // 5 standard errors: a correct sampler fails this with probability < 1e-6.
        double seMean = Math.sqrt(var / N);
        double seVar = Math.sqrt((mu4 - var * var) / N);
        assertEquals(mean, sm, 5 * seMean, name + " mean");
        assertEquals(var, sv, 5 * seVar, name + " variance");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void samplesFollowTheCdf(String name, Distribution1D d) {
        double[] s = new double[N];
        d.sample(new SplittableRandom(777), s, N);
        Arrays.sort(s);
        double ks = 0.0;
        for (int i = 0; i < N; i++) {
            double f = d.cdf(s[i]);
            ks = Math.max(ks, Math.max(f - (double) i / N, (double) (i + 1) / N - f));
        }
        // Kolmogorov–Smirnov critical value at α = 0.001 is 1.95/√n.
        assertTrue(ks < 1.95 / Math.sqrt(N), name + ": KS distance " + ks);
    }

    @Test
    void closedFormMomentsOfThePresets() {
        assertMoments(DataPresets.oneD("gaussian"), 0.0, 1.0);
        assertMoments(DataPresets.oneD("mixture2"), 0.0, 0.25 + 4.0);
        assertMoments(DataPresets.oneD("mixture3"), 0.0, 0.16 + (9.0 + 0.0 + 9.0) / 3.0);
        assertMoments(DataPresets.oneD("uniform"), 0.0, 16.0 / 12.0);
        LogNormal1D ln = LogNormal1D.classroomDefault();
        assertMoments(ln, -1.5 + Math.exp(0.5 + 0.08), Math.expm1(0.16) * Math.exp(1.0 + 0.16));
    }

    private static void assertMoments(Distribution1D d, double mean, double var) {
        double[] s = new double[N];
        d.sample(new SplittableRandom(99), s, N);
        double sm = Arrays.stream(s).average().orElseThrow();
        double sv = Arrays.stream(s).map(x -> (x - sm) * (x - sm)).sum() / (N - 1);
        assertEquals(mean, sm, 5 * Math.sqrt(var / N), d.name() + " mean");
        // SE of the sample variance is √((μ₄ − σ⁴)/n) ≤ σ²·√(κ/n); κ ≤ 6 for all presets (log-normal's κ ≈ 5.8).
        assertEquals(var, sv, 5 * var * Math.sqrt(6.0 / N), d.name() + " variance");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void sameSeedGivesIdenticalSamplesAndOnlyTheGivenGeneratorIsUsed(String name, Distribution1D d) {
        double[] a = new double[1000];
        double[] b = new double[1000];
        double[] c = new double[1000];
        d.sample(new SplittableRandom(5), a, 1000);
        // Interleave another draw: hidden shared state would change the next result.
        d.sample(new SplittableRandom(6), c, 1000);
        CountingRandom counting = new CountingRandom(5);
        d.sample(counting, b, 1000);
        assertArrayEquals(a, b, name);
        assertFalse(Arrays.equals(a, c), name + ": different seeds gave identical samples");
        assertTrue(counting.calls() >= 1000, name + ": generator called only " + counting.calls() + " times");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void sampleWritesExactlyNValues(String name, Distribution1D d) {
        double[] out = new double[10];
        Arrays.fill(out, Double.NaN);
        d.sample(new SplittableRandom(1), out, 7);
        for (int i = 0; i < 7; i++) {
            assertTrue(Double.isFinite(out[i]), name);
        }
        for (int i = 7; i < 10; i++) {
            assertTrue(Double.isNaN(out[i]), name + " wrote past n");
        }
    }
}
