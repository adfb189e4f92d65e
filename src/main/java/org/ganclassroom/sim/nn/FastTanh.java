package org.ganclassroom.sim.nn;

/**
 * The network's tanh: the rational function R(x) = x·P(x²)/Q(x²) of Eigen's fast tanh (minimax
 * coefficients; |R(x) − tanh x| &lt; 3e−7 everywhere), with x clamped to ±{@value #CLAMP}, where R reaches
 * 1 to within that error. JDK 17's {@link Math#tanh} is scalar fdlibm code that neither inlines nor
 * vectorises; R is a dozen multiply-adds and one divide, which C2 vectorises, about 15 times faster.
 *
 * <p>Backpropagation uses R's own exact derivatives, not tanh's 1 − a² (which would be off by up to 2e−4
 * relative in the tails, where R' is small): R'(x) = M(u)/Q(u)² and R''(x) = 2x·K(u)/Q(u)³ with u = x²,
 * M = N'Q − 2u·P·Q' and K = M'Q − 2M·Q' (primes in u, N' = Σ(2k+1)a_k u^k). M and K are expanded once
 * into plain polynomials, so each derivative is one polynomial, one cube of Q and one divide: as cheap as
 * R itself, and accurate to about 1e−10 relative. Beyond the clamp R is constant and both are 0.
 */
final class FastTanh {
    static final double CLAMP = 7.90531110763549805;

    // numerator x·(A1 + A3 u + … + A13 u⁶), u = x²
    private static final double A1 = 4.89352455891786e-03;
    private static final double A3 = 6.37261928875436e-04;
    private static final double A5 = 1.48572235717979e-05;
    private static final double A7 = 5.12229709037114e-08;
    private static final double A9 = -8.60467152213735e-11;
    private static final double A11 = 2.00018790482477e-13;
    private static final double A13 = -2.76076847742355e-16;
    // denominator B0 + B2 u + B4 u² + B6 u³
    private static final double B0 = 4.89352518554385e-03;
    private static final double B2 = 2.26843463243900e-03;
    private static final double B4 = 1.18534705686654e-04;
    private static final double B6 = 1.19825839466702e-06;

    private static final double[] P = {A1, A3, A5, A7, A9, A11, A13};
    private static final double[] Q = {B0, B2, B4, B6};
    private static final double[] M = Polynomials.tanhDerivativeNumerator(P, Q);
    /** K(u), the numerator of R''(x) = 2x·K(u)/Q(u)³ (package-private for the test of its unrolled form). */
    static final double[] K = Polynomials.secondDerivativeNumerator(M, Q);
    private static final double M0 = M[0], M1 = M[1], M2 = M[2], M3 = M[3], M4 = M[4];
    private static final double M5 = M[5], M6 = M[6], M7 = M[7], M8 = M[8], M9 = M[9];
    private static final double K0 = K[0], K1 = K[1], K2 = K[2], K3 = K[3], K4 = K[4], K5 = K[5];
    private static final double K6 = K[6], K7 = K[7], K8 = K[8], K9 = K[9], K10 = K[10], K11 = coefficient(K, 11);

    /**
     * Added to the distance to the clamp in the slope's denominator so that it is never 0; far below the
     * smallest nonzero distance (an ulp of C, 9e−16), so it changes nothing inside the clamp.
     */
    private static final double TINY = 1e-300;

    private FastTanh() {
    }

    /** c[last], checking that it is the last: the unrolled polynomials above have a fixed degree. */
    private static double coefficient(double[] c, int last) {
        if (c.length != last + 1) {
            throw new IllegalStateException("expected " + (last + 1) + " coefficients, got " + c.length);
        }
        return c[last];
    }

    /** a[i] = R(z[i]) for i &lt; n; a may be z. */
    static void apply(double[] z, double[] a, int n) {
        for (int i = 0; i < n; i++) {
            double x = Math.max(-CLAMP, Math.min(CLAMP, z[i]));
            double u = x * x;
            a[i] = numerator(u) * x / denominator(u);
        }
    }

