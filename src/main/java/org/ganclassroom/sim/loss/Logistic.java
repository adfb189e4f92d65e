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
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
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
