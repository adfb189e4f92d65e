package org.ganclassroom.sim.data;

import org.apache.commons.math3.special.Erf;

/**
 * Exact cell masses of a mixture of isotropic normals Σ_k w_k N((x_k, y_k), σ²I) on the n × n grid of
 * [lower, upper]²: the mass of cell [a_i, a_{i+1}] × [a_j, a_{j+1}] is
 * Σ_k w_k (Φ((a_{i+1} − x_k)/σ) − Φ((a_i − x_k)/σ))·(Φ((a_{j+1} − y_k)/σ) − Φ((a_j − y_k)/σ)),
 * each factor from the tail nearer to the interval so tiny masses keep their digits. Cells farther than
 * 10σ from a component get nothing from it (less than 10⁻²³ of its mass).
 */
final class IsotropicGaussianCells {
    private static final double REACH = 10.0;

    private IsotropicGaussianCells() {
    }

    /** Adds the mixture's masses to out (row-major, k = j·n + i). */
    static void add(double[] xs, double[] ys, double[] weights, int count, double sigma,
                    double lower, double upper, int n, double[] out) {
        double dx = (upper - lower) / n;
        double[] ax = new double[n];
        double[] ay = new double[n];
        for (int k = 0; k < count; k++) {
            int i0 = Math.max(0, (int) Math.floor((xs[k] - REACH * sigma - lower) / dx));
            int i1 = Math.min(n - 1, (int) Math.floor((xs[k] + REACH * sigma - lower) / dx));
            int j0 = Math.max(0, (int) Math.floor((ys[k] - REACH * sigma - lower) / dx));
            int j1 = Math.min(n - 1, (int) Math.floor((ys[k] + REACH * sigma - lower) / dx));
            if (i0 > i1 || j0 > j1) {
                continue;
            }
            axis(xs[k], sigma, lower, dx, i0, i1, ax);
            axis(ys[k], sigma, lower, dx, j0, j1, ay);
            for (int j = j0; j <= j1; j++) {
                double wy = weights[k] * ay[j];
                int row = j * n;
                for (int i = i0; i <= i1; i++) {
                    out[row + i] += wy * ax[i];
                }
            }
        }
    }

    private static void axis(double centre, double sigma, double lower, double dx, int from, int to, double[] out) {
        double s = sigma * Math.sqrt(2);
        double prev = (lower + from * dx - centre) / s;
        for (int i = from; i <= to; i++) {
            double next = (lower + (i + 1) * dx - centre) / s;
            out[i] = cdfDifference(prev, next);
            prev = next;
        }
    }

    /** ½(erf(b) − erf(a)) for a &lt; b, from the nearer tail. */
    private static double cdfDifference(double a, double b) {
        if (a >= 0) {
            return 0.5 * (Erf.erfc(a) - Erf.erfc(b));
        }
        if (b <= 0) {
            return 0.5 * (Erf.erfc(-b) - Erf.erfc(-a));
        }
        return 0.5 * (Erf.erf(b) - Erf.erf(a));
    }
}
