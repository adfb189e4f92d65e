package org.ganclassroom.ui.charts;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.ganclassroom.sim.train.Snapshot;

/**
 * The 1-D chart's curves over the snapshot's grid: a filled density and stroked series, each broken where a value
 * is not finite. Reuses its coordinate arrays between draws.
 */
final class DensityCurves1D {
    private final DensityChart1D chart;
    private double[] xs = new double[0];
    private double[] ys = new double[0];

    DensityCurves1D(DensityChart1D chart) {
        this.chart = chart;
    }

    /** The area under density v (scaled so that yMax is the plot's top, capped at 1.2×), in a pale c. */
    void fill(GraphicsContext gc, Snapshot s, double[] v, double yMax, Color c) {
        int n = s.gridSize();
        ensure(n + 2);
        int k = 0;
        double base = chart.plotY() + chart.plotHeight();
        double ph = chart.plotHeight();
        for (int i = 0; i < n && i < v.length; i++) {
            double val = v[i];
            if (!ChartBase.finite(val)) {
                chart.skip();
                if (k > 0) {
                    closeFill(gc, k, base, c);
                }
                k = 0;
                continue;
            }
            if (k == 0) {
                xs[0] = chart.sx(s.cellCentre(i));
                ys[0] = base;
                k = 1;
            }
            xs[k] = chart.sx(s.cellCentre(i));
            ys[k] = base - Math.min(val / yMax, 1.2) * ph;
            k++;
        }
        if (k > 0) {
            closeFill(gc, k, base, c);
        }
    }

    private void closeFill(GraphicsContext gc, int k, double base, Color c) {
        xs[k] = xs[k - 1];
        ys[k] = base;
        gc.setFill(c.deriveColor(0, 1, 1, 0.22));
        gc.fillPolygon(xs, ys, k + 1);
    }

    /** A polyline of a grid series on [lo, hi] → plot height, broken at non-finite values. */
    void stroke(GraphicsContext gc, Snapshot s, double[] v, double lo, double hi, Color c, double width,
                double[] dashes) {
        if (v == null) {
            return;
        }
        gc.setStroke(c);
        gc.setLineWidth(width);
        if (dashes != null) {
            gc.setLineDashes(dashes);
        }
        int n = Math.min(s.gridSize(), v.length);
        ensure(n + 2);
        int k = 0;
        double span = hi - lo;
        double py0 = chart.plotY();
        double ph = chart.plotHeight();
        for (int i = 0; i < n; i++) {
            double val = v[i];
            if (!ChartBase.finite(val)) {
                chart.skip();
                if (k > 1) {
                    gc.strokePolyline(xs, ys, k);
                }
                k = 0;
                continue;
            }
            xs[k] = chart.sx(s.cellCentre(i));
            // keep far-off values near the plot so the clip, not the float range, cuts them
            ys[k] = py0 + ph - Math.max(-0.5, Math.min(1.5, (val - lo) / span)) * ph;
            k++;
        }
        if (k > 1) {
            gc.strokePolyline(xs, ys, k);
        }
        gc.setLineDashes();
    }

    private void ensure(int n) {
        if (xs.length < n) {
            xs = new double[n];
            ys = new double[n];
        }
    }
}
