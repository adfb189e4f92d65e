package org.ganclassroom.sim.nn;

/**
 * Polynomial arithmetic on coefficient arrays (index = power), used once at class initialisation to expand
 * the derivatives of {@link FastTanh}'s rational function into plain polynomials.
 */
final class Polynomials {
    private Polynomials() {
    }

    static double evaluate(double[] c, double u) {
        double s = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            s = s * u + c[k];
        }
        return s;
    }

    static double[] multiply(double[] a, double[] b) {
        double[] r = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                r[i + j] += a[i] * b[j];
            }
        }
        return r;
    }

    /** a + s·b. */
    static double[] addScaled(double[] a, double[] b, double s) {
        double[] r = new double[Math.max(a.length, b.length)];
        for (int i = 0; i < a.length; i++) {
            r[i] += a[i];
        }
        for (int i = 0; i < b.length; i++) {
            r[i] += s * b[i];
        }
        return r;
    }

    /** d/du. */
    static double[] derivative(double[] a) {
        double[] r = new double[Math.max(1, a.length - 1)];
        for (int i = 1; i < a.length; i++) {
            r[i - 1] = i * a[i];
        }
        return r;
    }

    /** u·a. */
    static double[] timesU(double[] a) {
        double[] r = new double[a.length + 1];
        System.arraycopy(a, 0, r, 1, a.length);
        return r;
    }

    /**
     * For R(x) = x·P(u)/Q(u), u = x²: the numerator M of R'(x) = M(u)/Q(u)², M = N'·Q − 2u·P·Q', where
     * N' = d/dx[x·P(x²)] = Σ (2k+1)·p_k·u^k.
     */
    static double[] tanhDerivativeNumerator(double[] p, double[] q) {
        double[] nPrime = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            nPrime[k] = (2 * k + 1) * p[k];
        }
        return addScaled(multiply(nPrime, q), timesU(multiply(p, derivative(q))), -2);
    }

    /** For R'(x) = M(u)/Q(u)²: R''(x) = 2x·K(u)/Q(u)³ with K = M'·Q − 2·M·Q'. */
    static double[] secondDerivativeNumerator(double[] m, double[] q) {
        return addScaled(multiply(derivative(m), q), multiply(m, derivative(q)), -2);
    }
}
