package org.ganclassroom.ui.charts;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.ganclassroom.sim.train.Snapshot;

/**
 * The samples on the 2-D chart: minibatch dots, the fixed noise set pushed through G, the generator's push
 * arrows, and a wedge on the frame for each generated sample beyond the shown range.
 */
final class SampleMarks2D {
    private final Heatmap2D chart;
    private final ShapeBatch batch = new ShapeBatch();
    private final DotStamp realDot = new DotStamp();
    private final DotStamp fakeDot = new DotStamp();

    SampleMarks2D(Heatmap2D chart) {
        this.chart = chart;
    }

    /** Every generated sample as a small pale dot (shows where all of p_g's mass goes). */
    void generated(GraphicsContext gc, double[][] generated) {
        gc.setFill(chart.palette().fake().deriveColor(0, 1, 1, 0.35));
        double[] gx = generated[0];
        double[] gy = generated[1];
        for (int i = 0; i < gx.length; i++) {
            if (ChartBase.finite(gx[i]) && ChartBase.finite(gy[i])) {
                gc.fillRect(chart.sx(gx[i]) - 1, chart.sy(gy[i]) - 1, 2, 2);
            } else {
                chart.skip();
            }
        }
    }

    /** A vermillion wedge on the frame where each generated sample beyond it lies, pointing its way. */
    void edgeMarkers(GraphicsContext gc, double[][] points) {
        if (points == null || points.length < 2) {
            return;
        }
        gc.setFill(chart.palette().fake());
        int n = Math.min(points[0].length, points[1].length);
        double side = chart.side();
        double cx = chart.plotX() + side / 2;
        double cy = chart.plotY() + side / 2;
        double[] range = chart.shownRange();
        double lower = range[0];
        double upper = range[1];
        for (int i = 0; i < n; i++) {
            double x = points[0][i];
            double y = points[1][i];
            if (Double.isNaN(x) || Double.isNaN(y) || (x >= lower && x <= upper && y >= lower && y <= upper)) {
                continue;
            }
            double dx = chart.sx(Math.max(-1e9, Math.min(1e9, x))) - cx;
            double dy = chart.sy(Math.max(-1e9, Math.min(1e9, y))) - cy;
            double t = (side / 2) / Math.max(Math.abs(dx), Math.abs(dy));
            double ux = dx / Math.hypot(dx, dy);
            double uy = dy / Math.hypot(dx, dy);
            double ex = cx + dx * t;
            double ey = cy + dy * t;
            double len = 11;
            double half = 6;
            gc.fillPolygon(new double[]{ex + ux * 2, ex - ux * len - uy * half, ex - ux * len + uy * half},
                    new double[]{ey + uy * 2, ey - uy * len + ux * half, ey - uy * len - ux * half}, 3);
        }
    }

    void dots(GraphicsContext gc, double[][] points, Color c) {
        if (points == null || points.length < 2) {
            return;
        }
        dotsXY(gc, points[0], points[1], c);
    }

    void dotsXY(GraphicsContext gc, double[] xs, double[] ys, Color c) {
        int n = Math.min(xs.length, ys.length);
        double r = chart.side() > 500 ? 4.5 : 3.5;
        ChartPalette p = chart.palette();
        DotStamp stamp = (c == p.fake() ? fakeDot : realDot).of(c, p.sampleOutline(), r, chart.renderScale());
        for (int i = 0; i < n; i++) {
            if (!ChartBase.finite(xs[i]) || !ChartBase.finite(ys[i])) {
                chart.skip();
                continue;
            }
            stamp.draw(gc, chart.sx(xs[i]), chart.sy(ys[i]));
        }
    }

    void pushArrows(GraphicsContext gc, Snapshot s) {
        double[][] f = s.fakeBatch();
        double[][] push = s.fakePush();
        if (f == null || push == null || f.length < 2 || push.length < 2) {
            return;
        }
        int n = Math.min(f[0].length, push[0].length);
        double maxNorm = 0;
        for (int i = 0; i < n; i++) {
            double norm = Math.hypot(push[0][i], push[1][i]);
            if (ChartBase.finite(norm)) {
                maxNorm = Math.max(maxNorm, norm);
            }
        }
        if (!(maxNorm > 0)) {
            return;
        }
        double maxLen = Math.max(14, chart.side() / 16);
        gc.setStroke(chart.palette().fake());
        gc.setFill(chart.palette().fake());
        gc.setLineWidth(1.3);
        batch.clear();
        for (int i = 0; i < n; i++) {
            double fx = f[0][i];
            double fy = f[1][i];
            double ux = push[0][i];
            double uy = push[1][i];
            if (!ChartBase.finite(fx) || !ChartBase.finite(fy) || !ChartBase.finite(ux) || !ChartBase.finite(uy)) {
                chart.skip();
                continue;
            }
            double len = Math.hypot(ux, uy) / maxNorm * maxLen;
            if (len < 3) {
                continue;
            }
            double k = len / Math.hypot(ux, uy);
            double x0 = chart.sx(fx);
            double y0 = chart.sy(fy);
            batch.add(x0, y0, x0 + ux * k, y0 - uy * k);
        }
        batch.drawArrows(gc);
    }
}
