package org.ganclassroom.sim.metrics;

import java.util.Arrays;

/**
 * The 2-D counterpart of {@link PushforwardDensity1D} on a {@link Grid2D}: bilinear binning of m equally weighted
 * points (xs[s], ys[s]), separable Gaussian convolution (rows, then columns; kernel truncated at 4h and
 * renormalised), and rescaling so Σ out_k·dx² equals the fraction of points inside the square.
 * Output at flat index k = j·n + i. Suggested bandwidth about 1.5–2 cells: for N(0, I) on 64×64 over [−4, 4]² with
 * 4096 Sobol points the JSD floor is 1.3e-2 nats unsmoothed, 1.8e-3 at 1 cell, 9.8e-4 at 1.5, 8.8e-4 at 2 (of which
 * the smoothing's own bias is 4.5e-4) and 2.3e-3 at 3 cells. Not thread-safe; allocates nothing per call.
 */
public final class PushforwardDensity2D {
    private final Grid2D grid;
    private final double bandwidth;
    private final double[] kernel;
    private final double[] binned;
    private final double[] rows;
    private double massOutside;

    public PushforwardDensity2D(Grid2D grid, double bandwidth) {
        if (grid.n() < 2) {
            throw new IllegalArgumentException("bilinear binning needs n ≥ 2, got " + grid.n());
        }
        this.grid = grid;
        this.bandwidth = bandwidth;
        this.kernel = GaussianKernel.weights(bandwidth, grid.dx());
        this.binned = new double[grid.size()];
        this.rows = new double[grid.size()];
    }

    /** Writes the density at each cell centre into out[0..n²). */
    public void estimate(double[] xs, double[] ys, int m, double[] out) {
        int n = grid.n();
        double lower = grid.lower();
        double upper = grid.upper();
        double inv = 1.0 / grid.dx();
        double[] b = binned;
        Arrays.fill(b, 0.0);
        int outside = 0;
        for (int s = 0; s < m; s++) {
            double x = xs[s];
            double y = ys[s];
            if (!(x >= lower && x <= upper && y >= lower && y <= upper)) {
                outside++;
                continue;
            }
            double u = clamp((x - lower) * inv - 0.5, n);
            double w = clamp((y - lower) * inv - 0.5, n);
            int i = Math.min((int) u, n - 2);
            int j = Math.min((int) w, n - 2);
            double fx = u - i;
            double fy = w - j;
            int k = j * n + i;
            b[k] += (1 - fx) * (1 - fy);
            b[k + 1] += fx * (1 - fy);
            b[k + n] += (1 - fx) * fy;
            b[k + n + 1] += fx * fy;
        }
        GaussianKernel.alongRows(kernel, b, rows, n, n);
        GaussianKernel.acrossRows(kernel, rows, out, n);
        massOutside = m == 0 ? 0.0 : (double) outside / m;
        Normalise.toMass(out, n * n, grid.cellArea(), 1.0 - massOutside);
    }

    /**
     * Applies the estimator's own kernel to a density given at the cell centres, keeping its mass on the grid.
     * Comparing a smoothed exact density with {@link #estimate} compares both at the kernel's resolution, so
     * the kernel's blur does not read as a difference between the distributions.
     */
    public void smooth(double[] density, double[] out) {
        int n = grid.n();
        double mass = 0;
        for (int k = 0; k < n * n; k++) {
            mass += density[k];
        }
        GaussianKernel.alongRows(kernel, density, rows, n, n);
        GaussianKernel.acrossRows(kernel, rows, out, n);
        Normalise.toMass(out, n * n, grid.cellArea(), mass * grid.cellArea());
    }

    // Points in the outer half cells go wholly to the edge cells, as in 1-D.
    private static double clamp(double u, int n) {
        return u <= 0 ? 0 : Math.min(u, n - 1);
    }

    /** Fraction of the last call's points outside the square (or NaN). */
    public double massOutside() {
        return massOutside;
    }

    public Grid2D grid() {
        return grid;
    }

    public double bandwidth() {
        return bandwidth;
    }
}
