package org.ganclassroom.sim.data;

import org.apache.commons.math3.special.Erf;

/** Normal-distribution helpers and the tail constants shared by the plotting ranges. */
final class Gauss {
    static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    static final double INV_2PI = 1.0 / (2.0 * Math.PI);

    /**
     * Φ⁻¹(1 − 5·10⁻⁵): cutting this many σ off each side of a 1-D Gaussian leaves out 10⁻⁴ of its mass.
     */
    static final double Z_TAIL_1D = 3.8906;

    /**
     * Half-width (in σ) of the square that holds all but ≈ 8·10⁻⁵ of an isotropic 2-D Gaussian's mass
     * (1 − (1 − 2Q(4.1))² ≈ 4Q(4.1)).
     */
    static final double Z_TAIL_2D = 4.1;

    /** Extra room on each side of a plotting range, as a fraction of its width, so tails are visible. */
    static final double MARGIN = 0.1;

    private Gauss() {
    }

    /** Standard normal density φ(z). */
    static double pdf(double z) {
        return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    /** Standard normal CDF Φ(z); erfc keeps full relative accuracy deep in the left tail. */
    static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2.0));
    }

    static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be finite, got " + v);
        }
    }

    static void requirePositive(double v, String what) {
        if (!(v > 0.0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be finite and > 0, got " + v);
        }
    }
}
