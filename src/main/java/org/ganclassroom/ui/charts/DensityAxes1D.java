package org.ganclassroom.ui.charts;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * The 1-D chart's axes: the density grid, ticks and labels on the left and along x, the frame, and the D (or
 * critic) axis on the right.
 */
final class DensityAxes1D {
    private final DensityChart1D chart;

    DensityAxes1D(DensityChart1D chart) {
        this.chart = chart;
    }

    /** Grid lines inside the plot (labels false: drawn under the curves) or ticks, labels and frame (after the mask). */
    void gridAndAxes(GraphicsContext gc, double yMax, boolean labels) {
        ChartPalette p = chart.palette();
        double px0 = chart.plotX();
        double py0 = chart.plotY();
        double pw = chart.plotWidth();
        double ph = chart.plotHeight();
        gc.setLineWidth(1);
        gc.setFont(chart.small());
        gc.setTextBaseline(VPos.CENTER);
        // y grid + left labels (density)
        double step = Ticks.step(0, yMax, 5);
        gc.setTextAlign(TextAlignment.RIGHT);
        for (double v = 0; v <= yMax + 1e-12; v += step) {
            double y = py0 + ph - v / yMax * ph;
            if (labels) {
                gc.setFill(p.mutedText());
                gc.fillText(Ticks.label(v, step), px0 - 6, y);
            } else {
                gc.setFill(p.grid());
                ChartBase.hRule(gc, px0, px0 + pw, y);
            }
        }
        // x ticks
        double lower = chart.lower();
        double upper = chart.upper();
        double xs = Ticks.step(lower, upper, Math.max(2, (int) (pw / 70)));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double v = Ticks.first(lower, xs); v <= upper + 1e-9; v += xs) {
            double x = chart.sx(v);
            if (labels) {
                gc.setFill(p.axis());
                ChartBase.vRule(gc, x, py0 + ph, py0 + ph + 5);
                gc.setFill(p.mutedText());
                gc.fillText(Ticks.label(v, xs), x, py0 + ph + 7);
            } else {
                gc.setFill(p.grid());
                ChartBase.vRule(gc, x, py0, py0 + ph);
            }
        }
        if (!labels) {
            return;
        }
        gc.setFill(p.axis());
        ChartBase.frame(gc, px0, py0, pw, ph);
        gc.setFill(p.mutedText());
        gc.setFont(chart.small());
        gc.fillText("x", px0 + pw / 2, py0 + ph + 26);
        // left axis title
        gc.save();
        gc.translate(14, py0 + ph / 2);
        gc.rotate(-90);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("density", 0, 0);
        gc.restore();
    }

    /** The right-hand axis of D(x) (or the critic's T(x)) from lo to hi, when either curve is shown. */
    void rightAxis(GraphicsContext gc, boolean critic, double lo, double hi) {
        if (!chart.showsD() && !(chart.showsDStar() && !critic)) {
            return;
        }
        ChartPalette p = chart.palette();
        double px0 = chart.plotX();
        double py0 = chart.plotY();
        double pw = chart.plotWidth();
        double ph = chart.plotHeight();
        gc.setFont(chart.small());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double step = Ticks.step(lo, hi, 4);
        for (double v = Ticks.first(lo, step); v <= hi + 1e-9; v += step) {
            double y = py0 + ph - (v - lo) / (hi - lo) * ph;
            gc.setFill(p.discriminator());
            ChartBase.hRule(gc, px0 + pw, px0 + pw + 5, y);
            gc.fillText(Ticks.label(v, step), px0 + pw + 8, y);
        }
        gc.save();
        gc.translate(px0 + pw + 50, py0 + ph / 2);
        gc.rotate(90);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFill(p.discriminator());
        gc.fillText(critic ? "critic T(x)" : "D(x)", 0, 0);
        gc.restore();
    }
}
