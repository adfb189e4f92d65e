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
 * contiguous.
 * <p>The work can be split into a fixed number of parts that may run at once ({@link #prepare}, then {@link #join},
 * then {@link #deposit}, then {@link #finish}): part p maps its own rows of mesh vertices and computes the densities
 * of the triangles between them, and rasterises every edge clipped to its own window of block rows into its own
 * scan, then deposits every degenerate triangle's share within that window, writing only that window's cell masses. The split depends only on the constructor's arguments, so the cell
 * masses are the same bits whichever thread runs which part; {@link #estimate} runs the parts in order. Allocates
 * nothing per call.
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
    /** Least and greatest y (fine cells) of each mesh vertex row's images, to skip rows far from a window. */
    private final double[] rowMin;
    private final double[] rowMax;
    private final double[] rho1;
    private final double[] rho2;
    private final int parts;
    /** Part p maps mesh vertex rows [vertexRow[p], vertexRow[p + 1]). */
    private final int[] vertexRow;
    /** Part p's scan, over block rows [blockRow[p], blockRow[p + 1]). */
    private final SignedAreaScan[] scans;
    private final int[] blockRow;
    /** Degenerate triangles found by part p (list p) and by {@link #join} (list parts), four ints each. */
    private final int[][] degenerate;
    private final int[] degenerateCount;
    private final double[] degenerateMassOf;
    private final double[] insideOf;
    private final double[] cellMass;
    private double degenerateMass;
    private double massOutside;

    /**
     * One part over the whole grid.
     *
     * @param grid   the measuring grid of {@code blocks × blocks} cells
     * @param refine R, fine cells per measuring cell along each axis
     */
    public TrianglePushforward2D(Grid2D grid, int refine, NoiseMesh2D mesh) {
        this(grid, refine, mesh, new int[] {0, grid.n()});
    }

    /**
     * @param grid      the measuring grid of {@code blocks × blocks} cells
     * @param refine    R, fine cells per measuring cell along each axis
     * @param blockRows the parts' windows: part p rasterises block rows [blockRows[p], blockRows[p + 1]), from 0 to
     *                  blocks, increasing; there are blockRows.length − 1 parts, at most half the mesh side
     */
    public TrianglePushforward2D(Grid2D grid, int refine, NoiseMesh2D mesh, int[] blockRows) {
        if (refine < 1) {
            throw new IllegalArgumentException("refine must be ≥ 1, got " + refine);
        }
        this.blocks = grid.n();
        this.r = refine;
        this.n = blocks * refine;
        this.fine = new Grid2D(grid.lower(), grid.upper(), n);
        this.m = mesh.side();
        parts = blockRows.length - 1;
        if (parts < 1 || 2 * parts > m || blockRows[0] != 0 || blockRows[parts] != blocks) {
            throw new IllegalArgumentException("block rows must run from 0 to " + blocks + " in at most " + m / 2
                    + " parts, got " + java.util.Arrays.toString(blockRows));
        }
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
        rowMin = new double[m];
        rowMax = new double[m];
        rho1 = new double[rects];
        rho2 = new double[rects];
        this.blockRow = blockRows.clone();
        vertexRow = new int[parts + 1];
        scans = new SignedAreaScan[parts];
        for (int p = 0; p < parts; p++) {
            vertexRow[p + 1] = (p + 1) * m / parts;
            scans[p] = new SignedAreaScan(blocks, refine, blockRows[p], blockRows[p + 1]);
        }
        degenerate = new int[parts + 1][];
        for (int p = 0; p < parts; p++) {
            degenerate[p] = new int[8 * (vertexRow[p + 1] - vertexRow[p]) * (m - 1)];
        }
        degenerate[parts] = new int[8 * parts * (m - 1)];
        degenerateCount = new int[parts + 1];
        degenerateMassOf = new double[parts + 1];
        insideOf = new double[parts];
        cellMass = new double[n * n];
    }

    /** Deposits p_g from the images (xs[k], ys[k]) of the mesh vertices k = j·m + i: every part, in order. */
    public void estimate(double[] xs, double[] ys) {
        for (int p = 0; p < parts; p++) {
            prepare(xs, ys, p);
        }
        join();
        for (int p = 0; p < parts; p++) {
            deposit(p);
        }
        finish();
    }

    /** The number of parts. */
    public int parts() {
        return parts;
    }

    /** The first mesh vertex of part p's rows: part p needs G's images of vertices [first(p), first(p + 1)). */
    public int firstVertex(int part) {
        return vertexRow[part] * m;
    }

    /** Part p's window: its first block row (p = parts gives the number of block rows). */
    public int firstBlockRow(int part) {
        return blockRow[part];
    }

    /**
     * Step one of part p: its vertices' images (xs, ys at the vertices of its rows; the others are not read) in
     * fine cells, and the densities of the triangles between its vertex rows.
     */
    public void prepare(double[] xs, double[] ys, int part) {
        double lower = fine.lower();
        double inv = 1.0 / fine.dx();
        for (int j = vertexRow[part]; j < vertexRow[part + 1]; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = j * m; k < (j + 1) * m; k++) {
                gx[k] = (xs[k] - lower) * inv;
                double y = (ys[k] - lower) * inv;
                gy[k] = y;
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
            rowMin[j] = lo;
            rowMax[j] = hi;
        }
        degenerateCount[part] = 0;
        degenerateMassOf[part] = 0;
        for (int j = vertexRow[part]; j < vertexRow[part + 1] - 1; j++) {
            densities(j, part);
        }
    }

    /** Step two, once every part has prepared: the triangles between two parts' vertex rows. */
    public void join() {
        degenerateCount[parts] = 0;
        degenerateMassOf[parts] = 0;
        for (int p = 1; p < parts; p++) {
            densities(vertexRow[p] - 1, parts);
        }
    }

    /** Step three of part p, after {@link #join}: every edge, clipped to its window, rasterised and collected. */
    public void deposit(int part) {
        SignedAreaScan scan = scans[part];
        scan.start();
        edges(scan, scan.fromRow(), scan.toRow());
        double inside = scan.collect(cellMass);
        // every part's degenerate triangles, in list order, clipped to this window: each cell gets the same additions
        // in the same order as a deposit of the whole grid would give it
        for (int list = 0; list <= parts; list++) {
            inside += depositDegenerate(list, scan.fromRow(), scan.toRow());
        }
        insideOf[part] = inside;
    }

    /** Step four, after every part's deposit: the mass outside the grid. */
    public void finish() {
        double inside = 0;
        for (int p = 0; p < parts; p++) {
            inside += insideOf[p];
        }
        degenerateMass = 0;
        for (int list = 0; list <= parts; list++) {
            degenerateMass += degenerateMassOf[list];
        }
        massOutside = Math.max(0.0, totalMass - inside);
    }

    /**
     * Signed density μ/A of each triangle of rectangle row j; degenerate ones go on the given list and get 0.
     * Rectangles split along alternate diagonals (checkerboard), so the split's own first-order bias, which
     * moves mass across each diagonal, cancels between neighbours instead of adding up along one direction.
     */
    private void densities(int j, int list) {
        int w = m - 1;
        for (int i = 0; i < w; i++) {
            int v00 = j * m + i;
            int v10 = v00 + 1;
            int v01 = v00 + m;
            int v11 = v01 + 1;
            int rect = j * w + i;
            double mass = halfRectMass[rect];
            if (flipped(i, j)) {
                rho1[rect] = density(v00, v10, v01, mass, rect, list);
                rho2[rect] = density(v10, v11, v01, mass, rect, list);
            } else {
                rho1[rect] = density(v00, v10, v11, mass, rect, list);
                rho2[rect] = density(v00, v11, v01, mass, rect, list);
            }
        }
    }

    /** Rectangles with odd i + j are split along (i+1, j)–(i, j+1). */
    private static boolean flipped(int i, int j) {
        return ((i + j) & 1) != 0;
    }

    private double density(int a, int b, int c, double mass, int rect, int list) {
        double ax = gx[a];
        double ay = gy[a];
        double area = 0.5 * ((gx[b] - ax) * (gy[c] - ay) - (gx[c] - ax) * (gy[b] - ay));
        if (Math.abs(area) > DEGENERATE_AREA) {
            return -mass / area;
        }
        if (Double.isFinite(area)) {
            degenerateMassOf[list] += mass;
            int[] to = degenerate[list];
            int k = 4 * degenerateCount[list]++;
            to[k] = a;
            to[k + 1] = b;
            to[k + 2] = c;
            to[k + 3] = rect;
        }
        return 0.0;
    }

    /** The degenerate triangles of one list, along their segments, after the scans wrote the cells. */
    private double depositDegenerate(int list, int yLo, int yHi) {
        double inside = 0;
        int[] from = degenerate[list];
        for (int t = 0; t < degenerateCount[list]; t++) {
            int k = 4 * t;
            int a = from[k];
            int b = from[k + 1];
            int c = from[k + 2];
            inside += SegmentDeposit.triangle(gx[a], gy[a], gx[b], gy[b], gx[c], gy[c], halfRectMass[from[k + 3]],
                    n, yLo, yHi, r, blocks, cellMass);
        }
        return inside;
    }

    /**
     * Every mesh edge once, weighted by (density of the triangle on its left) − (on its right), into one scan; rows
     * of edges whose images lie wholly beyond the window's rows [yLo, yHi] are skipped. Triangle 1 of a rectangle
     * holds its bottom side, and its right side unless flipped; triangle 2 holds the top side, and the left side
     * unless flipped.
     */
    private void edges(SignedAreaScan scan, double yLo, double yHi) {
        int w = m - 1;
        for (int j = 0; j < m; j++) {
            if (rowMax[j] <= yLo || rowMin[j] >= yHi) {
                continue;
            }
            for (int i = 0; i < w; i++) {
                double below = j < w ? rho1[j * w + i] : 0.0;
                double above = j > 0 ? rho2[(j - 1) * w + i] : 0.0;
                line(scan, yLo, yHi, j * m + i, j * m + i + 1, below - above);
            }
        }
        for (int j = 0; j < w; j++) {
            if (Math.max(rowMax[j], rowMax[j + 1]) <= yLo || Math.min(rowMin[j], rowMin[j + 1]) >= yHi) {
                continue;
            }
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
                line(scan, yLo, yHi, j * m + i, (j + 1) * m + i, left - right);
            }
            for (int i = 0; i < w; i++) {
                int rect = j * w + i;
                if (flipped(i, j)) {
                    line(scan, yLo, yHi, j * m + i + 1, (j + 1) * m + i, rho1[rect] - rho2[rect]);
                } else {
                    line(scan, yLo, yHi, j * m + i, (j + 1) * m + i + 1, rho2[rect] - rho1[rect]);
                }
            }
        }
    }

    /** The edge a → b into the scan, unless it has no weight or lies wholly beyond the window's rows. */
    private void line(SignedAreaScan scan, double yLo, double yHi, int a, int b, double weight) {
        double ya = gy[a];
        double yb = gy[b];
        if (weight != 0.0 && !(ya <= yLo && yb <= yLo) && !(ya >= yHi && yb >= yHi)) {
            scan.line(gx[a], ya, gx[b], yb, weight);
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