    /**
     * a[i] = R(z[i]) as {@link #apply} computes it, and s[i] = R'(z[i]) as {@link #multiplyByDerivative} would
     * multiply by, in one pass: the clamp, u and Q(u) are shared, so a forward pass that will be
     * backpropagated gets its slopes for about the price of the polynomial M.
     */
    static void applyWithSlope(double[] z, double[] a, double[] s, int n) {
        for (int i = 0; i < n; i++) {
            double x = Math.max(-CLAMP, Math.min(CLAMP, z[i]));
            double u = x * x;
            double q = denominator(u);
            a[i] = numerator(u) * x / q;
            s[i] = slope(x, u, q);
        }
    }

    static double tanh(double z) {
        double x = Math.max(-CLAMP, Math.min(CLAMP, z));
        double u = x * x;
        return numerator(u) * x / denominator(u);
    }

    /** g[i] *= R'(z[i]) = M(u)/Q(u)², 0 beyond the clamp. */
    static void multiplyByDerivative(double[] z, double[] g, int n) {
        for (int i = 0; i < n; i++) {
            double x = Math.max(-CLAMP, Math.min(CLAMP, z[i]));
            double u = x * x;
            g[i] *= slope(x, u, denominator(u));
        }
    }

    /**
     * R'(x) = M(u)/Q(u)² for the clamped x, times d/(d + TINY) with d = C − |x|: exactly 1 inside the clamp
     * and 0 at and beyond it, where R is constant. The usual "0 if |z| ≥ C" would be a select, which stops
     * C2 vectorising the loop, or a separate fix-up pass, whose branch mispredicts badly once units saturate
     * in an unpredictable pattern; this costs three cheap operations and no branch.
     */
    private static double slope(double x, double u, double q) {
        double d = CLAMP - Math.abs(x);
        return derivativeNumerator(u) * d / (q * q * (d + TINY));
    }

    /**
     * min(max(z, −C), C) as ½(|z + C| − |z − C|), for the second derivative only: additions and absolute
     * values are cheaper than Math.min/max on doubles, which JDK 17 vectorises as a blend sequence each.
     * Exact at 0 and odd in z, within one rounding of C (≈ 9e−16) of z elsewhere, far below R's own error.
     * It fails for |z| beyond about 1e16 (z ± C rounds to z), where the caller sets the result to 0 anyway.
     */
    static double derivativeClamp(double z) {
        return 0.5 * (Math.abs(z + CLAMP) - Math.abs(z - CLAMP));
    }

    // Horner with fused multiply-adds: half the instructions of a·u + b, and one rounding per step.
    private static double numerator(double u) {
        return Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(A13, u, A11), u, A9), u, A7), u, A5), u, A3),
                u, A1);
    }

    static double denominator(double u) {
        return Math.fma(Math.fma(Math.fma(B6, u, B4), u, B2), u, B0);
    }

    /** M(u), the numerator of R'(x) = M(u)/Q(u)². */
    private static double derivativeNumerator(double u) {
        return Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(
                M9, u, M8), u, M7), u, M6), u, M5), u, M4), u, M3), u, M2), u, M1), u, M0);
    }

    /**
     * out[i] = R''(z[i]) = 2x·K(u)/Q(u)³, 0 beyond the clamp (only gradient penalties need it). The zeroing beyond
     * the clamp is a loop of its own: as a select in the first loop it stops C2 vectorising that one.
     */
    static void secondDerivative(double[] z, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            double x = derivativeClamp(z[i]);
            double u = x * x;
            double q = denominator(u);
            out[i] = 2 * x * secondDerivativeNumerator(u) / (q * q * q);
        }
        for (int i = 0; i < n; i++) {
            out[i] = Math.abs(z[i]) < CLAMP ? out[i] : 0.0;
        }
    }

    /** K(u), by Horner's rule as {@link Polynomials#evaluate} sums it (plain multiply and add), unrolled. */
    private static double secondDerivativeNumerator(double u) {
        return ((((((((((K11 * u + K10) * u + K9) * u + K8) * u + K7) * u + K6) * u + K5) * u + K4) * u + K3) * u
                + K2) * u + K1) * u + K0;
    }
}
