package org.ganclassroom.sim.metrics;

/**
 * The exact cell masses of p_g for a generator with two noise inputs: the pushforward of the piecewise-linear
 * interpolant of G∘Φ⁻¹ over a {@link NoiseMesh2D}. Mesh triangle t, of mass μ_t, maps affinely onto the image
 * triangle of its vertices' images and spreads μ_t evenly over it, so
 * <pre>  P_g(cell) = Σ_t μ_t · |image_t ∩ cell| / |image_t|,</pre>
 * computed exactly (to rounding) with no kernel and no sampling. Since Σ_t (μ_t / A_t)·w_t(x), with A_t the signed
 * image area and w_t the winding number of its boundary, equals that sum, each mesh edge is rasterised once,
 * weighted by the difference of its two triangles' signed densities, into an accumulation buffer whose row prefix
 * sums are the exact covered areas (the signed-area scan of font-rs, {@link SignedAreaScan}). A folded G
 * (negative A_t) is handled by the signs. A triangle whose image is (nearly) degenerate — |A_t| below 10⁻⁹ cells — spreads μ_t instead along its
 * image segment with the exact 1-D pushforward (the triangular distribution with its middle vertex as the mode),
 * or onto one cell if the image is a point. Mass outside the grid is total minus inside, exactly.
 * <p>The grid is {@code blocks × blocks} measuring cells of R × R fine cells; cell masses are written block by
 * block: fine cell (x, y) at ((⌊y/R⌋·blocks + ⌊x/R⌋)·R + y mod R)·R + x mod R, so each block's R² cells are
 * contiguous. Not thread-safe; allocates nothing per call.
 */
public final class TrianglePushforward2D {
    /** Image area, in fine cells, below which a triangle is treated as a segment. */
    static final double DEGENERATE_AREA = 1e-9;

    private final Grid2D fine;
    private final int blocks;
    private final int r;
    private final int n;
    private final int m;
    private final double[] halfRectMass;
    private final double totalMass;
    private final double[] gx;
    private final double[] gy;
    private final double[] rho1;
    private final double[] rho2;
    private final SignedAreaScan scan;
    private final int[] degenerate;
    private int degenerateCount;
    private final double[] cellMass;
    private double degenerateMass;
    private double massOutside;

    /**
     * @param grid   the measuring grid of {@code blocks × blocks} cells
     * @param refine R, fine cells per measuring cell along each axis
     */
    public TrianglePushforward2D(Grid2D grid, int refine, NoiseMesh2D mesh) {
        if (refine < 1) {
            throw new IllegalArgumentException("refine must be ≥ 1, got " + refine);
        }
        this.blocks = grid.n();
        this.r = refine;
        this.n = blocks * refine;
        this.fine = new Grid2D(grid.lower(), grid.upper(), n);
        this.m = mesh.side();
        int rects = (m - 1) * (m - 1);
        halfRectMass = new double[rects];
        double total = 0;
        for (int j = 0; j < m - 1; j++) {
            for (int i = 0; i < m - 1; i++) {
                halfRectMass[j * (m - 1) + i] = 0.5 * mesh.axisMass(i) * mesh.axisMass(j);
                total += 2 * halfRectMass[j * (m - 1) + i];
            }
        }
        totalMass = total;
        gx = new double[m * m];
        gy = new double[m * m];
        rho1 = new double[rects];
        rho2 = new double[rects];
        scan = new SignedAreaScan(blocks, refine);
        degenerate = new int[8 * rects];
        cellMass = new double[n * n];
    }

    /** Deposits p_g from the images (xs[k], ys[k]) of the mesh vertices k = j·m + i. */
    public void estimate(double[] xs, double[] ys) {
        double lower = fine.lower();
        double inv = 1.0 / fine.dx();
        for (int k = 0; k < m * m; k++) {
            gx[k] = (xs[k] - lower) * inv;
            gy[k] = (ys[k] - lower) * inv;
        }
        degenerateMass = 0;
        degenerateCount = 0;
        scan.start();
        densities();
        edges();
        double inside = scan.collect(cellMass) + depositDegenerate();
        massOutside = Math.max(0.0, totalMass - inside);
    }

