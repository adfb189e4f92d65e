package org.ganclassroom.sim.data;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Normal target N(μ, σ²): p(x) = exp(−(x − μ)² / (2σ²)) / (σ√(2π)), F(x) = Φ((x − μ)/σ).
 * Plotting range μ ± 3.89σ (all but 10⁻⁴ of the mass) plus a 10 % margin.
 */
public final class Gaussian1D implements Distribution1D {
    private final double mu;
    private final double sigma;
    private final double lower;
    private final double upper;
    private final List<Mode> modes;

    public Gaussian1D(double mu, double sigma) {
        Gauss.requireFinite(mu, "mu");
        Gauss.requirePositive(sigma, "sigma");
        this.mu = mu;
        this.sigma = sigma;
        double half = Gauss.Z_TAIL_1D * sigma * (1.0 + 2.0 * Gauss.MARGIN);
        this.lower = mu - half;
        this.upper = mu + half;
        // A single Gaussian is a one-component mixture: "1 of 1 modes captured" is meaningful.
        this.modes = List.of(new Mode(mu, 0.0, sigma));
    }

    /** N(μ, σ²) plotted over [lower, upper] instead of μ ± 3.89σ, e.g. to show where the generator starts. */
    public Gaussian1D(double mu, double sigma, double lower, double upper) {
        Gauss.requireFinite(mu, "mu");
        Gauss.requirePositive(sigma, "sigma");
        if (!(lower < mu && mu < upper)) {
            throw new IllegalArgumentException("the plotting range [" + lower + ", " + upper + "] must contain mu = " + mu);
        }
        this.mu = mu;
        this.sigma = sigma;
        this.lower = lower;
        this.upper = upper;
        this.modes = List.of(new Mode(mu, 0.0, sigma));
    }

    /** One bump far from the origin, where an untrained generator puts its samples: N(4, 0.5²) on [−1.5, 6.5]. */
    public static Gaussian1D far() {
        return new Gaussian1D(4.0, 0.5, -1.5, 6.5);
    }

    public double mu() {
        return mu;
    }

    public double sigma() {
        return sigma;
    }

    @Override
    public String name() {
        return "Gaussian";
    }

    @Override
    public double density(double x) {
        return Gauss.pdf((x - mu) / sigma) / sigma;
    }

    @Override
    public double cdf(double x) {
        return Gauss.cdf((x - mu) / sigma);
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = mu + sigma * rng.nextGaussian();
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
        return modes;
    }
}
