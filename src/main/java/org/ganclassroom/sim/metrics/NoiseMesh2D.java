package org.ganclassroom.sim.metrics;

import org.apache.commons.math3.special.Erf;

/**
 * A fixed tensor-product mesh of the noise plane for z ~ N(0, I₂), in probability coordinates: per axis the
 * vertices z_0 = −Z_MAX &lt; … &lt; z_{m−1} = Z_MAX map to u_i = Φ(z_i), and rectangle (i, j) of the mesh carries
 * the exact mass a_i·a_j with a_i = Φ(z_{i+1}) − Φ(z_i). Each rectangle is split along its diagonal
 * (i, j)–(i+1, j+1) into two triangles of equal mass ½·a_i·a_j (equal u-area, hence equal probability).
 * <p>Vertex spacing is graded: h(z) ∝ (φ(z)(1 + z²) + c)^(−1/3), fine where N(0, 1) has its mass and
 * coarser in the tails, with the floor c keeping the outermost steps short. Noise beyond |z| = Z_MAX on
 * either axis (2.5e-15 of the mass) is not represented. Vertex (i, j) is noise point j·m + i.
 */
public final class NoiseMesh2D {
    /** Noise beyond ±8 on an axis carries 1.2e-15 of the mass per side: not represented. */
    public static final double Z_MAX = 8.0;
    private static final double GRADING = 1.0 / 3.0;
    private static final double TAIL_FLOOR = 2e-4;

    private final int m;
    private final double[] axis;
    private final double[] axisMass;
    private final double[][] noise;

    /** A mesh with m ≥ 2 vertices per axis (m² noise points, 2(m − 1)² triangles). */
    public NoiseMesh2D(int m) {
        if (m < 2) {
            throw new IllegalArgumentException("need at least 2 vertices per axis, got " + m);
        }
        this.m = m;
        axis = gradedAxis(m);
        axisMass = new double[m - 1];
        for (int i = 0; i < m - 1; i++) {
            axisMass[i] = normalCdfDifference(axis[i], axis[i + 1]);
        }
        noise = new double[2][m * m];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < m; i++) {
                noise[0][j * m + i] = axis[i];
                noise[1][j * m + i] = axis[j];
            }
        }
    }

    /** The side m giving about {@code points} vertices in all: round(√points), at least 2. */
    public static int sideFor(int points) {
        return Math.max(2, (int) Math.round(Math.sqrt(points)));
    }

    /** Vertices at equal steps of t(z) = ∫ (φ(1 + s²) + c)^(1/3) ds, normalised, on [−Z_MAX, Z_MAX]. */
    private static double[] gradedAxis(int m) {
        int fine = 16_000;
        double dz = 2 * Z_MAX / fine;
        double[] cum = new double[fine + 1];
        for (int k = 1; k <= fine; k++) {
            double a = -Z_MAX + (k - 1) * dz;
            cum[k] = cum[k - 1] + 0.5 * (weight(a) + weight(a + dz)) * dz;
        }
        double[] z = new double[m];
        int k = 0;
        for (int i = 0; i < m; i++) {
            double target = cum[fine] * i / (m - 1);
            while (k < fine - 1 && cum[k + 1] < target) {
                k++;
            }
            double f = (target - cum[k]) / (cum[k + 1] - cum[k]);
            z[i] = -Z_MAX + (k + Math.max(0, Math.min(1, f))) * dz;
        }
        z[0] = -Z_MAX;
        z[m - 1] = Z_MAX;
        for (int i = 0; i < m / 2; i++) {
            z[m - 1 - i] = -z[i];
        }
        if (m % 2 == 1) {
            z[m / 2] = 0.0;
        }
        return z;
    }

    private static double weight(double z) {
        double phi = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
        return Math.pow(phi * (1 + z * z) + TAIL_FLOOR, GRADING);
    }

    /** Φ(b) − Φ(a), from the tail nearer to the interval so tiny tail masses keep their digits. */
    static double normalCdfDifference(double a, double b) {
        double s = Math.sqrt(2);
        if (a >= 0) {
            return 0.5 * (Erf.erfc(a / s) - Erf.erfc(b / s));
        }
        if (b <= 0) {
            return 0.5 * (Erf.erfc(-b / s) - Erf.erfc(-a / s));
        }
        return 0.5 * (Erf.erf(b / s) - Erf.erf(a / s));
    }

    /**
     * The probability each vertex stands for: a quarter of the mass of each mesh rectangle it is a corner of
     * (sums to the mesh's mass), for statistics of the vertex images such as their spread.
     */
    public double[] vertexWeights() {
        double[] w = new double[m * m];
        for (int j = 0; j < m - 1; j++) {
            for (int i = 0; i < m - 1; i++) {
                double q = 0.25 * axisMass[i] * axisMass[j];
                int v = j * m + i;
                w[v] += q;
                w[v + 1] += q;
                w[v + m] += q;
                w[v + m + 1] += q;
            }
        }
        return w;
    }

    /** Vertices per axis. */
    public int side() {
        return m;
    }

    /** The vertices z_i of one axis (a copy). */
    public double[] axis() {
        return axis.clone();
    }

    /** Mass a_i = Φ(z_{i+1}) − Φ(z_i) of the axis interval i. */
    public double axisMass(int i) {
        return axisMass[i];
    }

    /** The mesh vertices as noise rows {@code [2][m²]}, vertex (i, j) at j·m + i (live array: do not modify). */
    public double[][] noise() {
        return noise;
    }
}