    /**
     * Signed density μ/A of each triangle; degenerate ones are deposited along their segment and get 0.
     * Rectangles split along alternate diagonals (checkerboard), so the split's own first-order bias, which
     * moves mass across each diagonal, cancels between neighbours instead of adding up along one direction.
     */
    private void densities() {
        int w = m - 1;
        for (int j = 0; j < w; j++) {
            for (int i = 0; i < w; i++) {
                int v00 = j * m + i;
                int v10 = v00 + 1;
                int v01 = v00 + m;
                int v11 = v01 + 1;
                int rect = j * w + i;
                double mass = halfRectMass[rect];
                if (flipped(i, j)) {
                    rho1[rect] = density(v00, v10, v01, mass, rect);
                    rho2[rect] = density(v10, v11, v01, mass, rect);
                } else {
                    rho1[rect] = density(v00, v10, v11, mass, rect);
                    rho2[rect] = density(v00, v11, v01, mass, rect);
                }
            }
        }
    }

    /** Rectangles with odd i + j are split along (i+1, j)–(i, j+1). */
    private static boolean flipped(int i, int j) {
        return ((i + j) & 1) != 0;
    }

    private double density(int a, int b, int c, double mass, int rect) {
        double ax = gx[a];
        double ay = gy[a];
        double area = 0.5 * ((gx[b] - ax) * (gy[c] - ay) - (gx[c] - ax) * (gy[b] - ay));
        if (Math.abs(area) > DEGENERATE_AREA) {
            return -mass / area;
        }
        if (Double.isFinite(area)) {
            degenerateMass += mass;
            int k = 4 * degenerateCount++;
            degenerate[k] = a;
            degenerate[k + 1] = b;
            degenerate[k + 2] = c;
            degenerate[k + 3] = rect;
        }
        return 0.0;
    }

    /** The degenerate triangles of this call, along their segments, after the scan wrote the cells. */
    private double depositDegenerate() {
        double inside = 0;
        for (int t = 0; t < degenerateCount; t++) {
            int k = 4 * t;
            int a = degenerate[k];
            int b = degenerate[k + 1];
            int c = degenerate[k + 2];
            inside += SegmentDeposit.triangle(gx[a], gy[a], gx[b], gy[b], gx[c], gy[c], halfRectMass[degenerate[k + 3]],
                    n, r, blocks, cellMass);
        }
        return inside;
    }

    /**
     * Every mesh edge once, weighted by (density of the triangle on its left) − (on its right). Triangle 1 of a
     * rectangle holds its bottom side, and its right side unless flipped; triangle 2 holds the top side, and
     * the left side unless flipped.
     */
    private void edges() {
        int w = m - 1;
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < w; i++) {
                double below = j < w ? rho1[j * w + i] : 0.0;
                double above = j > 0 ? rho2[(j - 1) * w + i] : 0.0;
                line(j * m + i, j * m + i + 1, below - above);
            }
        }
        for (int j = 0; j < w; j++) {
            for (int i = 0; i < m; i++) {
                double left = 0.0;
                if (i > 0) {
                    int rect = j * w + i - 1;
                    left = flipped(i - 1, j) ? rho2[rect] : rho1[rect];
                }
                double right = 0.0;
                if (i < w) {
                    int rect = j * w + i;
                    right = flipped(i, j) ? rho1[rect] : rho2[rect];
                }
                line(j * m + i, (j + 1) * m + i, left - right);
            }
        }
        for (int j = 0; j < w; j++) {
            for (int i = 0; i < w; i++) {
                int rect = j * w + i;
                if (flipped(i, j)) {
                    line(j * m + i + 1, (j + 1) * m + i, rho1[rect] - rho2[rect]);
                } else {
                    line(j * m + i, (j + 1) * m + i + 1, rho2[rect] - rho1[rect]);
                }
            }
        }
    }

    private void line(int a, int b, double weight) {
        if (weight != 0.0) {
            scan.line(gx[a], gy[a], gx[b], gy[b], weight);
        }
    }

    /** Fine cell masses of the last call, block-ordered (live buffer). */
    public double[] cellMass() {
        return cellMass;
    }

    /** Mass of p_g outside the grid in the last call. */
    public double massOutside() {
        return massOutside;
    }

    /** Mass of the last call's degenerate triangles (deposited along segments or at points). */
    public double degenerateMass() {
        return degenerateMass;
    }

    /** The fine grid (blocks·R cells per side). */
    public Grid2D fineGrid() {
        return fine;
    }

    /** R. */
    public int refine() {
        return r;
    }

    /** Mass the mesh represents, Σ_t μ_t (1 − 2.5e-15). */
    public double totalMass() {
        return totalMass;
    }
}
