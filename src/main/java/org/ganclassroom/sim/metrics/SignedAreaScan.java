package org.ganclassroom.sim.metrics;

/**
 * The signed-area scan behind {@link TrianglePushforward2D} (that of font-rs): each weighted edge adds, to every cell
 * of the rows it crosses, the signed area between it and the cell's left side times its weight, as differences
 * along the row, so that the row prefix sums {@link #collect} takes are, for a closed polygon, the exact area of the
 * polygon in each cell times its weight (its winding number where it overlaps itself). On an n × n grid of fine
 * cells (n = blocks · R), written out block by block; a scan covers a window of whole block rows, [yLo, yHi) in fine
 * rows, and clips every edge to it (a row's cells depend only on the edges' pieces within that row, so scans of
 * disjoint windows can run at once). Edges beyond x = 0 or x = n are split there and clamped onto the border, which
 * keeps the winding number of every cell inside. Not thread-safe; allocates nothing.
 */
final class SignedAreaScan {
    private final int blocks;
    private final int r;
    private final int n;
    private final int yLo;
    private final int yHi;
    /** Largest x of an edge the in-grid scan takes: short of n, so rounding cannot reach past the spare columns. */
    private final double inner;
    private final double[] acc;
    /** Differences of runs of equal additions to {@link #acc} (long shallow edges), summed back in by collect. */
    private final double[] flat;
    private final double[] leftColumn;
    private final double[] leftPartial;
    private int rowFrom;
    private int rowTo;

    /** The whole grid. */
    SignedAreaScan(int blocks, int refine) {
        this(blocks, refine, 0, blocks);
    }

    /** The block rows [fromBlock, toBlock) of the grid. */
    SignedAreaScan(int blocks, int refine, int fromBlock, int toBlock) {
        if (fromBlock < 0 || toBlock <= fromBlock || toBlock > blocks) {
            throw new IllegalArgumentException("block rows [" + fromBlock + ", " + toBlock + ") of " + blocks);
        }
        this.blocks = blocks;
        this.r = refine;
        this.n = blocks * refine;
        this.yLo = fromBlock * refine;
        this.yHi = toBlock * refine;
        this.inner = n - 1e-6;
        int rows = yHi - yLo;
        acc = new double[rows * (n + 2)];
        flat = new double[rows * (n + 2)];
        leftColumn = new double[rows + 1];
        leftPartial = new double[rows];
        start();
    }

    /** The window's first fine row. */
    int fromRow() {
        return yLo;
    }

    /** The fine row after the window's last. */
    int toRow() {
        return yHi;
    }

    /** Before the first edge of a deposit. */
    void start() {
        rowFrom = yHi;
        rowTo = yLo;
    }

    /** Rasterises the part of the edge (x0, y0) → (x1, y1), in fine cells, within the window, with the given weight. */
    void line(double x0, double y0, double x1, double y1, double weight) {
        boolean xIn = x0 >= 0 && x0 <= inner && x1 >= 0 && x1 <= inner;
        if (xIn && y0 >= yLo && y0 <= yHi && y1 >= yLo && y1 <= yHi) {
            inside(x0, y0, x1, y1, weight);
            return;
        }
        if (xIn) {
            clipped(x0, y0, x1, y1, weight);
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
        if (yb <= yLo || ya >= yHi) {
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
        if (ya < yLo) {
            x += (yLo - ya) * dxdy;
            ya = yLo;
        }
        if (yb > yHi) {
            xEnd = x + (yHi - ya) * dxdy;
            yb = yHi;
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
            row((yFirst - yLo) * width, x, clamp(xEnd, lo, hi), (yb - ya) * dir);
            return;
        }
        double xNext = clamp(x + (yFirst + 1 - ya) * dxdy, lo, hi);
        row((yFirst - yLo) * width, x, xNext, (yFirst + 1 - ya) * dir);
        x = xNext;
        double xRow = x;
        if (lo == hi) {
            // a vertical piece covers the same two cells of every row in between
            int i0 = (int) x;
            double f = x - i0;
            double dl = dir - dir * f;
            double dr = dir * f;
            for (int y = yFirst + 1, start = (y - yLo) * width; y < yLast; y++, start += width) {
                acc[start + i0] += dl;
                acc[start + i0 + 1] += dr;
            }
        } else {
            for (int y = yFirst + 1; y < yLast; y++) {
                xNext = clamp(xRow + (y - yFirst) * dxdy, lo, hi);
                row((y - yLo) * width, x, xNext, dir);
                x = xNext;
            }
        }
        row((yLast - yLo) * width, x, clamp(xEnd, lo, hi), (yb - yLast) * dir);
    }

    /**
     * An edge within the grid's columns that leaves the window's rows: the part within them (if any), its ends
     * moved along the edge onto the window's border rows and kept within the edge's own columns.
     */
    private void clipped(double x0, double y0, double x1, double y1, double weight) {
        if (y0 > y1) {
            double t = x0;
            x0 = x1;
            x1 = t;
            t = y0;
            y0 = y1;
            y1 = t;
            weight = -weight;
        }
        if (!(y1 > yLo && y0 < yHi)) {
            return;
        }
        double lo = Math.min(x0, x1);
        double hi = Math.max(x0, x1);
        double dxdy = (x1 - x0) / (y1 - y0);
        double xa = x0;
        double ya = y0;
        if (ya < yLo) {
            xa = clamp(x0 + (yLo - y0) * dxdy, lo, hi);
            ya = yLo;
        }
        double xb = x1;
        double yb = y1;
        if (yb > yHi) {
            xb = clamp(x0 + (yHi - y0) * dxdy, lo, hi);
            yb = yHi;
        }
        inside(xa, ya, xb, yb, weight);
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
        int start = (yFirst - yLo) * width;
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

    /**
     * A row's share of an edge from x to xNext (signed height d, ds per unit of x): the triangle and trapezoid
     * areas of the first and last cell crossed, ds in each cell wholly crossed.
     */
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
        int first = yFirst - yLo;
        int last = yLast - yLo;
        if (first == last) {
            leftPartial[first] += (yb - ya) * dir;
            return;
        }
        leftPartial[first] += (yFirst + 1 - ya) * dir;
        leftPartial[last] += (yb - yLast) * dir;
        leftColumn[first + 1] += dir;
        leftColumn[last] -= dir;
    }

    /**
     * One row's share of a clamped piece: from x to xNext, signed height d, into the buffer row at start; the
     * share of {@link #wide} with the row's own height per unit of x (unused, hence harmless if infinite, when
     * the share stays in one cell).
     */
    private void row(int start, double x, double xNext, double d) {
        wide(start, x, xNext, d, d / Math.abs(xNext - x));
    }

    private static double clamp(double x, double lo, double hi) {
        return x <= lo ? lo : Math.min(x, hi);
    }

    private double clampX(double x) {
        return x <= 0 ? 0 : Math.min(x, n);
    }

    /**
     * Row prefix sums of the buffer (clearing it) into the block-ordered cell masses of the window's rows, over the
     * rows an edge reached (the window's others get zero); returns the window's inside mass. Ready for the next
     * {@link #start()}.
     */
    double collect(double[] cellMass) {
        int width = n + 2;
        double inside = 0;
        double leftRun = 0;
        for (int y = yLo; y < yHi; y++) {
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
            int w = y - yLo;
            int start = w * width;
            leftRun += leftColumn[w];
            leftColumn[w] = 0.0;
            double run = leftRun + leftPartial[w];
            leftPartial[w] = 0.0;
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
        leftColumn[yHi - yLo] = 0.0;
        return inside;
    }
}
