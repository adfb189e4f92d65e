package org.ganclassroom.sim.loss;

/**
 * The f-divergences of f-GAN (Nowozin, Cseke &amp; Tomioka 2016, Tables 1–2): D_f(P‖Q) = ∫ q(x) f(p(x)/q(x)) dx
 * for a convex generator f, its Fenchel conjugate f*(t) = sup_u [t·u − f(u)], and the output
 * activation g_f that maps a raw critic output v ∈ ℝ into dom f*. By Fenchel–Young,
 * D_f(P‖Q) ≥ E_P[T] − E_Q[f*(T)] for every T, with equality at the optimal critic T*(x) = f'(p(x)/q(x)).
 *
 * <table>
 *   <caption>Generators, what ∫ q f(p/q) equals, activations and conjugates (natural logs)</caption>
 *   <tr><th>row</th><th>f(u)</th><th>∫ q f(p/q)</th><th>g_f(v)</th><th>f*(t)</th><th>dom f*</th></tr>
 *   <tr><td>KL</td><td>u log u</td><td>KL(P‖Q)</td><td>v</td><td>e^(t−1)</td><td>ℝ</td></tr>
 *   <tr><td>REVERSE_KL</td><td>−log u</td><td>KL(Q‖P)</td><td>−e^(−v)</td><td>−1 − log(−t)</td><td>t &lt; 0</td></tr>
 *   <tr><td>PEARSON</td><td>(u−1)²</td><td>χ²(P‖Q) = ∫ (p−q)²/q</td><td>v</td><td>t²/4 + t</td><td>ℝ</td></tr>
 *   <tr><td>SQUARED_HELLINGER</td><td>(√u−1)²</td><td>∫ (√p−√q)²</td><td>1 − e^(−v)</td><td>t/(1−t)</td><td>t &lt; 1</td></tr>
 *   <tr><td>JENSEN_SHANNON</td><td>−(u+1) log((1+u)/2) + u log u</td><td><b>2·JSD(P,Q)</b></td>
 *       <td>log 2 − log(1+e^(−v))</td><td>−log(2 − e^t)</td><td>t &lt; log 2</td></tr>
 *   <tr><td>GAN</td><td>u log u − (u+1) log(u+1)</td><td>2·JSD(P,Q) − log 4</td>
 *       <td>−log(1+e^(−v))</td><td>−log(1 − e^t)</td><td>t &lt; 0</td></tr>
 * </table>
 *
 * <p>Here JSD(P,Q) = ½KL(P‖M) + ½KL(Q‖M), M = (P+Q)/2, which lies in [0, log 2]. Nowozin et al. write the
 * Jensen–Shannon row's divergence with a factor ½ in front, but the generator f they list integrates to
 * KL(P‖M) + KL(Q‖M) = <b>2·JSD</b> (range [0, log 4]); this is verified numerically in the tests and follows from
 * q·f(p/q) = p log(p/m) + q log(q/m). The GAN row integrates to 2·JSD − log 4, the value of Goodfellow's game
 * at the optimal discriminator; it is the one row with f(1) ≠ 0 (f(1) = −log 4), so it is not a divergence in
 * the strict sense: it is −log 4, not 0, when P = Q.
 *
 * <p>Pearson's f is used on all of ℝ (its conjugate t²/4 + t is the sup over u ∈ ℝ). Restricted to the ratios
 * u ≥ 0 that occur, the conjugate would be −1 for t &lt; −2; the ℝ-conjugate is larger there, so the variational
 * bound stays a valid (slightly looser) lower bound and is unchanged at the optimum T* = 2(u−1) ≥ −2.
 *
 * <p>{@link #conjugate} returns +∞ outside dom f*, the conjugate's correct extended value.
 */
