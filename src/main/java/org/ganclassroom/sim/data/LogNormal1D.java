package org.ganclassroom.sim.data;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Shifted log-normal (right-skewed) target X = shift + exp(μ + σZ), Z ~ N(0, 1):
 * p(x) = exp(−(ln(x − shift) − μ)² / (2σ²)) / ((x − shift) σ√(2π)) for x &gt; shift, 0 otherwise;
 * F(x) = Φ((ln(x − shift) − μ)/σ). Mean shift + e^(μ+σ²/2), variance (e^(σ²) − 1)·e^(2μ+σ²).
 * Plotting range: the 5·10⁻⁵ and 1 − 5·10⁻⁵ quantiles plus a 10 % margin.
 */
public final class LogNormal1D implements Distribution1D {
    private final double mu;
    private final double sigma;
    private final double shift;
    private final double lower;
    private final double upper;

    public LogNormal1D(double mu, double sigma, double shift) {
        Gauss.requireFinite(mu, "mu");
        Gauss.requirePositive(sigma, "sigma");
        Gauss.requireFinite(shift, "shift");
        this.mu = mu;
        this.sigma = sigma;
        this.shift = shift;
        double lo = shift + Math.exp(mu - Gauss.Z_TAIL_1D * sigma);
        double hi = shift + Math.exp(mu + Gauss.Z_TAIL_1D * sigma);
        double margin = Gauss.MARGIN * (hi - lo);
        this.lower = lo - margin;
        this.upper = hi + margin;
    }

    /** Classroom default: shift −1.5, μ = 0.5, σ = 0.4 — mode ≈ −0.10, mean ≈ 0.29, 99.99 % of the mass in
     * [−1.15, 6.3], plotting range ≈ [−1.90, 7.06]. */
    public static LogNormal1D classroomDefault() {
        return new LogNormal1D(0.5, 0.4, -1.5);
    }

    public double mu() {
        return mu;
    }

    public double sigma() {
        return sigma;
    }

    public double shift() {
        return shift;
    }

    public double mean() {
        return shift + Math.exp(mu + 0.5 * sigma * sigma);
    }

    public double variance() {
        double s2 = sigma * sigma;
        return Math.expm1(s2) * Math.exp(2.0 * mu + s2);
    }

    @Override
    public String name() {
        return "skewed (log-normal)";
    }

    @Override
    public double density(double x) {
        double y = x - shift;
        if (y <= 0.0) {
            return 0.0;
        }
        return Gauss.pdf((Math.log(y) - mu) / sigma) / (y * sigma);
    }

    @Override
    public double cdf(double x) {
        double y = x - shift;
        if (y <= 0.0) {
            return 0.0;
        }
        return Gauss.cdf((Math.log(y) - mu) / sigma);
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = shift + Math.exp(mu + sigma * rng.nextGaussian());
        }
    }

    @Override
    public double lower() {
        return lower;
    }

    @Override
    public double upper() {
        return upper;
    }

    @Override
    public List<Mode> modes() {
        return List.of();
    }
}
