package org.ganclassroom.ui.charts;

import java.util.Arrays;

/**
 * Level lines of a function sampled on an n × n grid (marching squares), joined into polylines. A line crosses a
 * cell edge where linear interpolation between the edge's two samples meets the level; the pieces of neighbouring
 * cells meet on the edge they share, so they are chained through it into one polyline per curve (closed curves
 * end on their first point). Whole curves let the 2-D plot stroke each one on its own, over a small bounding box
 * (see {@code Heatmap2D.contours}). Coordinates are in grid units: sample (i, j) sits at (i, j). Cells with a
 * non-finite corner are skipped, so a line stops at them. Reused between frames: nothing is allocated once the
 * buffers have grown.
 */
public final class ContourLines {
    private int n;
    private double level;
    private double[] values;
    // the segments of one trace, each joining two cell edges (edge ids, see edgeId)
    private int[] segFrom = new int[256];
    private int[] segTo = new int[256];
    private int segments;
    // for every edge, the (at most two) segments that end on it
    private int[] edgeSegs = new int[0];
    private boolean[] used = new boolean[256];
    // the result: points of all polylines, and where each polyline starts
    private double[] xs = new double[512];
    private double[] ys = new double[512];
    private int points;
    private int[] starts = new int[32];
    private int lines;
    private long skipped;

    /** Traces the level lines of {@code v} (row-major, {@code v[j * n + i]}) at {@code level}. */
    public void trace(double[] v, int n, double level) {
        this.values = v;
        this.n = n;
        this.level = level;
        segments = 0;
        points = 0;
        lines = 0;
        skipped = 0;
        int edges = 2 * n * n;
        if (edgeSegs.length < 2 * edges) {
            edgeSegs = new int[2 * edges];
        }
        Arrays.fill(edgeSegs, 0, 2 * edges, -1);
        for (int j = 0; j + 1 < n; j++) {
            for (int i = 0; i + 1 < n; i++) {
                cell(i, j);
            }
        }
        chain();
    }

    /** Number of polylines found by the last trace. */
    public int lines() {
        return lines;
    }

    /** Number of points of polyline k. */
    public int size(int k) {
        return (k + 1 < lines ? starts[k + 1] : points) - starts[k];
    }

    /** x (grid units) of point p of polyline k. */
    public double x(int k, int p) {
        return xs[starts[k] + p];
    }

    /** y (grid units) of point p of polyline k. */
    public double y(int k, int p) {
        return ys[starts[k] + p];
    }

    /** Cells skipped in the last trace because a corner was not finite. */
    public long skipped() {
        return skipped;
    }

    private void cell(int i, int j) {
        double a = values[j * n + i];
        double b = values[j * n + i + 1];
        double c = values[(j + 1) * n + i + 1];
        double d = values[(j + 1) * n + i];
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || !Double.isFinite(d)) {
            skipped++;
            return;
        }
        int code = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
        int bottom = hEdge(i, j);
        int top = hEdge(i, j + 1);
        int left = vEdge(i, j);
        int right = vEdge(i + 1, j);
        switch (code) {
            case 1, 14 -> segment(left, bottom);
            case 2, 13 -> segment(bottom, right);
            case 3, 12 -> segment(left, right);
            case 4, 11 -> segment(right, top);
            case 6, 9 -> segment(bottom, top);
            case 7, 8 -> segment(left, top);
            case 5 -> {
                segment(left, top);
                segment(bottom, right);
            }
            case 10 -> {
                segment(left, bottom);
                segment(right, top);
            }
            default -> {
            }
        }
    }

    /** Edge from sample (i, j) to (i + 1, j). */
    private int hEdge(int i, int j) {
        return 2 * (j * n + i);
    }

    /** Edge from sample (i, j) to (i, j + 1). */
    private int vEdge(int i, int j) {
        return 2 * (j * n + i) + 1;
    }

    private void segment(int from, int to) {
        if (segments == segFrom.length) {
            segFrom = Arrays.copyOf(segFrom, 2 * segments);
            segTo = Arrays.copyOf(segTo, 2 * segments);
            used = new boolean[2 * segments];
        }
        int s = segments++;
        segFrom[s] = from;
        segTo[s] = to;
        attach(from, s);
        attach(to, s);
    }

    private void attach(int edge, int s) {
        int k = 2 * edge;
        edgeSegs[edgeSegs[k] < 0 ? k : k + 1] = s;
    }

    /** The other segment ending on {@code edge}, or −1. */
    private int neighbour(int edge, int s) {
        int first = edgeSegs[2 * edge];
        return first == s ? edgeSegs[2 * edge + 1] : first;
    }

    private void chain() {
        Arrays.fill(used, 0, segments, false);
        for (int s = 0; s < segments; s++) {
            if (used[s]) {
                continue;
            }
            // walk back to the line's free end (or once round a closed curve, back to s)
            int cur = s;
            int end = segFrom[s];
            while (true) {
                int prev = neighbour(end, cur);
                if (prev < 0 || prev == s || used[prev]) {
                    if (prev == s) {
                        cur = s;
                        end = segFrom[s];
                    }
                    break;
                }
                end = segFrom[prev] == end ? segTo[prev] : segFrom[prev];
                cur = prev;
            }
            // then forward to the other end, emitting one point per edge crossed
            startLine();
            point(end);
            while (true) {
                used[cur] = true;
                int exit = segFrom[cur] == end ? segTo[cur] : segFrom[cur];
                point(exit);
                int next = neighbour(exit, cur);
                if (next < 0 || used[next]) {
                    break;
                }
                end = exit;
                cur = next;
            }
        }
    }

    private void startLine() {
        if (lines == starts.length) {
            starts = Arrays.copyOf(starts, 2 * lines);
        }
        starts[lines++] = points;
    }

    /** Appends the point where the level crosses {@code edge}. */
    private void point(int edge) {
        if (points == xs.length) {
            xs = Arrays.copyOf(xs, 2 * points);
            ys = Arrays.copyOf(ys, 2 * points);
        }
        int cellIndex = edge >> 1;
        int i = cellIndex % n;
        int j = cellIndex / n;
        double a = values[j * n + i];
        if ((edge & 1) == 0) {
            xs[points] = i + fraction(a, values[j * n + i + 1]);
            ys[points] = j;
        } else {
            xs[points] = i;
            ys[points] = j + fraction(a, values[(j + 1) * n + i]);
        }
        points++;
    }

    private double fraction(double a, double b) {
        double den = b - a;
        return den == 0 ? 0.5 : Math.max(0, Math.min(1, (level - a) / den));
    }
}
