package org.ganclassroom.ui.charts;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.ganclassroom.sim.train.Snapshot;

/** The lines over the 2-D heat map: density contours of p_data and p_g, and the generator's manifold. */
final class DensityLines2D {
    private final Heatmap2D chart;
    private final ContourLines contourLines = new ContourLines();

    DensityLines2D(Heatmap2D chart) {
        this.chart = chart;
    }

    /** The noise grid's lines pushed through G, {@code lines[line][2][point]}. */
    void manifold(GraphicsContext gc, double[][][] manifold) {
        gc.setStroke(chart.palette().manifold().deriveColor(0, 1, 1, 0.75));
        gc.setLineWidth(1.1);
        // every line in one path and one stroke (see ShapeBatch); a non-finite point breaks its line there
        gc.beginPath();
        for (double[][] line : manifold) {
            if (line == null || line.length < 2) {
                continue;
            }
            double[] lx = line[0];
            double[] ly = line[1];
            int n = Math.min(lx.length, ly.length);
            boolean open = false;
            for (int i = 0; i < n; i++) {
                if (ChartBase.finite(lx[i]) && ChartBase.finite(ly[i])) {
                    if (open) {
                        gc.lineTo(chart.sx(lx[i]), chart.sy(ly[i]));
                    } else {
                        gc.moveTo(chart.sx(lx[i]), chart.sy(ly[i]));
                        open = true;
                    }
                } else {
                    chart.skip();
                    open = false;
                }
            }
        }
        gc.stroke();
        gc.beginPath();
    }

    /** Level lines at ⅒ and ½ of the density's maximum, each chained into polylines (see ContourLines). */
    void contours(GraphicsContext gc, Snapshot s, double[] v, Color c, double width) {
        double max = FiniteValues.max(v);
        if (!(max > 0)) {
            return;
        }
        int n = s.gridSize();
        if (v.length < n * n) {
            return;
        }
        gc.setStroke(c);
        gc.setLineWidth(width);
        // One stroke per line: the software renderer computes and blends a coverage mask over the whole bounding
        // box of each stroke, so one path holding every line costs the area of the whole plot.
        double gridLower = chart.gridLower();
        double cell = (chart.gridUpper() - gridLower) / n;
        for (double frac : new double[]{0.1, 0.5}) {
            contourLines.trace(v, n, frac * max);
            chart.skip(contourLines.skipped());
            for (int k = 0; k < contourLines.lines(); k++) {
                gc.beginPath();
                for (int q = 0; q < contourLines.size(k); q++) {
                    double x = chart.sx(gridLower + (contourLines.x(k, q) + 0.5) * cell);
                    double y = chart.sy(gridLower + (contourLines.y(k, q) + 0.5) * cell);
                    if (q == 0) {
                        gc.moveTo(x, y);
                    } else {
                        gc.lineTo(x, y);
                    }
                }
                gc.stroke();
            }
        }
        gc.beginPath();
    }
}
