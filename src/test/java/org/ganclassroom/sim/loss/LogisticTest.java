package org.ganclassroom.sim.loss;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogisticTest {
    @Test
    void fastLog1pMatchesStrictMathOnTheUnitInterval() {
        double worst = 0;
        for (int k = 0; k <= 4000; k++) {
            // log-spaced from 1e-300 to 1, plus both sides of the switch at 1e-3
            double y = Math.pow(10, -300 + 300.0 * k / 4000);
            for (double v : new double[] {y, 1e-3 * (1 + 1e-12), 1e-3 * (1 - 1e-12)}) {
                double expected = StrictMath.log1p(v);
                worst = Math.max(worst, Math.abs(Logistic.log1pUnit(v) - expected) / expected);
            }
        }
        assertTrue(worst < 2e-13, "worst relative error " + worst);
        assertEquals(0.0, Logistic.log1pUnit(0.0));
    }

    @Test
    void softplusIsLogOnePlusExpWithoutOverflow() {
        for (double x = -40; x <= 40; x += 0.37) {
            double expected = x > 30 ? x + StrictMath.log1p(Math.exp(-x)) : StrictMath.log1p(Math.exp(x));
            assertEquals(expected, Logistic.softplus(x), 1e-14 * Math.max(1, Math.abs(expected)), "x = " + x);
        }
        assertEquals(1000.0, Logistic.softplus(1000.0));
        assertEquals(Math.exp(-745.0 + 20), Logistic.softplus(-725.0), 1e-320);
    }

    /** The losses compute σ from the exponential they already have for softplus; it must be the same σ. */
    @Test
    void sigmoidFromTheSharedExponentialIsTheSigmoid() {
        for (double x : new double[] {-800, -40, -3.5, -1e-300, -0.0, 0.0, 1e-300, 0.25, 2, 37, 800}) {
            assertEquals(Logistic.sigmoid(x), Logistic.sigmoid(x, Math.exp(-Math.abs(x))), 0.0, "x = " + x);
        }
    }
}
