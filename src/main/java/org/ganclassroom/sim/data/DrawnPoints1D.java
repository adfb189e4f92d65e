package org.ganclassroom.sim.data;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Target built from user-drawn points x₁…xₙ as a Gaussian kernel density estimate with bandwidth h:
 * p(x) = (1/n) Σᵢ φ((x − xᵢ)/h) / h, F(x) = (1/n) Σᵢ Φ((x − xᵢ)/h).
 * Sampling picks i uniformly and adds N(0, h²) noise — an exact draw from this KDE.
 * Default bandwidth is Silverman's rule h = 0.9·min(s, IQR/1.34)·n^(−1/5), never below {@value #MIN_BANDWIDTH}.
 * Plotting range [min xᵢ − 3.89h, max xᵢ + 3.89h] plus a 10 % margin.
 */
public final class DrawnPoints1D implements Distribution1D {
    /** Floor on the default bandwidth so a few clustered clicks still give a visible, trainable density. */
    public static final double MIN_BANDWIDTH = 0.05;

    private final double[] points;
    private final double h;
    private final double lower;
    private final double upper;

    /** KDE with Silverman's-rule bandwidth (at least {@value #MIN_BANDWIDTH}). */
    public DrawnPoints1D(double[] points) {
        this(points, silvermanBandwidth(validate(points)));
    }

    /** KDE with an explicit bandwidth (finite, &gt; 0). */
    public DrawnPoints1D(double[] points, double bandwidth) {
        validate(points);
        if (!(bandwidth > 0.0) || !Double.isFinite(bandwidth)) {
            throw new IllegalArgumentException("bandwidth must be finite and > 0, got " + bandwidth);
        }
        this.points = points.clone();
        this.h = bandwidth;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double p : this.points) {
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        double lo = min - Gauss.Z_TAIL_1D * h;
        double hi = max + Gauss.Z_TAIL_1D * h;
        double margin = Gauss.MARGIN * (hi - lo);
        this.lower = lo - margin;
        this.upper = hi + margin;
    }

    private static double[] validate(double[] points) {
        if (points == null) {
            throw new IllegalArgumentException("drawn points must not be null");
        }
        if (points.length < 2) {
            throw new IllegalArgumentException("need at least 2 drawn points, got " + points.length);
        }
        for (int i = 0; i < points.length; i++) {
            if (!Double.isFinite(points[i])) {
                throw new IllegalArgumentException("drawn point " + i + " is not finite: " + points[i]);
            }
        }
        return points;
    }

    /**
     * Silverman's rule of thumb h = 0.9·min(s, IQR/1.34)·n^(−1/5) (s: sample standard deviation with n − 1,
     * IQR from linearly interpolated quartiles); when one spread measure is 0 the other is used, and the
     * result is at least {@value #MIN_BANDWIDTH}.
     */
    public static double silvermanBandwidth(double[] points) {
        validate(points);
        int n = points.length;
        double mean = 0.0;
        for (double p : points) {
            mean += p;
        }
        mean /= n;
        double ss = 0.0;
        for (double p : points) {
            ss += (p - mean) * (p - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double[] sorted = points.clone();
        Arrays.sort(sorted);
        double iqr = (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / 1.34;
        double spread;
        if (sd > 0.0 && iqr > 0.0) {
            spread = Math.min(sd, iqr);
        } else {
            // Many repeated clicks can make the IQR 0 while the points still spread out.
            spread = Math.max(sd, iqr);
        }
        double h = 0.9 * spread * Math.pow(n, -0.2);
        return Math.max(MIN_BANDWIDTH, h);
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double f = pos - i;
        return sorted[i] + f * (sorted[i + 1] - sorted[i]);
    }

    public double bandwidth() {
        return h;
    }

    public int size() {
        return points.length;
    }

    /** A copy of the drawn points. */
    public double[] points() {
        return points.clone();
    }

    @Override
    public String name() {
        return "drawn points";
    }

    @Override
    public double density(double x) {
        double s = 0.0;
        for (double p : points) {
            double z = (x - p) / h;
            s += Math.exp(-0.5 * z * z);
        }
        return s * Gauss.INV_SQRT_2PI / (h * points.length);
    }

    @Override
    public double cdf(double x) {
        double s = 0.0;
        for (double p : points) {
            s += Gauss.cdf((x - p) / h);
        }
        return Math.min(1.0, s / points.length);
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int n) {
        int m = points.length;
        for (int i = 0; i < n; i++) {
            out[i] = points[rng.nextInt(m)] + h * rng.nextGaussian();
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
