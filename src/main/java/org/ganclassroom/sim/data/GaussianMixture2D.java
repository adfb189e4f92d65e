package org.ganclassroom.sim.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Mixture of isotropic 2-D normals with common σ:
 * p(x, y) = Σₖ wₖ · exp(−((x − cₖˣ)² + (y − cₖʸ)²) / (2σ²)) / (2πσ²), weights normalised to sum to 1.
 * Sampling picks component k with probability wₖ, then adds N(0, σ²I). The plotting square covers every
 * centre ± 4.1σ (all but ≈ 10⁻⁴ of the mass) plus a 10 % margin.
 */
public final class GaussianMixture2D implements Distribution2D {
    private final String name;
    private final double[] cx;
    private final double[] cy;
    private final double sigma;
    private final double[] weights;
    private final double[] cumulative;
    private final double lower;
    private final double upper;
    private final List<Mode> modes;

    /** Equal weights. {@code centres[k] = {x, y}}. */
    public GaussianMixture2D(double[][] centres, double sigma) {
        this("Gaussian mixture", centres, sigma, null);
    }

    /** {@code centres[k] = {x, y}}; {@code weights} may be null for equal weights. */
    public GaussianMixture2D(double[][] centres, double sigma, double[] weights) {
        this("Gaussian mixture", centres, sigma, weights);
    }

    public GaussianMixture2D(String name, double[][] centres, double sigma, double[] weights) {
        if (centres == null || centres.length == 0) {
            throw new IllegalArgumentException("need at least one centre");
        }
        int k = centres.length;
        if (weights != null && weights.length != k) {
            throw new IllegalArgumentException("weights length " + weights.length + " != centres " + k);
        }
        Gauss.requirePositive(sigma, "sigma");
        this.name = name;
        this.sigma = sigma;
        this.cx = new double[k];
        this.cy = new double[k];
        this.weights = new double[k];
        this.cumulative = new double[k];
        double total = 0.0;
        for (int i = 0; i < k; i++) {
            if (centres[i] == null || centres[i].length != 2) {
                throw new IllegalArgumentException("centres[" + i + "] must be {x, y}");
            }
            Gauss.requireFinite(centres[i][0], "centres[" + i + "][0]");
            Gauss.requireFinite(centres[i][1], "centres[" + i + "][1]");
            cx[i] = centres[i][0];
            cy[i] = centres[i][1];
            double w = weights == null ? 1.0 : weights[i];
            Gauss.requirePositive(w, "weights[" + i + "]");
            this.weights[i] = w;
            total += w;
        }
        double run = 0.0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Mode> m = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            this.weights[i] /= total;
            run += this.weights[i];
            cumulative[i] = run;
            lo = Math.min(lo, Math.min(cx[i], cy[i]));
            hi = Math.max(hi, Math.max(cx[i], cy[i]));
            m.add(new Mode(cx[i], cy[i], sigma));
        }
        cumulative[k - 1] = 1.0;
        lo -= Gauss.Z_TAIL_2D * sigma;
        hi += Gauss.Z_TAIL_2D * sigma;
        double margin = Gauss.MARGIN * (hi - lo);
        this.lower = lo - margin;
        this.upper = hi + margin;
        this.modes = Collections.unmodifiableList(m);
    }

    /** 8 equal-weight Gaussians at radius 2, angles 2πk/8 (k = 0…7, first at (2, 0)), σ = 0.1. */
    public static GaussianMixture2D ring8() {
        double[][] c = new double[8][];
        for (int k = 0; k < 8; k++) {
            double a = 2.0 * Math.PI * k / 8.0;
            c[k] = new double[] {2.0 * Math.cos(a), 2.0 * Math.sin(a)};
        }
        return new GaussianMixture2D("ring of 8 Gaussians", c, 0.1, null);
    }

    /**
     * 25 equal-weight Gaussians on the grid {−4, −2, 0, 2, 4}², σ = 0.15 (the square is ~2× wider than the
     * ring's, so a slightly larger σ keeps the blobs a similar number of pixels across).
     */
    public static GaussianMixture2D grid25() {
        double[][] c = new double[25][];
        int i = 0;
        for (int gx = 0; gx < 5; gx++) {
            for (int gy = 0; gy < 5; gy++) {
                c[i++] = new double[] {-4.0 + 2.0 * gx, -4.0 + 2.0 * gy};
            }
        }
        return new GaussianMixture2D("5×5 grid of Gaussians", c, 0.15, null);
    }

    // ---- issue 16: the PacGAN benchmark's data (Lin et al. 2018, synthetic_data_experiments/*/config.py)

    /** PacGAN's ring: 8 equal-weight Gaussians at (cos 2πk/8, sin 2πk/8), k = 0…7, σ = 0.01. */
    public static GaussianMixture2D ring8PacGan() {
        double[][] c = new double[8][];
        for (int k = 0; k < 8; k++) {
            double a = 2.0 * Math.PI * k / 8.0;
            c[k] = new double[] {Math.cos(a), Math.sin(a)};
        }
        return new GaussianMixture2D("PacGAN ring of 8 Gaussians", c, 0.01, null);
    }

    /** PacGAN's grid: 25 equal-weight Gaussians on {−4, −2, 0, 2, 4}², σ = 0.05 (same mode order as {@link #grid25()}). */
    public static GaussianMixture2D grid25PacGan() {
        double[][] c = new double[25][];
        int i = 0;
        for (int gx = 0; gx < 5; gx++) {
            for (int gy = 0; gy < 5; gy++) {
                c[i++] = new double[] {-4.0 + 2.0 * gx, -4.0 + 2.0 * gy};
            }
        }
        return new GaussianMixture2D("PacGAN 5×5 grid of Gaussians", c, 0.05, null);
    }

    /** Standard bivariate normal N(0, I). */
    public static GaussianMixture2D standard() {
        return new GaussianMixture2D("single Gaussian", new double[][] {{0.0, 0.0}}, 1.0, null);
    }

    public double sigma() {
        return sigma;
    }

    public int components() {
        return cx.length;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double density(double x, double y) {
        double inv2s2 = 0.5 / (sigma * sigma);
        double s = 0.0;
        for (int k = 0; k < cx.length; k++) {
            double dx = x - cx[k];
            double dy = y - cy[k];
            s += weights[k] * Math.exp(-(dx * dx + dy * dy) * inv2s2);
        }
        return s * Gauss.INV_2PI / (sigma * sigma);
    }

    /** Exact: Σ_k w_k times products of Φ differences. */
    @Override
    public void cellMasses(double lower, double upper, int n, double[] out) {
        IsotropicGaussianCells.add(cx, cy, weights, cx.length, sigma, lower, upper, n, out);
    }

    @Override
    public void sample(RandomGenerator rng, double[] xs, double[] ys, int n) {
        for (int i = 0; i < n; i++) {
            int k = pick(rng.nextDouble());
            xs[i] = cx[k] + sigma * rng.nextGaussian();
            ys[i] = cy[k] + sigma * rng.nextGaussian();
        }
    }

    /** Binary search on the cumulative weights: grid25 has 25 components and this runs per sample. */
    private int pick(double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (u < cumulative[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
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
