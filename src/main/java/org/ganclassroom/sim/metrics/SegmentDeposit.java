package org.ganclassroom.sim.metrics;

/**
 * Deposits a degenerate image triangle, one whose three vertices a, b, c are collinear, onto a fine grid in grid
 * units (cell (x, y) = [x, x+1) × [y, y+1), block-ordered as in {@link TrianglePushforward2D}). A uniform mass on a
 * triangle pushed through a rank-1 affine map is the triangular distribution along the image segment P→Q (the two
 * extreme vertices) with its mode at the middle vertex, t_c: F(t) = t²/t_c for t ≤ t_c, 1 − (1 − t)²/(1 − t_c)
 * after. Each cell the segment crosses receives F(t_out) − F(t_in); only the part within the window of rows
 * [yLo, yHi) is deposited (windows that tile the grid deposit, between them, each cell's share exactly once), and the
 * parts outside the grid are dropped (the caller counts them as outside mass). A segment shorter than 10⁻¹² cells
 * is a point. Returns the mass deposited inside the window.
 */
final class SegmentDeposit {
    private SegmentDeposit() {
    }

    static double triangle(double ax, double ay, double bx, double by, double cx, double cy, double mass,
                         int n, int yLo, int yHi, int r, int blocks, double[] out) {
        double lab = sq(bx - ax, by - ay);
        double lbc = sq(cx - bx, cy - by);
        double lca = sq(ax - cx, ay - cy);
        double px;
        double py;
        double qx;
        double qy;
        double vx;
        double vy;
        if (lab >= lbc && lab >= lca) {
            px = ax; py = ay; qx = bx; qy = by; vx = cx; vy = cy;
        } else if (lbc >= lca) {
            px = bx; py = by; qx = cx; qy = cy; vx = ax; vy = ay;
        } else {
            px = cx; py = cy; qx = ax; qy = ay; vx = bx; vy = by;
        }
        double dx = qx - px;
        double dy = qy - py;
        double len2 = dx * dx + dy * dy;
        if (len2 < 1e-24) {
            if (px >= 0 && px < n && py >= yLo && py < yHi) {
                out[index((int) px, (int) py, r, blocks)] += mass;
                return mass;
            }
            return 0.0;
        }
        double mode = Math.max(0, Math.min(1, ((vx - px) * dx + (vy - py) * dy) / len2));
        // Liang–Barsky: the parameter range inside [0, n] × [yLo, yHi].
        double t0 = 0;
        double t1 = 1;
        for (int side = 0; side < 4; side++) {
            double q = side == 0 ? -dx : side == 1 ? dx : side == 2 ? -dy : dy;
            double s = side == 0 ? px : side == 1 ? n - px : side == 2 ? py - yLo : yHi - py;
            if (q == 0) {
                if (s < 0) {
                    return 0.0;
                }
            } else if (q < 0) {
                t0 = Math.max(t0, s / q);
            } else {
                t1 = Math.min(t1, s / q);
            }
        }
        if (!(t0 < t1)) {
            return 0.0;
        }
        // Merge the crossings of vertical and horizontal grid lines, in increasing t.
        double tx = nextCrossing(px, dx, t0);
        double ty = nextCrossing(py, dy, t0);
        double t = t0;
        double f = cdf(t, mode);
        double inside = 0;
        while (t < t1) {
            double next = Math.min(t1, Math.min(tx, ty));
            double mid = 0.5 * (t + next);
            int ix = Math.min(n - 1, Math.max(0, (int) Math.floor(px + mid * dx)));
            int iy = Math.min(yHi - 1, Math.max(yLo, (int) Math.floor(py + mid * dy)));
            double fn = cdf(next, mode);
            double part = mass * (fn - f);
            out[index(ix, iy, r, blocks)] += part;
            inside += part;
            f = fn;
            t = next;
            if (tx <= t) {
                tx = nextCrossing(px, dx, t);
            }
            if (ty <= t) {
                ty = nextCrossing(py, dy, t);
            }
        }
        return inside;
    }

    /** The smallest t' &gt; t at which p + t'·d crosses an integer (∞ if d = 0). */
    private static double nextCrossing(double p, double d, double t) {
        if (d == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double at = p + t * d;
        double k = d > 0 ? Math.floor(at) + 1 : Math.ceil(at) - 1;
        double tn = (k - p) / d;
        return tn > t ? tn : t + Math.ulp(t) + 1e-15;
    }

    /** CDF of the triangular distribution on [0, 1] with the given mode. */
    static double cdf(double t, double mode) {
        if (t <= 0) {
            return 0;
        }
        if (t >= 1) {
            return 1;
        }
        return t <= mode ? t * t / mode : 1 - (1 - t) * (1 - t) / (1 - mode);
    }

    static int index(int x, int y, int r, int blocks) {
        return (((y / r) * blocks + x / r) * r + y % r) * r + x % r;
    }

    private static double sq(double x, double y) {
        return x * x + y * y;
    }
}
