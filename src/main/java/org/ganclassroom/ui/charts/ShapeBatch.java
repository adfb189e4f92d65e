package org.ganclassroom.ui.charts;

import javafx.scene.canvas.GraphicsContext;

/**
 * Many small shapes as one path, drawn with one fill or stroke. The software renderer (the only one under
 * Xvfb or on machines without a usable GPU) rasterises every fill and stroke call into a coverage mask of its
 * own, with a fixed cost per call that dominates when there are many small shapes (docs/PERFORMANCE.md).
 * Reused: nothing is allocated per shape.
 */
final class ShapeBatch {
    private double[] x0 = new double[64];
    private double[] y0 = new double[64];
    private double[] x1 = new double[64];
    private double[] y1 = new double[64];
    private int n;

    /** Forgets the collected segments. */
    void clear() {
        n = 0;
    }

    /** Collects one segment (an arrow runs from (ax, ay) to its head at (bx, by)). */
    void add(double ax, double ay, double bx, double by) {
        if (n == x0.length) {
            x0 = java.util.Arrays.copyOf(x0, 2 * n);
            y0 = java.util.Arrays.copyOf(y0, 2 * n);
            x1 = java.util.Arrays.copyOf(x1, 2 * n);
            y1 = java.util.Arrays.copyOf(y1, 2 * n);
        }
        x0[n] = ax;
        y0[n] = ay;
        x1[n] = bx;
        y1[n] = by;
        n++;
    }

    /** Strokes the collected segments as one path (current stroke paint and width). */
    void strokeSegments(GraphicsContext gc) {
        gc.beginPath();
        for (int i = 0; i < n; i++) {
            gc.moveTo(x0[i], y0[i]);
            gc.lineTo(x1[i], y1[i]);
        }
        gc.stroke();
        gc.beginPath();
    }

    /** The collected segments as arrows: shafts in one stroke, heads (length 5) in one fill. */
    void drawArrows(GraphicsContext gc) {
        strokeSegments(gc);
        gc.beginPath();
        double hl = 5;
        for (int i = 0; i < n; i++) {
            double a = Math.atan2(y1[i] - y0[i], x1[i] - x0[i]);
            gc.moveTo(x1[i], y1[i]);
            gc.lineTo(x1[i] - hl * Math.cos(a - 0.45), y1[i] - hl * Math.sin(a - 0.45));
            gc.lineTo(x1[i] - hl * Math.cos(a + 0.45), y1[i] - hl * Math.sin(a + 0.45));
            gc.closePath();
        }
        gc.fill();
        gc.beginPath();
    }

    /** Circles of radius r at the collected start points, filled in one call and outlined in another. */
    void drawDots(GraphicsContext gc, double r, boolean outline) {
        gc.beginPath();
        for (int i = 0; i < n; i++) {
            gc.moveTo(x0[i] + r, y0[i]);
            gc.arc(x0[i], y0[i], r, r, 0, 360);
            gc.closePath();
        }
        gc.fill();
        if (outline) {
            gc.stroke();
        }
        gc.beginPath();
    }
}
