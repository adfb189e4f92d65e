package org.ganclassroom.sim.metrics;

import java.util.Arrays;

/**
 * Density on a {@link Grid1D} of m equally weighted points (e.g. the generator applied to {@link QuadratureNoise}):
 * <ol>
 *   <li>linear binning: a point at fractional cell-centre position u gives weight 1 − frac(u) to cell ⌊u⌋ and
 *       frac(u) to the next (points in the outer half cells go wholly to the edge cell);</li>
 *   <li>convolution with a discrete Gaussian of standard deviation h (truncated at 4h, renormalised);</li>
 *   <li>rescaling so Σ out_i·dx equals the fraction of points inside [lower, upper].</li>
 * </ol>
 * Points outside the range (and NaNs) are lost mass, reported by {@link #massOutside()}.
 * Suggested bandwidth: about 2 cells (h ≈ 2·dx). The smoothing widens the estimate by h² in variance, which for
 * N(0,1) on a 400-cell grid over [−6, 6] costs only 8e-7 nats of JSD; the measured floor with 2048 quadrature
 * points, 1.9e-4 nats, comes from the point set's thin tails (no point beyond Φ⁻¹(1 − 1/4096) ≈ ±3.5).
 * Without smoothing the floor is 1.3e-3 nats, with 3 cells 1.1e-4.
 *
 * <p>Not thread-safe: one scratch buffer is reused, so {@link #estimate} allocates nothing.
 */
public final class PushforwardDensity1D {
    private final Grid1D grid;
    private final double bandwidth;
    private final double[] kernel;
    private final double[] binned;
    private double massOutside;

    public PushforwardDensity1D(Grid1D grid, double bandwidth) {
        this.grid = grid;
        this.bandwidth = bandwidth;
        this.kernel = GaussianKernel.weights(bandwidth, grid.dx());
        this.binned = new double[grid.n()];
    }

    /** Writes the density at each cell centre into out[0..n); out must not be shared with another estimator. */
    public void estimate(double[] samples, int m, double[] out) {
        int n = grid.n();
        double lower = grid.lower();
        double upper = grid.upper();
        double inv = 1.0 / grid.dx();
        double[] b = binned;
        Arrays.fill(b, 0.0);
        int outside = 0;
        for (int s = 0; s < m; s++) {
            double x = samples[s];
            if (!(x >= lower && x <= upper)) {
                outside++;
                continue;
            }
            double u = (x - lower) * inv - 0.5;
            if (u <= 0) {
                b[0] += 1.0;
            } else if (u >= n - 1) {
                b[n - 1] += 1.0;
            } else {
                int i = (int) u;
                double f = u - i;
                b[i] += 1.0 - f;
                b[i + 1] += f;
            }
        }
        GaussianKernel.alongRows(kernel, b, out, 1, n);
        massOutside = m == 0 ? 0.0 : (double) outside / m;
        Normalise.toMass(out, n, grid.dx(), 1.0 - massOutside);
    }

    /** Fraction of the last call's points that fell outside [lower, upper] (or were NaN). */
    public double massOutside() {
        return massOutside;
    }

    public Grid1D grid() {
        return grid;
    }

    public double bandwidth() {
        return bandwidth;
    }
}
