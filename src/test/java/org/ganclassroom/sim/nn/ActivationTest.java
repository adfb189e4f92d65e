package org.ganclassroom.sim.nn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivationTest {
    private static double f(Activation act, double z) {
        double[] a = new double[1];
        act.apply(new double[] {z}, a, 1);
        return a[0];
    }

    private static double df(Activation act, double z) {
        double[] g = {1.0};
        act.multiplyByDerivative(new double[] {z}, new double[] {f(act, z)}, g, 1);
        return g[0];
    }

    private static double d2f(Activation act, double z) {
        double[] out = new double[1];
        act.secondDerivative(new double[] {z}, new double[] {f(act, z)}, out, 1);
        return out[0];
    }

    /** Points in [−5, 5] (beyond that tanh' is below the differencing noise), at least 0.01 from the kink. */
    private static double[] points() {
        SplittableRandom rng = new SplittableRandom(7);
        double[] z = new double[400];
        for (int i = 0; i < z.length; i++) {
            double v;
            do {
                v = -5 + 10 * rng.nextDouble();
            } while (Math.abs(v) < 0.01);
            z[i] = v;
        }
        return z;
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void firstDerivativeMatchesFiniteDifferences(Activation act) {
        for (double z : points()) {
            double numeric = (f(act, z + GradCheck.H) - f(act, z - GradCheck.H)) / (2 * GradCheck.H);
            double err = GradCheck.relativeError(df(act, z), numeric);
            assertTrue(err <= GradCheck.TOLERANCE, act + " at " + z + ": " + df(act, z) + " vs " + numeric);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void secondDerivativeMatchesFiniteDifferences(Activation act) {
        for (double z : points()) {
            double numeric = (df(act, z + GradCheck.H) - df(act, z - GradCheck.H)) / (2 * GradCheck.H);
            double err = GradCheck.relativeError(d2f(act, z), numeric);
            assertTrue(err <= GradCheck.TOLERANCE, act + " at " + z + ": " + d2f(act, z) + " vs " + numeric);
        }
    }

    @Test
    void valuesAreTheTextbookFunctions() {
        for (double z : new double[] {-3.5, -0.7, 0.4, 2.25}) {
            assertEquals(z, f(Activation.IDENTITY, z));
            assertEquals(Math.max(0, z), f(Activation.RELU, z));
            assertEquals(z > 0 ? z : 0.2 * z, f(Activation.LEAKY_RELU, z), 1e-15);
            assertEquals(1 / (1 + Math.exp(-z)), f(Activation.SIGMOID, z), 1e-15);
            assertEquals(Math.tanh(z), f(Activation.TANH, z), 3e-7);
        }
        // PyTorch's convention at the kink
        assertEquals(0.0, df(Activation.RELU, 0.0));
        assertEquals(0.2, df(Activation.LEAKY_RELU, 0.0));
    }

    @Test
    void fastTanhIsWithin3e7OfMathTanhOnADenseSweep() {
        double worst = 0;
        int steps = 4_000_000;
        double[] z = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            z[i] = -20.0 + 40.0 * i / steps;
        }
        double[] a = new double[z.length];
        Activation.TANH.apply(z, a, z.length);
        for (int i = 0; i < z.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - Math.tanh(z[i])));
        }
        System.out.println("fast tanh: max |error| vs Math.tanh on [-20, 20] = " + worst);
        // the documented budget; backpropagation uses the rational's own derivatives, not 1 − a²
        assertTrue(worst <= 3e-7, "max error " + worst);
    }

    @Test
    void fastTanhIsOddSaturatesAndHandlesExtremes() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            double z = -30 + 60 * rng.nextDouble();
            assertEquals(-FastTanh.tanh(z), FastTanh.tanh(-z));
        }
        assertEquals(1.0, FastTanh.tanh(1e300), 3e-7);
        assertEquals(-1.0, FastTanh.tanh(Double.NEGATIVE_INFINITY), 3e-7);
        assertEquals(FastTanh.tanh(FastTanh.CLAMP), FastTanh.tanh(1e300), 0.0, "constant beyond the clamp");
        assertEquals(0.0, FastTanh.tanh(0.0));
        assertEquals(1e-300, FastTanh.tanh(1e-300), 1e-306);
        assertTrue(Double.isNaN(FastTanh.tanh(Double.NaN)));
    }

    /** The forward pass keeps slopes for backprop; they must be the derivative the backward pass would compute. */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void applyWithSlopeGivesTheSameValuesAndTheDerivative(Activation act) {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 1003;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = -12 + 24 * rng.nextDouble();
        }
        z[0] = 0.0;
        z[1] = FastTanh.CLAMP;
        z[2] = -FastTanh.CLAMP;
        z[3] = 1e300;
        double[] a = new double[n];
        act.apply(z, a, n);
        double[] a2 = new double[n];
        double[] s = new double[n];
        act.applyWithSlope(z, a2, s, n);
        double[] expected = new double[n];
        java.util.Arrays.fill(expected, 1.0);
        act.multiplyByDerivative(z, a, expected, n);
        for (int i = 0; i < n; i++) {
            assertEquals(a[i], a2[i], 0.0, act + " value at " + z[i]);
            assertEquals(expected[i], s[i], 0.0, act + " slope at " + z[i]);
        }
        if (act == Activation.TANH) {
            assertEquals(0.0, s[1], "no slope at the clamp, where R is constant");
            assertEquals(0.0, s[3]);
        }
    }

    /** The array paths must equal R(clamp(z)) exactly, and the slope must vanish at and beyond the clamp. */
    @Test
    void arrayTanhEqualsTheClampedScalarBitForBit() {
        double c = FastTanh.CLAMP;
        double[] z = {0.0, -0.0, 1e-300, 0.5, -3.2, c, -c, Math.nextDown(c), Math.nextUp(c), -Math.nextUp(c), 8.0,
            -8.0, 50.0, 1e154, 1e200, -1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NaN};
        double[] a = new double[z.length];
        double[] a2 = new double[z.length];
        double[] s = new double[z.length];
        Activation.TANH.apply(z, a, z.length);
        Activation.TANH.applyWithSlope(z, a2, s, z.length);
        for (int i = 0; i < z.length; i++) {
            assertEquals(FastTanh.tanh(z[i]), a[i], 0.0, "apply at " + z[i]);
            assertEquals(FastTanh.tanh(z[i]), a2[i], 0.0, "applyWithSlope at " + z[i]);
            if (Math.abs(z[i]) >= c) {
                assertEquals(0.0, s[i], "slope beyond the clamp at " + z[i]);
            } else if (!Double.isNaN(z[i])) {
                assertTrue(s[i] > 0 && s[i] <= 1.0, "slope at " + z[i] + " = " + s[i]);
            }
        }
        assertTrue(Double.isNaN(s[z.length - 1]));
    }

    /** The unrolled, vectorisable R'' computes what the generic polynomial evaluation did, bit for bit. */
    @Test
    void tanhSecondDerivativeIsTheExpandedPolynomialBitForBit() {
        SplittableRandom rng = new SplittableRandom(11);
        double[] z = new double[10_000];
        for (int i = 0; i < z.length; i++) {
            z[i] = (2 * rng.nextDouble() - 1) * FastTanh.CLAMP;
        }
        z[0] = 0.0;
        z[1] = -0.0;
        z[2] = Math.nextDown(FastTanh.CLAMP);
        double[] out = new double[z.length];
        Activation.TANH.secondDerivative(z, new double[z.length], out, z.length);
        for (int i = 0; i < z.length; i++) {
            double x = FastTanh.derivativeClamp(z[i]);
            double u = x * x;
            double q = FastTanh.denominator(u);
            double expected = 2 * x * Polynomials.evaluate(FastTanh.K, u) / (q * q * q);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(out[i]), "R'' at " + z[i]);
        }
    }

    /** Gradient penalties rely on R'' being exactly 0 where R is constant, also for non-finite pre-activations. */
    @Test
    void tanhSecondDerivativeIsZeroBeyondTheClampAndFiniteInside() {
        double c = FastTanh.CLAMP;
        double[] z = {0.0, -0.0, 0.5, -3.2, Math.nextDown(c), -Math.nextDown(c), c, -c, Math.nextUp(c), 8.0, -8.0,
            1e154, -1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 7.0};
        double[] out = new double[z.length];
        out[z.length - 1] = 42.0;
        Activation.TANH.secondDerivative(z, new double[z.length], out, z.length - 1);
        for (int i = 0; i < z.length - 1; i++) {
            if (Math.abs(z[i]) < c) {
                assertTrue(Double.isFinite(out[i]), "R'' at " + z[i] + " = " + out[i]);
                assertEquals(-out[i], d2f(Activation.TANH, -z[i]), 0.0, "R'' is odd at " + z[i]);
            } else {
                assertEquals(0.0, out[i], 0.0, "R'' beyond the clamp at " + z[i]);
            }
        }
        assertEquals(42.0, out[z.length - 1], "only the first n entries are written");
    }

    @Test
    void sigmoidSaturatesWithoutNaN() {
        assertEquals(0.0, f(Activation.SIGMOID, -1000));
        assertEquals(1.0, f(Activation.SIGMOID, 1000));
    }

    @Test
    void onlyTheFirstNEntriesAreTouched() {
        for (Activation act : Activation.values()) {
            double[] z = {1, 2, 3};
            double[] a = {9, 9, 9};
            act.apply(z, a, 2);
            assertEquals(9, a[2], act.toString());
            double[] g = {5, 5, 5};
            act.multiplyByDerivative(z, a, g, 0);
            assertEquals(5, g[0], act.toString());
        }
    }
}
