package org.ganclassroom.sim.nn;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Central finite differences and the relative-error criterion shared by the gradient tests. */
final class GradCheck {
    static final double H = 1e-6;
    static final double TOLERANCE = 1e-5;

    private GradCheck() {
    }

    static double relativeError(double a, double b) {
        return Math.abs(a - b) / Math.max(Math.max(Math.abs(a), Math.abs(b)), 1e-8);
    }

    /** (f(θ_j + h) − f(θ_j − h)) / 2h, restoring θ_j. */
    static double central(double[] theta, int j, DoubleSupplier f) {
        double keep = theta[j];
        theta[j] = keep + H;
        double up = f.getAsDouble();
        theta[j] = keep - H;
        double down = f.getAsDouble();
        theta[j] = keep;
        return (up - down) / (2 * H);
    }

    /**
     * Fourth-order five-point stencil with a wide step, h₅ = 1e-3. Two-point differences with h = 1e-6 carry
     * rounding noise of about ε·|f|/h ≈ 1e-10, which swamps entries of a vanishing gradient (deep sigmoid
     * nets give entries near 1e-6); this stencil has noise near 1e-13 and truncation error h₅⁴·f⁽⁵⁾/30.
     */
    static double fivePoint(double[] theta, int j, DoubleSupplier f) {
        double h = 1e-3;
        double keep = theta[j];
        theta[j] = keep + 2 * h;
        double p2 = f.getAsDouble();
        theta[j] = keep + h;
        double p1 = f.getAsDouble();
        theta[j] = keep - h;
        double m1 = f.getAsDouble();
        theta[j] = keep - 2 * h;
        double m2 = f.getAsDouble();
        theta[j] = keep;
        return (-p2 + 8 * p1 - 8 * m1 + m2) / (12 * h);
    }

    /**
     * Asserts analytic[j] matches the central difference (h = 1e-6) of f to relative error 1e-5 for every j;
     * an entry that misses is re-checked, with the same tolerance, against {@link #fivePoint}, which resolves
     * gradients too small for the two-point rule. Returns the worst two-point error.
     */
    static double assertGradient(String what, double[] theta, double[] analytic, DoubleSupplier f) {
        double worst = 0;
        int nonZero = 0;
        int fallbacks = 0;
        for (int j = 0; j < theta.length; j++) {
            double numeric = central(theta, j, f);
            double err = relativeError(analytic[j], numeric);
            worst = Math.max(worst, err);
            if (err > TOLERANCE) {
                fallbacks++;
                numeric = fivePoint(theta, j, f);
                err = relativeError(analytic[j], numeric);
            }
            if (analytic[j] != 0) {
                nonZero++;
            }
            assertTrue(err <= TOLERANCE, what + ": entry " + j + " analytic " + analytic[j] + " numeric " + numeric
                    + " relative error " + err);
        }
        if (fallbacks > 0) {
            System.out.println(what + ": " + fallbacks + " of " + theta.length + " entries checked by the five-point rule");
        }
        assertTrue(nonZero > 0, what + ": every analytic gradient entry was zero");
        return worst;
    }

    static double[][] gaussian(SplittableRandom rng, int rows, int n) {
        double[][] m = new double[rows][n];
        for (double[] r : m) {
            for (int b = 0; b < n; b++) {
                r[b] = gauss(rng);
            }
        }
        return m;
    }

    static double gauss(SplittableRandom rng) {
        // Box–Muller, so the test data do not depend on a JDK's nextGaussian algorithm
        double u = 1.0 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Σ c[o][b]·out[o][b]. */
    static double weightedSum(double[][] c, double[][] out, int n) {
        double s = 0;
        for (int o = 0; o < c.length; o++) {
            for (int b = 0; b < n; b++) {
                s += c[o][b] * out[o][b];
            }
        }
        return s;
    }
}
