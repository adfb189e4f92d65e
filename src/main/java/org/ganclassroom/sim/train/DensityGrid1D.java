package org.ganclassroom.sim.train;

import org.ganclassroom.sim.data.Distribution1D;
import org.ganclassroom.sim.metrics.Grid1D;
import org.ganclassroom.sim.metrics.PushforwardDensity1D;

/** A 1-D measuring grid over the target's plotting range; also computes W1 against p_data. */
final class DensityGrid1D extends DensityGrid {
    /** Kernel bandwidth of the p_g estimate, in cells: wide enough to smooth the quadrature points, narrow enough not to blur modes. */
    static final double BANDWIDTH_CELLS = 2.0;

    private final Distribution1D target;
    private final int n;
    private final double lower;
    private final double dx;
    private final double[][] centres;
    private final double[] pData;
    private final double[] cdfDataAtEdges;
    private final double[] countsBelowEdge;
    private final PushforwardDensity1D estimator;

    DensityGrid1D(Distribution1D target, int n) {
        this.target = target;
        this.n = n;
        this.lower = target.lower();
        this.dx = (target.upper() - lower) / n;
        Grid1D grid = new Grid1D(lower, target.upper(), n);
        centres = new double[1][n];
        pData = new double[n];
        for (int i = 0; i < n; i++) {
            centres[0][i] = lower + (i + 0.5) * dx;
            pData[i] = target.density(centres[0][i]);
        }
        cdfDataAtEdges = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            cdfDataAtEdges[i] = target.cdf(lower + i * dx);
        }
        countsBelowEdge = new double[n + 1];
        estimator = new PushforwardDensity1D(grid, BANDWIDTH_CELLS * dx);
    }

    @Override
    int size() {
        return n;
    }

    @Override
    double cell() {
        return dx;
    }

    @Override
    double[][] centres() {
        return centres;
    }

    @Override
    double[] dataDensity() {
        return pData;
    }

    @Override
    void estimate(double[][] samples, int m, double[] out) {
        estimator.estimate(samples[0], m, out);
    }

    @Override
    double massOutside() {
        return estimator.massOutside();
    }

    /**
     * W1(p_data, p_g) = ∫|F_data − F_g| dx with F_g the empirical CDF of the m points. Inside the grid F_g is
     * taken at cell edges (error at most half a cell); beyond the grid, where F_data is 0 or 1 to within the
     * range's negligible mass, the tails are exact: (1/m)Σ(lower − y) for points below, likewise above.
     */
    double wasserstein1(double[] ys, int m) {
        java.util.Arrays.fill(countsBelowEdge, 0.0);
        double upper = lower + n * dx;
        double tails = 0;
        int below = 0;
        for (int k = 0; k < m; k++) {
            double y = ys[k];
            if (y < lower) {
                tails += lower - y;
                below++;
            } else if (y >= upper) {
                tails += y - upper;
            } else {
                int cellIndex = Math.min(n - 1, (int) ((y - lower) / dx));
                countsBelowEdge[cellIndex + 1] += 1;
            }
        }
        double cumulative = below;
        double prev = Math.abs(cdfDataAtEdges[0] - cumulative / m);
        double integral = 0;
        for (int i = 1; i <= n; i++) {
            cumulative += countsBelowEdge[i];
            double cur = Math.abs(cdfDataAtEdges[i] - cumulative / m);
            integral += 0.5 * (prev + cur) * dx;
            prev = cur;
        }
        return integral + tails / m;
    }

    Distribution1D target() {
        return target;
    }
}
