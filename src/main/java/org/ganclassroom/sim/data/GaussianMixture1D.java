package org.ganclassroom.sim.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Mixture of normals: p(x) = Σₖ wₖ · exp(−(x − μₖ)² / (2σₖ²)) / (σₖ√(2π)), F(x) = Σₖ wₖ Φ((x − μₖ)/σₖ),
 * with weights normalised to sum to 1. Sampling picks component k with probability wₖ, then draws N(μₖ, σₖ²).
 * Plotting range [minₖ(μₖ − 3.89σₖ), maxₖ(μₖ + 3.89σₖ)] plus a 10 % margin.
 */
public final class GaussianMixture1D implements Distribution1D {
    private final String name;
    private final double[] weights;
    private final double[] cumulative;
    private final double[] means;
    private final double[] sigmas;
    private final double lower;
    private final double upper;
    private final List<Mode> modes;

    public GaussianMixture1D(double[] weights, double[] means, double[] sigmas) {
        this("Gaussian mixture", weights, means, sigmas);
    }

    public GaussianMixture1D(String name, double[] weights, double[] means, double[] sigmas) {
        if (weights == null || means == null || sigmas == null) {
            throw new IllegalArgumentException("weights, means and sigmas must not be null");
        }
        int k = weights.length;
        if (k == 0 || means.length != k || sigmas.length != k) {
            throw new IllegalArgumentException("need ≥ 1 component and equal lengths; got weights="
                    + weights.length + ", means=" + means.length + ", sigmas=" + sigmas.length);
        }
        this.name = name;
        double total = 0.0;
        for (int i = 0; i < k; i++) {
            Gauss.requirePositive(weights[i], "weights[" + i + "]");
            Gauss.requireFinite(means[i], "means[" + i + "]");
            Gauss.requirePositive(sigmas[i], "sigmas[" + i + "]");
            total += weights[i];
        }
        this.weights = new double[k];
        this.cumulative = new double[k];
        this.means = means.clone();
        this.sigmas = sigmas.clone();
        double run = 0.0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Mode> m = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            this.weights[i] = weights[i] / total;
            run += this.weights[i];
            cumulative[i] = run;
            lo = Math.min(lo, means[i] - Gauss.Z_TAIL_1D * sigmas[i]);
            hi = Math.max(hi, means[i] + Gauss.Z_TAIL_1D * sigmas[i]);
            m.add(new Mode(means[i], 0.0, sigmas[i]));
        }
        // Rounding could leave the last cumulative weight at 0.99999…; u < 1 must always find a component.
        cumulative[k - 1] = 1.0;
        double margin = Gauss.MARGIN * (hi - lo);
        this.lower = lo - margin;
        this.upper = hi + margin;
        this.modes = Collections.unmodifiableList(m);
    }

    /** Default classroom target: 0.5·N(−2, 0.5²) + 0.5·N(2, 0.5²). */
    public static GaussianMixture1D twoModes() {
        return new GaussianMixture1D("two-mode mixture",
                new double[] {0.5, 0.5}, new double[] {-2.0, 2.0}, new double[] {0.5, 0.5});
    }

    /** ⅓·N(−3, 0.4²) + ⅓·N(0, 0.4²) + ⅓·N(3, 0.4²). */
    public static GaussianMixture1D threeModes() {
        return new GaussianMixture1D("three-mode mixture",
                new double[] {1, 1, 1}, new double[] {-3.0, 0.0, 3.0}, new double[] {0.4, 0.4, 0.4});
    }

    public int components() {
        return weights.length;
    }

    /** Normalised weight of component k. */
    public double weight(int k) {
        return weights[k];
    }

    public double mean(int k) {
        return means[k];
    }

    public double sigma(int k) {
        return sigmas[k];
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double density(double x) {
        double p = 0.0;
        for (int k = 0; k < weights.length; k++) {
            p += weights[k] * Gauss.pdf((x - means[k]) / sigmas[k]) / sigmas[k];
        }
        return p;
    }

    @Override
    public double cdf(double x) {
        double c = 0.0;
        for (int k = 0; k < weights.length; k++) {
            c += weights[k] * Gauss.cdf((x - means[k]) / sigmas[k]);
        }
        return Math.min(1.0, c);
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int n) {
        int last = cumulative.length - 1;
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            int k = 0;
            while (k < last && u >= cumulative[k]) {
                k++;
            }
            out[i] = means[k] + sigmas[k] * rng.nextGaussian();
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
