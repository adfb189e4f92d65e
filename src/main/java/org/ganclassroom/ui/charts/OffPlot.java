package org.ganclassroom.ui.charts;

/**
 * How many of a batch of 2-D points lie outside the plotted square [lower, upper]²; a non-finite point counts
 * as off the plot.
 *
 * @param off   points outside the square
 * @param total points in the batch
 */
public record OffPlot(int off, int total) {
    public static final OffPlot NONE = new OffPlot(0, 0);

    /** Counts the points {@code (points[0][i], points[1][i])} outside [lower, upper]². */
    public static OffPlot of(double[][] points, double lower, double upper) {
        if (points == null || points.length < 2) {
            return NONE;
        }
        int n = Math.min(points[0].length, points[1].length);
        int off = 0;
        for (int i = 0; i < n; i++) {
            if (!inside(points[0][i], lower, upper) || !inside(points[1][i], lower, upper)) {
                off++;
            }
        }
        return new OffPlot(off, n);
    }

    private static boolean inside(double v, double lower, double upper) {
        return v >= lower && v <= upper;
    }
}
