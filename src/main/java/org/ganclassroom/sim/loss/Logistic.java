package org.ganclassroom.sim.loss;

/**
 * Overflow-free logistic helpers: softplus(x) = log(1 + e^x) and σ(x) = 1/(1 + e^−x).
 * The identities log σ(v) = −softplus(−v) and log(1 − σ(v)) = −softplus(v) let the
 * cross-entropy losses stay finite for any finite v, where log(σ(v)) would hit log(0) = −∞.
 */
public final class Logistic {
    private Logistic() {
    }

    /** softplus(x) = log(1 + e^x), computed as max(x, 0) + log1p(e^−|x|) so e^x never overflows. */
    public static double softplus(double x) {
        return Math.max(x, 0.0) + softplusTail(x);
    }

    /** log(1 + e^−|x|) = softplus(x) − max(x, 0) = softplus(−x) − max(−x, 0), the part both signs share. */
    public static double softplusTail(double x) {
        return log1pUnit(Math.exp(-Math.abs(x)));
    }

    /**
     * log(1 + y) for 0 ≤ y ≤ 1, to about 1e−15 relative. JDK 17's Math.log1p is StrictMath's scalar port,
     * several times slower than the Math.log intrinsic, and the losses call it three times per sample per step.
     * Above 1e−3 the rounding of 1 + y costs at most 1.1e−13 relative; below, five terms of the series
     * y − y²/2 + y³/3 − … leave an error under y⁶/6.
     */
    static double log1pUnit(double y) {
        if (y > 1e-3) {
            return Math.log(1.0 + y);
        }
        return y * (1.0 - y * (0.5 - y * (1.0 / 3 - y * (0.25 - y * 0.2))));
    }

    /**
     * σ(x) given e = e^−|x|, the same value {@link #sigmoid(double)} computes: the losses need σ(v), softplus(v)
     * and softplus(−v) of each sample, and all three share that one exponential (and the softplus pair shares
     * {@code log1pUnit(e)}), so a sample costs one exp and one log instead of up to three and two.
     */
    static double sigmoid(double x, double e) {
        return x >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }

    /** σ(x) = 1/(1 + e^−x); the branch keeps the exponent non-positive so neither side overflows. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }
}
