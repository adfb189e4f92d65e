package org.ganclassroom.ui.charts;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.sim.run.HistoryView.Series;

/**
 * A history series thinned to its lowest and highest value per pixel column, drawn as a band or a line (see
 * {@link #draw}). Reuses its column buffers between frames.
 */
final class ColumnTrace {
    private double[] colX = new double[0];
    private double[] colFirst = new double[0];
    private double[] colSecond = new double[0];
    private double[] bx = new double[0];
    private double[] by = new double[0];
    private double px0;
    private double py0;
    private double pw;
    private double ph;

    /** The plot rectangle the next series are drawn in. */
    void plot(double x0, double y0, double width, double height) {
        px0 = x0;
        py0 = y0;
        pw = width;
        ph = height;
    }

    /**
     * Draws one series: min/max per pixel column, broken at non-finite values. Where the history has a value in (nearly) every
     * column the series is filled as one band from each column's lowest to its highest value, widened by the
     * line width; otherwise the column values are joined by a line. The band looks like the zigzag line through
     * the same values, and for the software renderer a filled polygon costs a fraction of a stroked zigzag,
     * whose every sharp turn is a join. Returns how many non-finite values it skipped.
     */
    long draw(GraphicsContext gc, HistoryView hv, Series series, double s0, double s1, double lo, double hi,
              Color c, double width, boolean log) {
        long skipped = 0;
        int n = hv.size();
        int cap = (int) pw + 4;
        if (colX.length < cap) {
            colX = new double[cap];
            colFirst = new double[cap];
            colSecond = new double[cap];
            bx = new double[2 * cap + 2];
            by = new double[2 * cap + 2];
        }
        gc.setStroke(c);
        gc.setFill(c);
        gc.setLineWidth(width);
        double scaleX = pw / (s1 - s0);
        double scaleY = ph / (hi - lo);
        int m = 0;
        int col = Integer.MIN_VALUE;
        double cMin = 0;
        double cMax = 0;
        boolean minFirst = true;
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            double val = end ? Double.NaN : (log ? HistoryChart.symlog(hv.value(series, i)) : hv.value(series, i));
            boolean ok = !end && ChartBase.finite(val);
            int thisCol = ok ? (int) ((hv.step(i) - s0) * scaleX) : Integer.MIN_VALUE;
            if (col != Integer.MIN_VALUE && (!ok || thisCol != col)) {
                // the column's lowest and highest value, in the order they came
                colX[m] = px0 + col + 0.5;
                colFirst[m] = pixelY(minFirst ? cMin : cMax, lo, scaleY);
                colSecond[m] = pixelY(minFirst ? cMax : cMin, lo, scaleY);
                m++;
                col = Integer.MIN_VALUE;
                if (m == cap) {
                    drawRun(gc, m, width);
                    m = 0;
                }
            }
            if (!ok) {
                if (!end) {
                    skipped++;
                }
                drawRun(gc, m, width);
                m = 0;
                continue;
            }
            if (col == Integer.MIN_VALUE) {
                col = thisCol;
                cMin = cMax = val;
                minFirst = true;
            } else if (val < cMin) {
                cMin = val;
                minFirst = false;
            } else if (val > cMax) {
                cMax = val;
                minFirst = true;
            }
        }
        gc.setLineDashes();
        return skipped;
    }

    /** Draws columns 0 … m−1 of one unbroken run: a band if they are at most two pixels apart, else a line. */
    private void drawRun(GraphicsContext gc, int m, double width) {
        if (m == 0) {
            return;
        }
        if (m > 1 && colX[m - 1] - colX[0] <= 2.0 * (m - 1)) {
            double half = width / 2;
            for (int k = 0; k < m; k++) {
                // the column's own range, and half of the way to each neighbour's nearest value, so that a steep
                // stretch is covered top to bottom as the line through it would be
                double top = Math.min(colFirst[k], colSecond[k]);
                double bottom = Math.max(colFirst[k], colSecond[k]);
                if (k > 0) {
                    double joint = (colSecond[k - 1] + colFirst[k]) / 2;
                    top = Math.min(top, joint);
                    bottom = Math.max(bottom, joint);
                }
                if (k + 1 < m) {
                    double joint = (colSecond[k] + colFirst[k + 1]) / 2;
                    top = Math.min(top, joint);
                    bottom = Math.max(bottom, joint);
                }
                bx[k] = colX[k];
                by[k] = top - half;
                bx[2 * m - 1 - k] = colX[k];
                by[2 * m - 1 - k] = bottom + half;
            }
            gc.fillPolygon(bx, by, 2 * m);
            return;
        }
        int k = 0;
        for (int j = 0; j < m; j++) {
            bx[k] = colX[j];
            by[k++] = colFirst[j];
            if (colSecond[j] != colFirst[j]) {
                bx[k] = colX[j];
                by[k++] = colSecond[j];
            }
        }
        if (k > 1) {
            gc.strokePolyline(bx, by, k);
        }
    }

    private double pixelY(double v, double lo, double scaleY) {
        return py0 + ph - Math.max(0, Math.min(ph, (v - lo) * scaleY));
    }
}
