package org.ganclassroom.ui.charts;

/**
 * How many of a batch of 2-D points lie outside the plotted square [lower, upper]² and how far the farthest one
 * is; a non-finite point counts as off the plot.
 *
 * @param off       points outside the square
 * @param total     points in the batch
 * @param nonFinite points with a non-finite coordinate
 * @param farthest  the largest distance of a finite point from the square's centre, in half-widths of the square
 *                  (1 = on the middle of an edge)
 */
public record OffPlot(int off, int total, int nonFinite, double farthest) {
    public static final OffPlot NONE = new OffPlot(0, 0, 0, 0);
    /** Samples this many half-widths away (or non-finite) mean the run has diverged, not just wandered. */
    public static final double DIVERGED = 10;

    /** Counts the points {@code (points[0][i], points[1][i])} outside [lower, upper]². */
    public static OffPlot of(double[][] points, double lower, double upper) {
        if (points == null || points.length < 2) {
            return NONE;
        }
        int n = Math.min(points[0].length, points[1].length);
        double centre = (lower + upper) / 2;
        double half = (upper - lower) / 2;
        int off = 0;
        int nonFinite = 0;
        double farthest = 0;
        for (int i = 0; i < n; i++) {
            double x = points[0][i];
            double y = points[1][i];
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                nonFinite++;
                off++;
                continue;
            }
            if (!inside(x, lower, upper) || !inside(y, lower, upper)) {
                off++;
            }
            farthest = Math.max(farthest, Math.hypot(x - centre, y - centre) / half);
        }
        return new OffPlot(off, n, nonFinite, farthest);
    }

    /** Whether the samples ran away: a non-finite one, or one {@value #DIVERGED} half-widths out or more. */
    public boolean diverged() {
        return nonFinite > 0 || farthest >= DIVERGED;
    }

    /**
     * The square [lo, hi]² that holds [lower, upper]² and every finite point, with a margin of a twentieth of
     * its width, so that zoomed out every generated sample is on the plot.
     */
    public static double[] enclosing(double lower, double upper, double[][] points) {
        double lo = lower;
        double hi = upper;
        if (points != null && points.length >= 2) {
            int n = Math.min(points[0].length, points[1].length);
            for (int i = 0; i < n; i++) {
                for (double v : new double[]{points[0][i], points[1][i]}) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (lo == lower && hi == upper) {
            return new double[]{lower, upper};
        }
        double margin = (hi - lo) / 20;
        return new double[]{lo - margin, hi + margin};
    }

    private static boolean inside(double v, double lower, double upper) {
        return v >= lower && v <= upper;
    }
}
