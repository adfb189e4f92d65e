package org.ganclassroom.sim.nn;

/**
 * tanh without {@link Math#tanh}: JDK 17 computes that in scalar fdlibm code, which neither inlines as an
 * intrinsic nor vectorises, and would dominate the cost of a small tanh network.
 *
 * <p>Formula: clamp x to [−20, 20] (beyond that tanh x rounds to ±1), let y = x / 32, evaluate sinh y and
 * cosh y by their Taylor series (|y| ≤ 0.625, truncated past y¹⁵ and y¹⁶, tail &lt; 1e−18), apply the
 * doubling identities sinh 2y = 2 sinh y cosh y, cosh 2y = cosh² y + sinh² y five times, and return
 * sinh x / cosh x. Only multiplies, adds, one divide and min/max are used, so C2 vectorises the loop.
 * Relative error stays near 1e−15 (each doubling at most doubles it), far inside the 1e−7 budget, so
 * the derivative 1 − a² is consistent with the function actually computed.
 */
final class FastTanh {
    static final double CLAMP = 20.0;
    private static final double SCALE = 1.0 / 32.0;

    // 1/(2k+1)! for k = 0..7 (sinh) and 1/(2k)! for k = 0..8 (cosh)
    private static final double S1 = 1.0 / 6.0;
    private static final double S2 = 1.0 / 120.0;
    private static final double S3 = 1.0 / 5040.0;
    private static final double S4 = 1.0 / 362880.0;
    private static final double S5 = 1.0 / 39916800.0;
    private static final double S6 = 1.0 / 6227020800.0;
    private static final double S7 = 1.0 / 1307674368000.0;
    private static final double C1 = 1.0 / 2.0;
    private static final double C2 = 1.0 / 24.0;
    private static final double C3 = 1.0 / 720.0;
    private static final double C4 = 1.0 / 40320.0;
    private static final double C5 = 1.0 / 3628800.0;
    private static final double C6 = 1.0 / 479001600.0;
    private static final double C7 = 1.0 / 87178291200.0;
    private static final double C8 = 1.0 / 20922789888000.0;

    private FastTanh() {
    }

    /** Scratch for callers that bring none; a chunk this long keeps each pass in L1. */
    private static final int CHUNK = 256;
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[CHUNK]);

    /** a[i] = tanh(z[i]) for i &lt; n; a may be z. */
    static void apply(double[] z, double[] a, int n) {
        double[] s = SCRATCH.get();
        for (int from = 0; from < n; from += CHUNK) {
            apply(z, a, from, Math.min(n, from + CHUNK), s);
        }
    }

    /**
     * a[i] = tanh(z[i]) for from ≤ i &lt; to, using s[0 .. to−from) as scratch. The work is split into passes
     * with small loop bodies because C2 only unrolls, and therefore only vectorises, loops below about 60
     * IR nodes: the whole formula in one loop runs scalar, several times slower.
     */
    static void apply(double[] z, double[] a, int from, int to, double[] s) {
        int m = to - from;
        for (int i = 0; i < m; i++) {
            a[from + i] = Math.max(-CLAMP, Math.min(CLAMP, z[from + i])) * SCALE;
        }
        for (int i = 0; i < m; i++) {
            double y = a[from + i];
            double y2 = y * y;
            s[i] = y * (1.0 + y2 * (S1 + y2 * (S2 + y2 * (S3 + y2 * (S4 + y2 * (S5 + y2 * (S6 + y2 * S7)))))));
        }
        for (int i = 0; i < m; i++) {
            double y = a[from + i];
            double y2 = y * y;
            a[from + i] = 1.0 + y2 * (C1 + y2 * (C2 + y2 * (C3 + y2 * (C4 + y2 * (C5 + y2 * (C6 + y2 * (C7
                    + y2 * C8)))))));
        }
        doubleTwice(s, a, from, m);
        doubleTwice(s, a, from, m);
        for (int i = 0; i < m; i++) {
            double sh = s[i], ch = a[from + i];
            // fifth doubling fused with the quotient: tanh 2y = 2 sinh y cosh y / (cosh² y + sinh² y)
            a[from + i] = 2.0 * sh * ch / (ch * ch + sh * sh);
        }
    }

    /** (s, c) ← values at 4y from values at y, by the doubling identities applied twice. */
    private static void doubleTwice(double[] s, double[] c, int from, int m) {
        for (int i = 0; i < m; i++) {
            double sh = s[i], ch = c[from + i];
            double s2 = 2.0 * sh * ch;
            double c2 = ch * ch + sh * sh;
            s[i] = 2.0 * s2 * c2;
            c[from + i] = c2 * c2 + s2 * s2;
        }
    }

    static double tanh(double x) {
        double y = Math.max(-CLAMP, Math.min(CLAMP, x)) * SCALE;
        double y2 = y * y;
        double s = y * (1.0 + y2 * (S1 + y2 * (S2 + y2 * (S3 + y2 * (S4 + y2 * (S5 + y2 * (S6 + y2 * S7)))))));
        double c = 1.0 + y2 * (C1 + y2 * (C2 + y2 * (C3 + y2 * (C4 + y2 * (C5 + y2 * (C6 + y2 * (C7 + y2 * C8)))))));
        // five doublings: y*32 = x
        double s2 = 2.0 * s * c;
        double c2 = c * c + s * s;
        s = 2.0 * s2 * c2;
        c = c2 * c2 + s2 * s2;
        s2 = 2.0 * s * c;
        c2 = c * c + s * s;
        s = 2.0 * s2 * c2;
        c = c2 * c2 + s2 * s2;
        s2 = 2.0 * s * c;
        c2 = c * c + s * s;
        return s2 / c2;
    }
}
