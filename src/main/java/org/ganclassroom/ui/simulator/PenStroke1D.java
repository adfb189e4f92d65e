package org.ganclassroom.ui.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * A curve drawn with the pen over the 1-D plot, as (x, height) samples, turned into the data points of a
 * "drawn" target whose density has the curve's shape: the curve is read as a piecewise-constant density on
 * {@value #BINS} equal bins over the stroke's x range (a bin the pen skipped takes the height interpolated
 * between its neighbours), and the points are that density's quantiles at (i + ½)/n, so n points spread
 * exactly as the drawn shape (the engine smooths them with its kernel).
 */
final class PenStroke1D {
    static final int BINS = 64;
    private final List<double[]> samples = new ArrayList<>();

    /** Adds a pen position; non-finite x is ignored and a height below the axis counts as 0. */
    void add(double x, double height) {
        if (Double.isFinite(x) && !Double.isNaN(height)) {
            samples.add(new double[]{x, Math.max(0, height)});
        }
    }

    void clear() {
        samples.clear();
    }

    boolean isEmpty() {
        return samples.isEmpty();
    }

    /** The samples so far, in the order drawn. */
    List<double[]> samples() {
        return List.copyOf(samples);
    }

    /**
     * {@code n} points (n ≥ 2) whose spread follows the curve, or null if the curve has no area (drawn along the
     * axis or not across any width).
     */
    double[] toPoints(int n) {
        if (samples.isEmpty()) {
            return null;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] s : samples) {
            lo = Math.min(lo, s[0]);
            hi = Math.max(hi, s[0]);
        }
        if (!(hi > lo)) {
            return null;
        }
        double width = (hi - lo) / BINS;
        double[] height = new double[BINS];
        boolean[] seen = new boolean[BINS];
        for (double[] s : samples) {
            int b = Math.min(BINS - 1, (int) ((s[0] - lo) / width));
            height[b] = seen[b] ? Math.max(height[b], s[1]) : s[1];
            seen[b] = true;
        }
        fillGaps(height, seen);
        double total = 0;
        for (double h : height) {
            total += h;
        }
        if (!(total > 0)) {
            return null;
        }
        double[] points = new double[n];
        int b = 0;
        double below = 0; // mass of the bins before b
        for (int i = 0; i < n; i++) {
            double q = (i + 0.5) / n * total;
            while (b < BINS - 1 && below + height[b] < q) {
                below += height[b];
                b++;
            }
            double within = height[b] > 0 ? (q - below) / height[b] : 0.5;
            points[i] = lo + (b + Math.max(0, Math.min(1, within))) * width;
        }
        return points;
    }

    /** Bins the pen did not cross take the height interpolated between the nearest crossed bins. */
    private static void fillGaps(double[] height, boolean[] seen) {
        int prev = -1;
        for (int b = 0; b < height.length; b++) {
            if (!seen[b]) {
                continue;
            }
            if (prev >= 0 && b - prev > 1) {
                for (int g = prev + 1; g < b; g++) {
                    double t = (g - prev) / (double) (b - prev);
                    height[g] = height[prev] + t * (height[b] - height[prev]);
                }
            }
            prev = b;
        }
    }
}
