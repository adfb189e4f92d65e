package org.ganclassroom.sim.metrics;

/**
 * The CDF of a grid density at the cell centres: F(x_i) = Σ_{j&lt;i} p_j·dx + ½·p_i·dx (the density taken as
 * constant on each cell), the input {@link Divergences#wasserstein1} expects.
 */
public final class Cdf {
    private Cdf() {
    }

    /** Writes F(x_i) for i in [0, n) into out (out may not alias density). */
    public static void atCentres(double[] density, double dx, double[] out) {
        double below = 0;
        for (int i = 0; i < density.length; i++) {
            double cellMass = density[i] * dx;
            out[i] = below + 0.5 * cellMass;
            below += cellMass;
        }
    }
}
