package org.ganclassroom.sim.metrics;

/**
 * p_g on a 1-D grid for a generator with two noise inputs, G: ℝ² → ℝ: the exact pushforward of G's
 * piecewise-linear interpolant over a {@link NoiseMesh2D} (in probability coordinates, so each mesh triangle
 * carries its probability uniformly). A uniform mass on a triangle pushed through an affine map to ℝ is the
 * triangular distribution on [lo, hi] with its mode at the middle vertex value, so triangle t with vertex values
 * lo ≤ mid ≤ hi gives cell [a, b] the mass m_t·(F((b − lo)/(hi − lo)) − F((a − lo)/(hi − lo))), F the triangular
 * CDF with mode c = (mid − lo)/(hi − lo) ({@link SegmentDeposit#cdf}). No kernel and no sampling: the only error
 * is the interpolant's, which vanishes for an affine G in u (and is small for an affine G in z on this mesh).
 * The mass below and above the grid, and its first moments beyond the grid (for W1), are exact for the same
 * distribution: E[(L − Y)₊] = (hi − lo)·∫₀^τ F, τ = (L − lo)/(hi − lo). Not thread-safe; allocates nothing per call.
 */
public final class TrianglePushforward1D {
    private final Grid1D grid;
    private final NoiseMesh2D mesh;
    private final double[] cellMass;
    private double massBelow;
    private double massAbove;
    private double momentBelow;
    private double momentAbove;

    public TrianglePushforward1D(Grid1D grid, NoiseMesh2D mesh) {
        this.grid = grid;
        this.mesh = mesh;
        this.cellMass = new double[grid.n()];
    }

    /** The mesh vertices to push through G, {@code [2][m²]}. */
    public double[][] noise() {
        return mesh.noise();
    }

    /** Writes p_g at the cell centres (cell mass / cell width) into out, from y[v] = G(vertex v). */
    public void estimate(double[] y, double[] out) {
        java.util.Arrays.fill(cellMass, 0.0);
        massBelow = 0;
        massAbove = 0;
        momentBelow = 0;
        momentAbove = 0;
        int m = mesh.side();
        for (int j = 0; j < m - 1; j++) {
            for (int i = 0; i < m - 1; i++) {
                double half = 0.5 * mesh.axisMass(i) * mesh.axisMass(j);
                int v = j * m + i;
                // the rectangle's diagonal (i, j)–(i+1, j+1) splits it into two triangles of equal mass
                triangle(y[v], y[v + 1], y[v + m + 1], half);
                triangle(y[v], y[v + m], y[v + m + 1], half);
            }
        }
        double inv = 1.0 / grid.dx();
        for (int k = 0; k < cellMass.length; k++) {
            out[k] = cellMass[k] * inv;
        }
    }

    private void triangle(double a, double b, double c, double mass) {
        double lo = Math.min(a, Math.min(b, c));
        double hi = Math.max(a, Math.max(b, c));
        double mid = a + b + c - lo - hi;
        double lower = grid.lower();
        double upper = grid.upper();
        double dx = grid.dx();
        double width = hi - lo;
        if (!(width > 1e-12 * dx)) {
            point(0.5 * (lo + hi), mass);
            return;
        }
        double mode = (mid - lo) / width;
        if (lo < lower) {
            double tau = Math.min(1, (lower - lo) / width);
            massBelow += mass * SegmentDeposit.cdf(tau, mode);
            momentBelow += mass * (lower >= hi ? lower - mean(lo, mid, hi) : width * cdfIntegral(tau, mode));
        }
        if (hi > upper) {
            double tau = Math.max(0, (upper - lo) / width);
            massAbove += mass * (1 - SegmentDeposit.cdf(tau, mode));
            momentAbove += mass * (mean(lo, mid, hi) - upper + width * cdfIntegral(tau, mode));
        }
        int first = (int) Math.max(0, Math.floor((lo - lower) / dx));
        int last = (int) Math.min(grid.n() - 1, Math.floor((hi - lower) / dx));
        double f = SegmentDeposit.cdf((Math.max(lo, lower + first * dx) - lo) / width, mode);
        for (int k = first; k <= last; k++) {
            double edge = Math.min(hi, lower + (k + 1) * dx);
            double fn = SegmentDeposit.cdf((edge - lo) / width, mode);
            cellMass[k] += mass * (fn - f);
            f = fn;
        }
    }

    private void point(double y, double mass) {
        if (y < grid.lower()) {
            massBelow += mass;
            momentBelow += mass * (grid.lower() - y);
        } else if (y >= grid.upper()) {
            massAbove += mass;
            momentAbove += mass * (y - grid.upper());
        } else {
            cellMass[Math.min(grid.n() - 1, (int) ((y - grid.lower()) / grid.dx()))] += mass;
        }
    }

    private static double mean(double lo, double mid, double hi) {
        return (lo + mid + hi) / 3;
    }

    /** ∫₀^t F(s) ds for the triangular CDF F on [0, 1] with the given mode, t in [0, 1]. */
    static double cdfIntegral(double t, double mode) {
        if (t <= 0) {
            return 0;
        }
        t = Math.min(1, t);
        if (t <= mode) {
            return t * t * t / (3 * mode);
        }
        double r = 1 - mode;
        double s = 1 - t;
        return mode * mode / 3 + (t - mode) - (r * r * r - s * s * s) / (3 * r);
    }

    /** Mass of p_g below plus above the grid in the last call. */
    public double massOutside() {
        return massBelow + massAbove;
    }

    public double massBelow() {
        return massBelow;
    }

    /** ∫_{y < lower} (lower − y) dP_g in the last call. */
    public double momentBelow() {
        return momentBelow;
    }

    /** ∫_{y > upper} (y − upper) dP_g in the last call. */
    public double momentAbove() {
        return momentAbove;
    }
}