public enum FDivergence {
    KL("kl", "Kullback–Leibler") {
        @Override public double f(double u) { return u == 0 ? 0.0 : u * Math.log(u); }
        @Override public double fPrime(double u) { return Math.log(u) + 1.0; }
        @Override public double conjugate(double t) { return Math.exp(t - 1.0); }
        @Override public double conjugateDerivative(double t) { return Math.exp(t - 1.0); }
        @Override public double activation(double v) { return v; }
        @Override public double activationDerivative(double v) { return 1.0; }
        @Override public double conjugateOfActivation(double v) { return Math.exp(v - 1.0); }
        @Override public double conjugateOfActivationDerivative(double v) { return Math.exp(v - 1.0); }
        @Override public double slopeAtInfinity() { return Double.POSITIVE_INFINITY; }
    },
    REVERSE_KL("reversekl", "reverse Kullback–Leibler") {
        @Override public double f(double u) { return -Math.log(u); }
        @Override public double fPrime(double u) { return -1.0 / u; }
        @Override public double conjugate(double t) { return t < 0 ? -1.0 - Math.log(-t) : Double.POSITIVE_INFINITY; }
        @Override public double conjugateDerivative(double t) { return -1.0 / t; }
        @Override public double activation(double v) { return -Math.exp(-v); }
        @Override public double activationDerivative(double v) { return Math.exp(-v); }
        // −1 − log(e^−v) simplifies to v − 1, which stays exact where e^−v would overflow.
        @Override public double conjugateOfActivation(double v) { return v - 1.0; }
        @Override public double conjugateOfActivationDerivative(double v) { return 1.0; }
        @Override public double slopeAtInfinity() { return 0.0; }
    },
    PEARSON("pearson", "Pearson χ²") {
        @Override public double f(double u) { return (u - 1.0) * (u - 1.0); }
        @Override public double fPrime(double u) { return 2.0 * (u - 1.0); }
        @Override public double conjugate(double t) { return 0.25 * t * t + t; }
        @Override public double conjugateDerivative(double t) { return 0.5 * t + 1.0; }
        @Override public double activation(double v) { return v; }
        @Override public double activationDerivative(double v) { return 1.0; }
        @Override public double conjugateOfActivation(double v) { return 0.25 * v * v + v; }
        @Override public double conjugateOfActivationDerivative(double v) { return 0.5 * v + 1.0; }
        @Override public double slopeAtInfinity() { return Double.POSITIVE_INFINITY; }
    },
    SQUARED_HELLINGER("hellinger", "squared Hellinger") {
        @Override public double f(double u) { double s = Math.sqrt(u) - 1.0; return s * s; }
        @Override public double fPrime(double u) { return 1.0 - 1.0 / Math.sqrt(u); }
        @Override public double conjugate(double t) { return t < 1 ? t / (1.0 - t) : Double.POSITIVE_INFINITY; }
        @Override public double conjugateDerivative(double t) { return 1.0 / ((1.0 - t) * (1.0 - t)); }
        @Override public double activation(double v) { return -Math.expm1(-v); }
        @Override public double activationDerivative(double v) { return Math.exp(-v); }
        // t/(1−t) at t = 1 − e^−v is e^v − 1; the direct form loses all digits once 1 − e^−v rounds to 1.
        @Override public double conjugateOfActivation(double v) { return Math.expm1(v); }
        @Override public double conjugateOfActivationDerivative(double v) { return Math.exp(v); }
        @Override public double slopeAtInfinity() { return 1.0; }
    },
    JENSEN_SHANNON("js", "Jensen–Shannon (×2)") {
        @Override public double f(double u) {
            double ulogu = u == 0 ? 0.0 : u * Math.log(u);
            return -(u + 1.0) * Math.log((1.0 + u) / 2.0) + ulogu;
        }
        @Override public double fPrime(double u) { return Math.log(2.0 * u / (1.0 + u)); }
        @Override public double conjugate(double t) {
            return t < LN2 ? -Math.log(2.0 - Math.exp(t)) : Double.POSITIVE_INFINITY;
        }
        @Override public double conjugateDerivative(double t) { double e = Math.exp(t); return e / (2.0 - e); }
        @Override public double activation(double v) { return LN2 - Logistic.softplus(-v); }
        @Override public double activationDerivative(double v) { return Logistic.sigmoid(-v); }
        // 2 − e^t at t = g_f(v) is 2σ(−v), so f*(g_f(v)) = softplus(v) − log 2 without cancellation.
        @Override public double conjugateOfActivation(double v) { return Logistic.softplus(v) - LN2; }
        @Override public double conjugateOfActivationDerivative(double v) { return Logistic.sigmoid(v); }
        @Override public double slopeAtInfinity() { return LN2; }
    },
    GAN("gan", "GAN (2·JSD − log 4)") {
        @Override public double f(double u) {
            double ulogu = u == 0 ? 0.0 : u * Math.log(u);
            return ulogu - (u + 1.0) * Math.log1p(u);
        }
        @Override public double fPrime(double u) { return Math.log(u / (1.0 + u)); }
        @Override public double conjugate(double t) {
            return t < 0 ? -Math.log(-Math.expm1(t)) : Double.POSITIVE_INFINITY;
        }
        @Override public double conjugateDerivative(double t) { return Math.exp(t) / -Math.expm1(t); }
        @Override public double activation(double v) { return -Logistic.softplus(-v); }
        @Override public double activationDerivative(double v) { return Logistic.sigmoid(-v); }
        // 1 − e^t at t = log σ(v) is σ(−v), so f*(g_f(v)) = −log σ(−v) = softplus(v).
        @Override public double conjugateOfActivation(double v) { return Logistic.softplus(v); }
        @Override public double conjugateOfActivationDerivative(double v) { return Logistic.sigmoid(v); }
        @Override public double slopeAtInfinity() { return 0.0; }
    };

    private static final double LN2 = Math.log(2.0);

    private final String id;
    private final String displayName;

    FDivergence(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The generator f(u), u = p/q ≥ 0; f(1) = 0 except for GAN; f(0) is the limit u → 0⁺ (may be +∞). */
    public abstract double f(double u);

    /** f'(u); the optimal critic is T*(x) = f'(p(x)/q(x)). */
    public abstract double fPrime(double u);

    /** f*(t) = sup_u [t·u − f(u)], +∞ outside dom f*. */
    public abstract double conjugate(double t);

    /** (f*)'(t), the maximising u; meaningful inside dom f* only. */
    public abstract double conjugateDerivative(double t);

    /** Output activation T = g_f(v), mapping ℝ into dom f*. */
    public abstract double activation(double v);

    /** g_f'(v). */
    public abstract double activationDerivative(double v);

    /** f*(g_f(v)), in a closed form that is exact and finite wherever the composition is finite. */
    public abstract double conjugateOfActivation(double v);

    /** d/dv f*(g_f(v)). */
    public abstract double conjugateOfActivationDerivative(double v);

    /**
     * lim_{u→∞} f(u)/u: where q = 0 and p &gt; 0, the integrand q·f(p/q) tends to p times this (+∞ for KL and
     * Pearson, whose divergences are infinite when P puts mass where Q has none).
     */
    public abstract double slopeAtInfinity();

    /** Short identifier, e.g. "kl"; the objective id is "fgan-" + id(). */
    public String id() {
        return id;
    }

    /** Human-readable name. */
    public String displayName() {
        return displayName;
    }
}
