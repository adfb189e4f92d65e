package org.ganclassroom.sim.train;

/**
 * The grid on which a run's densities and D are measured: cell centres as D inputs, the exact p_data on
 * them, and a p_g estimator from points pushed through G. Arrays are flat (2-D: index j·n + i).
 */
abstract sealed class DensityGrid permits DensityGrid1D, DensityGrid2D {
    /** Number of cells. */
    abstract int size();

    /** Measure of one cell (dx, or dx² in 2-D). */
    abstract double cell();

    /** Cell centres as D input rows, {@code [dim][size()]}. */
    abstract double[][] centres();

    /** Exact p_data at the cell centres. */
    abstract double[] dataDensity();

    /** Estimates p_g at the cell centres from m equally weighted points {@code samples[dim][m]}. */
    abstract void estimate(double[][] samples, int m, double[] out);

    /** Share of the last estimate's points that fell outside the grid. */
    abstract double massOutside();
}
