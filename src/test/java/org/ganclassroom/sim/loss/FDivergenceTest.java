package org.ganclassroom.sim.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Table 2 of Nowozin et al. checked, not trusted: conjugates, activations, generator identities, optimal critic. */
class FDivergenceTest {

    /** A range of t inside dom f* whose maximiser u = (f*)'(t) is positive and moderate. */
    private static double[] tRange(FDivergence f) {
        return switch (f) {
            case KL -> new double[] {-5, 5};
            case REVERSE_KL -> new double[] {-10, -0.05};
            case PEARSON -> new double[] {-1.9, 10};
            case SQUARED_HELLINGER -> new double[] {-5, 0.9};
            case JENSEN_SHANNON -> new double[] {-5, Math.log(2) - 0.05};
            case GAN -> new double[] {-5, -0.05};
        };
    }

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void conjugateIsTheNumericalSupremum(FDivergence f) {
        double[] r = tRange(f);
        BrentOptimizer brent = new BrentOptimizer(1e-14, 1e-16);
        for (int k = 0; k <= 40; k++) {
            double t = r[0] + (r[1] - r[0]) * k / 40.0;
            // tu − f(u) is concave in u, hence unimodal in s = log u on (1e-9, 1e6).
            UnivariatePointValuePair best = brent.optimize(new MaxEval(10_000), GoalType.MAXIMIZE,
                    new SearchInterval(Math.log(1e-9), Math.log(1e6)),
                    new UnivariateObjectiveFunction(s -> t * Math.exp(s) - f.f(Math.exp(s))));
            double sup = best.getValue();
            assertEquals(sup, f.conjugate(t), 1e-9 * Math.max(1, Math.abs(sup)), f + " f*(" + t + ")");
            assertEquals(Math.exp(best.getPoint()), f.conjugateDerivative(t),
                    1e-5 * Math.max(1, f.conjugateDerivative(t)), f + " argmax at t=" + t);
        }
    }

    @Test
    void pearsonConjugateIsTheSupremumOverTheRealLine() {
        BrentOptimizer brent = new BrentOptimizer(1e-14, 1e-16);
        for (double t = -8; t <= 8; t += 0.5) {
            final double tt = t;
            double sup = brent.optimize(new MaxEval(10_000), GoalType.MAXIMIZE, new SearchInterval(-100, 100),
                    new UnivariateObjectiveFunction(u -> tt * u - FDivergence.PEARSON.f(u))).getValue();
            assertEquals(sup, FDivergence.PEARSON.conjugate(t), 1e-9 * Math.max(1, Math.abs(sup)));
        }
    }

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void activationMapsIntoTheConjugateDomainAndComposesStably(FDivergence f) {
        for (double v = -30; v <= 30; v += 0.25) {
            double t = f.activation(v);
            double fs = f.conjugate(t);
            assertTrue(Double.isFinite(fs), f + " f*(g_f(" + v + ")) = " + fs + " for t=" + t);
            if (Math.abs(v) <= 15) {
                assertEquals(fs, f.conjugateOfActivation(v), 1e-9 * Math.max(1, Math.abs(fs)), f + " v=" + v);
                assertEquals(f.conjugateDerivative(t) * f.activationDerivative(v),
                        f.conjugateOfActivationDerivative(v), 1e-8 * Math.max(1, Math.abs(fs)), f + " v=" + v);
                double h = 1e-6;
                assertEquals((f.activation(v + h) - f.activation(v - h)) / (2 * h), f.activationDerivative(v),
                        1e-6 * Math.max(1, Math.abs(f.activationDerivative(v))), f + " g' v=" + v);
            }
        }
        for (double v = -50; v <= 50; v += 0.5) {
            assertTrue(Double.isFinite(f.conjugateOfActivation(v)), f + " v=" + v);
            assertTrue(Double.isFinite(f.conjugateOfActivationDerivative(v)), f + " v=" + v);
        }
    }

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void generatorIsNormalisedConvexAndFPrimeIsItsDerivative(FDivergence f) {
        // Every row is normalised (f(1) = 0) except GAN, whose f(1) = −log 4 is the game's value at p_g = p_data.
        assertEquals(f == FDivergence.GAN ? -Math.log(4) : 0.0, f.f(1.0), 1e-15);
        for (double u = 0.05; u < 20; u *= 1.3) {
            double h = 1e-6 * u;
            assertEquals((f.f(u + h) - f.f(u - h)) / (2 * h), f.fPrime(u), 1e-6 * Math.max(1, Math.abs(f.fPrime(u))));
            assertTrue(f.f(u + h) + f.f(u - h) - 2 * f.f(u) >= -1e-12, f + " convex at " + u);
        }
        assertEquals(f.f(1e9) / 1e9, f.slopeAtInfinity() == Double.POSITIVE_INFINITY ? f.f(1e9) / 1e9
                : f.slopeAtInfinity(), 1e-3, f + " slope at infinity");
    }

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void fPrimeIsTheOptimalCriticAndAttainsQfOfPOverQ(FDivergence f) {
        double[] values = {0.2, 0.5, 1.0, 1.7, 3.0};
        for (double p : values) {
            for (double q : values) {
                double tStar = f.fPrime(p / q);
                double atStar = p * tStar - q * f.conjugate(tStar);
                assertEquals(q * f.f(p / q), atStar, 1e-12, f + " Fenchel–Young at p=" + p + " q=" + q);
                for (int k = -2000; k <= 2000; k++) {
                    double t = tStar + k * 1e-3;
                    double val = p * t - q * f.conjugate(t); // −∞ outside dom f*, never above the max
                    assertTrue(val <= atStar + 1e-12, f + " T=" + t + " beats T* at p=" + p + " q=" + q);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FDivergence.class)
    void idsAndNames(FDivergence f) {
        assertTrue(Objectives.byId("fgan-" + f.id()) instanceof FGanObjective);
        assertTrue(!f.displayName().isEmpty());
    }
}
