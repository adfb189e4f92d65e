package org.ganclassroom.sim.config;

/**
 * Resolution of the per-step measurements.
 *
 * @param grid1d        cells of the 1-D grid on which densities, D and D* are evaluated
 * @param grid2d        cells per side of the 2-D grid
 * @param quadrature1d  size of the fixed noise quadrature set pushed through G for p_g in 1-D
 * @param quadrature2d  size of that set in 2-D
 */
public record MeasureSpec(int grid1d, int grid2d, int quadrature1d, int quadrature2d) {
    public static MeasureSpec defaults() {
        return new MeasureSpec(400, 64, 1024, 4096);
    }
}
