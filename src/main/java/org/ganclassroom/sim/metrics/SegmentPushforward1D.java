package org.ganclassroom.sim.metrics;

import org.apache.commons.math3.special.Erf;

/**
 * The density of G(z), z ~ N(0, 1), for a generator with one noise input, without sampling and without a
 * kernel. A fixed grid z_0 < … < z_{m−1} evenly spaced on [−8, 8] is pushed through G; the segment
 * between z_j and z_{j+1} carries the exact mass Φ(z_{j+1}) − Φ(z_j) and, as G is taken linear between
 * the two points, spreads it evenly over [G(z_j), G(z_{j+1})]. Summing the segments that cover a cell gives
 * p_g there: exactly the pushforward of the piecewise-linear interpolant of G, whatever G's shape
 * (non-monotone G simply has several segments over a cell). Flat stretches of G give real spikes; the
 * tails are covered down to N(0,1)'s density at 8σ, so KL(p_data ‖ p_g) sees p_g's true tails.
 * Allocates nothing per call; not thread-safe.
 */
public final class SegmentPushforward1D {
    /** Noise beyond ±8 carries 1.2e-15 of the mass: ignored. */
    public static final double Z_MAX = 8.0;

    private final Grid1D grid;
    private final double[][] noise;
    private final double[] segmentMass;
    private final double[] cellMass;
    private double massOutside;
    private double massBelow;
    private double momentBelow;
    private double momentAbove;

    public SegmentPushforward1D(Grid1D grid, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("need at least 2 noise points, got " + points);
        }
        this.grid = grid;
        noise = new double[1][points];
        double dz = 2 * Z_MAX / (points - 1);
        for (int j = 0; j < points; j++) {
            noise[0][j] = -Z_MAX + j * dz;
        }
        segmentMass = new double[points - 1];
        for (int j = 0; j < points - 1; j++) {
            segmentMass[j] = normalCdfDifference(noise[0][j], noise[0][j + 1]);
        }
        cellMass = new double[grid.n()];
    }

    /** Φ(b) − Φ(a), computed from the tail nearer to the segment so tiny tail masses keep their digits. */
    private static double normalCdfDifference(double a, double b) {
        double s = Math.sqrt(2);
        if (a >= 0) {
            return 0.5 * (Erf.erfc(a / s) - Erf.erfc(b / s));
        }
        if (b <= 0) {
            return 0.5 * (Erf.erfc(-b / s) - Erf.erfc(-a / s));
        }
        return 0.5 * (Erf.erf(b / s) - Erf.erf(a / s));
    }

    /** The fixed noise grid to push through G, {@code [1][points]}. */
    public double[][] noise() {
        return noise;
    }

    /** Mass of the segment between noise points j and j+1. */
    public double segmentMass(int j) {
        return segmentMass[j];
    }

    /** Writes p_g at the cell centres into out, from y_j = G(z_j). */
    public void estimate(double[] y, double[] out) {
        int n = grid.n();
        double lower = grid.lower();
        double dx = grid.dx();
        double upper = lower + n * dx;
        java.util.Arrays.fill(cellMass, 0.0);
        double outside = 0;
        massBelow = 0;
        momentBelow = 0;
        momentAbove = 0;
        for (int j = 0; j < segmentMass.length; j++) {
            double a = Math.min(y[j], y[j + 1]);
            double b = Math.max(y[j], y[j + 1]);
            double mass = segmentMass[j];
            double width = b - a;
            if (b <= lower || a >= upper) {
                outside += mass;
                double mid = 0.5 * (a + b);
                if (b <= lower) {
                    massBelow += mass;
                    momentBelow += mass * (lower - mid);
                } else {
                    momentAbove += mass * (mid - upper);
                }
                continue;
            }
            if (width <= 1e-12 * dx) {
                cellMass[Math.min(n - 1, (int) ((a - lower) / dx))] += mass;
                continue;
            }
            double density = mass / width;
            if (a < lower) {
                double m = (lower - a) * density;
                outside += m;
                massBelow += m;
                momentBelow += m * 0.5 * (lower - a);
                a = lower;
            }
            if (b > upper) {
                double m = (b - upper) * density;
                outside += m;
                momentAbove += m * 0.5 * (b - upper);
                b = upper;
            }
            int first = Math.min(n - 1, (int) ((a - lower) / dx));
            int last = Math.min(n - 1, (int) ((b - lower) / dx));
            if (first == last) {
                cellMass[first] += (b - a) * density;
                continue;
            }
            cellMass[first] += (lower + (first + 1) * dx - a) * density;
            for (int i = first + 1; i < last; i++) {
                cellMass[i] += dx * density;
            }
            cellMass[last] += (b - (lower + last * dx)) * density;
        }
        for (int i = 0; i < n; i++) {
            out[i] = cellMass[i] / dx;
        }
        massOutside = outside;
    }

    /** Mass of p_g that fell outside the grid in the last call. */
    public double massOutside() {
        return massOutside;
    }

    /** Mass of p_g below the grid in the last call. */
    public double massBelow() {
        return massBelow;
    }

    /** ∫_{y < lower} (lower − y) dP_g: the left tail's share of W1 when p_data has no mass there. */
    public double momentBelow() {
        return momentBelow;
    }

    /** ∫_{y > upper} (y − upper) dP_g. */
    public double momentAbove() {
        return momentAbove;
    }

    /** Mass of p_g per cell in the last call (live buffer). */
    public double[] cellMass() {
        return cellMass;
    }
}
