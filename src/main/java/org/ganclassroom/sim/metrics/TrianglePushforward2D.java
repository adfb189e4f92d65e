package org.ganclassroom.sim.metrics;

/**
 * The exact cell masses of p_g for a generator with two noise inputs: the pushforward of the piecewise-linear
 * interpolant of G∘Φ⁻¹ over a {@link NoiseMesh2D}. Mesh triangle t, of mass μ_t, maps affinely onto the image
 * triangle of its vertices' images and spreads μ_t evenly over it, so
 * <pre>  P_g(cell) = Σ_t μ_t · |image_t ∩ cell| / |image_t|,</pre>
 * computed exactly (to rounding) with no kernel and no sampling. Since Σ_t (μ_t / A_t)·w_t(x), with A_t the signed
 * image area and w_t the winding number of its boundary, equals that sum, each mesh edge is rasterised once,
 * weighted by the difference of its two triangles' signed densities, into an accumulation buffer whose row prefix
 * sums are the exact covered areas (the signed-area scan of font-rs). A folded G (negative A_t) is handled by the
 * signs. A triangle whose image is (nearly) degenerate — |A_t| below 10⁻⁹ cells — spreads μ_t instead along its
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
    /** Largest x of an edge the in-grid scan takes: short of n, so rounding cannot reach past the spare columns. */
    private final double inner;
    private final int m;
    private final double[] halfRectMass;
    private final double totalMass;
    private final double[] gx;
    private final double[] gy;
    private final double[] rho1;
    private final double[] rho2;
    private final double[] acc;
    /** Differences of runs of equal additions to {@link #acc} (long shallow edges), summed back in by collect. */
    private final double[] flat;
    private final double[] leftColumn;
    private final double[] leftPartial;
    private final int[] degenerate;
    private int degenerateCount;
    private final double[] cellMass;
    private double degenerateMass;
    private int rowFrom;
    private int rowTo;
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
        this.inner = n - 1e-6;
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
        acc = new double[n * (n + 2)];
        flat = new double[n * (n + 2)];
        leftColumn = new double[n + 1];
        leftPartial = new double[n];
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
        rowFrom = n;
        rowTo = 0;
        densities();
        edges();
        double inside = collect() + depositDegenerate();
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

    /** The degenerate triangles of this call, along their segments, after {@link #collect} wrote the cells. */
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
        if (weight == 0.0) {
            return;
        }
        double x0 = gx[a];
        double y0 = gy[a];
        double x1 = gx[b];
        double y1 = gy[b];
        if (x0 >= 0 && x0 <= inner && x1 >= 0 && x1 <= inner && y0 >= 0 && y0 <= n && y1 >= 0 && y1 <= n) {
            inside(x0, y0, x1, y1, weight);
            return;
        }
        // Split where the edge crosses x = 0 or x = n, so clamping x to [0, n] moves each piece exactly
        // onto the border it lies beyond, which keeps the winding number of every cell inside.
        double lo = Math.min(x0, x1);
        double hi = Math.max(x0, x1);
        if (lo < 0 && hi > 0) {
            double t = x0 / (x0 - x1);
            double yc = y0 + t * (y1 - y0);
            piece(x0, y0, 0, yc, weight);
            x0 = 0;
            y0 = yc;
            lo = 0;
        }
        if (lo < n && hi > n) {
            double t = (n - x0) / (x1 - x0);
            double yc = y0 + t * (y1 - y0);
            piece(x0, y0, n, yc, weight);
            x0 = n;
            y0 = yc;
        }
        piece(x0, y0, x1, y1, weight);
    }

    /**
     * Accumulates one edge piece that lies wholly on one side of x = 0 and of x = n (clamped). A piece right of
     * the grid only reaches the two spare columns, which {@link #collect} ignores, so it is skipped; a piece left
     * of it adds its signed height to column 0 of each row, which goes into {@link #leftColumn} as differences.
     */
    private void piece(double xa, double ya, double xb, double yb, double weight) {
        if (ya == yb) {
            return;
        }
        double dir = weight;
        if (ya > yb) {
            dir = -weight;
            double t = xa;
            xa = xb;
            xb = t;
            t = ya;
            ya = yb;
            yb = t;
        }
        if (yb <= 0 || ya >= n) {
            return;
        }
        xa = clampX(xa);
        xb = clampX(xb);
        if (xa >= n && xb >= n) {
            return;
        }
        double xEnd = xb;
        double dxdy = (xb - xa) / (yb - ya);
        double x = xa;
        if (ya < 0) {
            x -= ya * dxdy;
            ya = 0;
        }
        if (yb > n) {
            xEnd = x + (n - ya) * dxdy;
            yb = n;
        }
        int yFirst = (int) ya;
        int yLast = (int) Math.ceil(yb) - 1;
        rowFrom = Math.min(rowFrom, yFirst);
        rowTo = Math.max(rowTo, yLast + 1);
        if (xa <= 0 && xb <= 0) {
            left(yFirst, yLast, ya, yb, dir);
            return;
        }
        double lo = Math.min(xa, xb);
        double hi = Math.max(xa, xb);
        int width = n + 2;
        if (yFirst == yLast) {
            row(yFirst * width, x, clamp(xEnd, lo, hi), (yb - ya) * dir);
            return;
        }
        double xNext = clamp(x + (yFirst + 1 - ya) * dxdy, lo, hi);
        row(yFirst * width, x, xNext, (yFirst + 1 - ya) * dir);
        x = xNext;
        double xRow = x;
        if (lo == hi) {
            // a vertical piece covers the same two cells of every row in between
            int i0 = (int) x;
            double f = x - i0;
            double dl = dir - dir * f;
            double dr = dir * f;
            for (int y = yFirst + 1, start = y * width; y < yLast; y++, start += width) {
                acc[start + i0] += dl;
                acc[start + i0 + 1] += dr;
            }
        } else {
            for (int y = yFirst + 1; y < yLast; y++) {
                xNext = clamp(xRow + (y - yFirst) * dxdy, lo, hi);
                row(y * width, x, xNext, dir);
                x = xNext;
            }
        }
        row(yLast * width, x, clamp(xEnd, lo, hi), (yb - yLast) * dir);
    }

    /**
     * An edge wholly inside the grid (x below {@link #inner}, so no index passes the spare columns), rows in one
     * loop with no clamping and no division: every row of an edge shares its height per unit of x, ds.
     */
    private void inside(double xa, double ya, double xb, double yb, double weight) {
        if (ya == yb) {
            return;
        }
        double dir = weight;
        if (ya > yb) {
            dir = -weight;
            double t = xa;
            xa = xb;
            xb = t;
            t = ya;
            ya = yb;
            yb = t;
        }
        int yFirst = (int) ya;
        int yLast = (int) Math.ceil(yb) - 1;
        rowFrom = Math.min(rowFrom, yFirst);
        rowTo = Math.max(rowTo, yLast + 1);
        double height = yb - ya;
        double run = xb - xa;
        double dxdy = run / height;
        double ds = run == 0.0 ? 0.0 : dir * height / Math.abs(run);
        int width = n + 2;
        int start = yFirst * width;
        boolean steep = Math.abs(run) < height;
        if (yFirst == yLast) {
            if (steep) {
                cross(start, xa, xb, height * dir, ds);
            } else {
                wide(start, xa, xb, height * dir, ds);
            }
            return;
        }
        double h = yFirst + 1 - ya;
        double x = xa;
        double xNext = xa + h * dxdy;
        if (steep) {
            cross(start, x, xNext, h * dir, ds);
            for (int y = yFirst + 1; y < yLast; y++) {
                start += width;
                x = xNext;
                xNext = xa + (y + 1 - ya) * dxdy;
                cross(start, x, xNext, dir, ds);
            }
            cross(start + width, xNext, xb, (yb - yLast) * dir, ds);
        } else {
            wide(start, x, xNext, h * dir, ds);
            for (int y = yFirst + 1; y < yLast; y++) {
                start += width;
                x = xNext;
                xNext = xa + (y + 1 - ya) * dxdy;
                wide(start, x, xNext, dir, ds);
            }
            wide(start + width, xNext, xb, (yb - yLast) * dir, ds);
        }
    }

    /**
     * A row's share of a steep edge (less than one cell wide, so it crosses at most one cell border) without a
     * branch: the part right of the border, of height ds·e, goes to the next cell.
     */
    private void cross(int start, double x, double xNext, double d, double ds) {
        double lo = Math.min(x, xNext);
        double hi = Math.max(x, xNext);
        int i0 = (int) lo;
        double e = Math.max(0.0, hi - (i0 + 1));
        double dRight = ds * e;
        double dLeft = d - dRight;
        double mLeft = 0.5 * (lo + hi - e) - i0;
        double mRight = 0.5 * e;
        int k = start + i0;
        acc[k] += dLeft - dLeft * mLeft;
        acc[k + 1] += dLeft * mLeft + dRight - dRight * mRight;
        acc[k + 2] += dRight * mRight;
    }

    /** A row's share of a shallow edge, as {@link #row} but with the edge's height per unit of x, ds, given. */
    private void wide(int start, double x, double xNext, double d, double ds) {
        double lo = Math.min(x, xNext);
        double hi = Math.max(x, xNext);
        int i0 = (int) lo;
        if (hi <= i0 + 1) {
            double mid = 0.5 * (lo + hi) - i0;
            acc[start + i0] += d - d * mid;
            acc[start + i0 + 1] += d * mid;
            return;
        }
        int i1 = (int) hi;
        if (i1 < hi) {
            i1++;
        }
        double f0 = lo - i0;
        double first = 0.5 * ds * (1 - f0) * (1 - f0);
        double f1 = hi - i1 + 1;
        double last = 0.5 * ds * f1 * f1;
        acc[start + i0] += first;
        if (i1 == i0 + 2) {
            acc[start + i0 + 1] += d - first - last;
        } else {
            double second = ds * (1.5 - f0);
            acc[start + i0 + 1] += second - first;
            int between = i1 - i0 - 3;
            if (between > 0) {
                // the cells wholly crossed each get ds: a run, added by collect's second running sum
                flat[start + i0 + 2] += ds;
                flat[start + i1 - 1] -= ds;
            }
            acc[start + i1 - 1] += d - second - between * ds - last;
        }
        acc[start + i1] += last;
    }

    /** A piece on the left border (x = 0) of signed height dir, from ya to yb, in rows yFirst..yLast. */
    private void left(int yFirst, int yLast, double ya, double yb, double dir) {
        if (yFirst == yLast) {
            leftPartial[yFirst] += (yb - ya) * dir;
            return;
        }
        leftPartial[yFirst] += (yFirst + 1 - ya) * dir;
        leftPartial[yLast] += (yb - yLast) * dir;
        leftColumn[yFirst + 1] += dir;
        leftColumn[yLast] -= dir;
    }

    /** One row's share of a piece: from x to xNext, signed height d, into the buffer row at start. */
    private void row(int start, double x, double xNext, double d) {
        double lo = Math.min(x, xNext);
        double hi = Math.max(x, xNext);
        // x is clamped to [0, n], so truncation is the floor
        int i0 = (int) lo;
        if (hi <= i0 + 1) {
            double mid = 0.5 * (x + xNext) - i0;
            acc[start + i0] += d - d * mid;
            acc[start + i0 + 1] += d * mid;
        } else {
            wideRow(start, lo, hi, i0, d);
        }
    }

    /** A row's share that crosses at least one cell border (kept out of {@link #row} so the JIT inlines that). */
    private void wideRow(int start, double lo, double hi, int i0, double d) {
        double loFloor = i0;
        int i1 = (int) hi;
        if (i1 < hi) {
            i1++;
        }
        double s = 1.0 / (hi - lo);
        double f0 = lo - loFloor;
        double a0 = 0.5 * s * (1 - f0) * (1 - f0);
        double f1 = hi - i1 + 1;
        double am = 0.5 * s * f1 * f1;
        acc[start + i0] += d * a0;
        if (i1 == i0 + 2) {
            acc[start + i0 + 1] += d * (1 - a0 - am);
        } else {
            double a1 = s * (1.5 - f0);
            acc[start + i0 + 1] += d * (a1 - a0);
            double ds = d * s;
            for (int i = i0 + 2; i < i1 - 1; i++) {
                acc[start + i] += ds;
            }
            double a2 = a1 + (i1 - i0 - 3) * s;
            acc[start + i1 - 1] += d * (1 - a2 - am);
        }
        acc[start + i1] += d * am;
    }

    private static double clamp(double x, double lo, double hi) {
        return x <= lo ? lo : Math.min(x, hi);
    }

    private double clampX(double x) {
        return x <= 0 ? 0 : Math.min(x, n);
    }

    /**
     * Row prefix sums of the buffer (clearing it) into the block-ordered cell masses, over the rows an edge
     * reached (the others get zero); returns the inside mass.
     */
    private double collect() {
        int width = n + 2;
        double inside = 0;
        double leftRun = 0;
        for (int y = 0; y < n; y++) {
            int rowBase = ((y / r) * blocks * r + y % r) * r;
            if (y < rowFrom || y >= rowTo) {
                for (int bx = 0; bx < blocks; bx++) {
                    int out = rowBase + bx * r * r;
                    for (int rx = 0; rx < r; rx++) {
                        cellMass[out + rx] = 0.0;
                    }
                }
                continue;
            }
            int start = y * width;
            leftRun += leftColumn[y];
            leftColumn[y] = 0.0;
            double run = leftRun + leftPartial[y];
            leftPartial[y] = 0.0;
            double rowSum = 0;
            double runs = 0;
            for (int bx = 0; bx < blocks; bx++) {
                int out = rowBase + bx * r * r;
                int in = start + bx * r;
                for (int rx = 0; rx < r; rx++) {
                    runs += flat[in + rx];
                    flat[in + rx] = 0.0;
                    run += acc[in + rx] + runs;
                    acc[in + rx] = 0.0;
                    cellMass[out + rx] = run;
                    rowSum += run;
                }
            }
            inside += rowSum;
            acc[start + n] = 0.0;
            acc[start + n + 1] = 0.0;
            flat[start + n] = 0.0;
        }
        leftColumn[n] = 0.0;
        return inside;
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
