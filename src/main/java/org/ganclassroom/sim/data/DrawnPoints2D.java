package org.ganclassroom.sim.data;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Target built from user-drawn points (xᵢ, yᵢ), i = 1…n, as an isotropic Gaussian kernel density estimate:
 * p(x, y) = (1/n) Σᵢ exp(−((x − xᵢ)² + (y − yᵢ)²) / (2h²)) / (2πh²).
 * Sampling picks i uniformly and adds N(0, h²I) — an exact draw from this KDE.
 * Default bandwidth is Silverman's rule for d = 2, h = s̄·n^(−1/6) with s̄ = √((s_x² + s_y²)/2),
 * never below {@value #MIN_BANDWIDTH}. Plotting square: the points' bounding square ± 4.1h plus a 10 % margin.
 */
public final class DrawnPoints2D implements Distribution2D {
    /** Floor on the default bandwidth so a few clustered clicks still give a visible, trainable density. */
    public static final double MIN_BANDWIDTH = 0.05;

    private final double[] xs;
    private final double[] ys;
    private final double h;
    private final double lower;
    private final double upper;

    /** KDE with Silverman's-rule bandwidth (at least {@value #MIN_BANDWIDTH}). */
    public DrawnPoints2D(double[] xs, double[] ys) {
        this(xs, ys, silvermanBandwidth(xs, ys));
    }

    /** KDE with an explicit bandwidth (finite, &gt; 0). */
    public DrawnPoints2D(double[] xs, double[] ys, double bandwidth) {
        validate(xs, ys);
        if (!(bandwidth > 0.0) || !Double.isFinite(bandwidth)) {
            throw new IllegalArgumentException("bandwidth must be finite and > 0, got " + bandwidth);
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.h = bandwidth;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        double lo = Math.min(minX, minY) - Gauss.Z_TAIL_2D * h;
        double hi = Math.max(maxX, maxY) + Gauss.Z_TAIL_2D * h;
        double margin = Gauss.MARGIN * (hi - lo);
        this.lower = lo - margin;
        this.upper = hi + margin;
    }

    private static void validate(double[] xs, double[] ys) {
        if (xs == null || ys == null) {
            throw new IllegalArgumentException("drawn point coordinates must not be null");
        }
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(
                    "drawn points need as many x as y coordinates, got " + xs.length + " x and " + ys.length + " y");
        }
        if (xs.length < 2) {
            throw new IllegalArgumentException("need at least 2 drawn points, got " + xs.length);
        }
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new IllegalArgumentException(
                        "drawn point " + i + " is not finite: (" + xs[i] + ", " + ys[i] + ")");
            }
        }
    }

    /**
     * Silverman's rule for a 2-D isotropic Gaussian kernel: h = s̄·n^(−1/6), s̄² the mean of the two sample
     * variances (n − 1), at least {@value #MIN_BANDWIDTH}.
     */
    public static double silvermanBandwidth(double[] xs, double[] ys) {
        validate(xs, ys);
        int n = xs.length;
        double mx = 0.0;
        double my = 0.0;
        for (int i = 0; i < n; i++) {
            mx += xs[i];
            my += ys[i];
        }
        mx /= n;
        my /= n;
        double ss = 0.0;
        for (int i = 0; i < n; i++) {
            ss += (xs[i] - mx) * (xs[i] - mx) + (ys[i] - my) * (ys[i] - my);
        }
        double s = Math.sqrt(ss / (2.0 * (n - 1)));
        return Math.max(MIN_BANDWIDTH, s * Math.pow(n, -1.0 / 6.0));
    }

    public double bandwidth() {
        return h;
    }

    public int size() {
        return xs.length;
    }

    @Override
    public String name() {
        return "drawn points";
    }

    @Override
    public double density(double x, double y) {
        double inv2h2 = 0.5 / (h * h);
        double s = 0.0;
        for (int i = 0; i < xs.length; i++) {
            double dx = x - xs[i];
            double dy = y - ys[i];
            s += Math.exp(-(dx * dx + dy * dy) * inv2h2);
        }
        return s * Gauss.INV_2PI / (h * h * xs.length);
    }

    /** Exact: the mean over the points of products of Φ differences. */
    @Override
    public void cellMasses(double lower, double upper, int n, double[] out) {
        double[] w = new double[xs.length];
        java.util.Arrays.fill(w, 1.0 / xs.length);
        IsotropicGaussianCells.add(xs, ys, w, xs.length, h, lower, upper, n, out);
    }

    @Override
    public void sample(RandomGenerator rng, double[] outX, double[] outY, int n) {
        int m = xs.length;
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(m);
            outX[i] = xs[k] + h * rng.nextGaussian();
            outY[i] = ys[k] + h * rng.nextGaussian();
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
