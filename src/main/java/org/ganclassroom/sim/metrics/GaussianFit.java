package org.ganclassroom.sim.metrics;

/**
 * The Gaussian fit of a 1-D or 2-D sample: its mean μ and its unbiased covariance
 * Σ = (1/(n−1)) Σ_s (x_s − μ)(x_s − μ)ᵀ, as FID fits its features (Heusel et al. 2017).
 * In 1-D {@code cxy} and {@code cyy} are 0 and {@code my} is 0.
 *
 * @param dimension 1 or 2
 * @param mx        mean of the first coordinate
 * @param my        mean of the second coordinate (0 in 1-D)
 * @param cxx       variance of the first coordinate
 * @param cxy       covariance of the two coordinates (0 in 1-D)
 * @param cyy       variance of the second coordinate (0 in 1-D)
 */
public record GaussianFit(int dimension, double mx, double my, double cxx, double cxy, double cyy) {

    public GaussianFit {
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("dimension must be 1 or 2, got " + dimension);
        }
    }

    /** A 1-D Gaussian N(μ, σ²). */
    public static GaussianFit of1D(double mean, double variance) {
        return new GaussianFit(1, mean, 0, variance, 0, 0);
    }

    /** A 2-D Gaussian N(μ, Σ). */
    public static GaussianFit of2D(double mx, double my, double cxx, double cxy, double cyy) {
        return new GaussianFit(2, mx, my, cxx, cxy, cyy);
    }

    /** Fits the first n points of {@code x[dimension][≥n]} (n ≥ 2), in two passes for accuracy. */
    public static GaussianFit of(double[][] x, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a covariance needs at least 2 points, got " + n);
        }
        int dim = x.length;
        double[] xs = x[0];
        double mx = 0;
        for (int s = 0; s < n; s++) {
            mx += xs[s];
        }
        mx /= n;
        if (dim == 1) {
            double sxx = 0;
            for (int s = 0; s < n; s++) {
                double dx = xs[s] - mx;
                sxx += dx * dx;
            }
            return of1D(mx, sxx / (n - 1));
        }
        double[] ys = x[1];
        double my = 0;
        for (int s = 0; s < n; s++) {
            my += ys[s];
        }
        my /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int s = 0; s < n; s++) {
            double dx = xs[s] - mx;
            double dy = ys[s] - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        return of2D(mx, my, sxx / (n - 1), sxy / (n - 1), syy / (n - 1));
    }

    /** tr Σ. */
    public double trace() {
        return cxx + cyy;
    }

    /** det Σ (the variance in 1-D). */
    public double determinant() {
        return dimension == 1 ? cxx : cxx * cyy - cxy * cxy;
    }
}
