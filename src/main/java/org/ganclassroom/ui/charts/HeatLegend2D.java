package org.ganclassroom.ui.charts;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The 2-D chart's key: the colour bar of D(x) (or T(x)) beside the plot and the legend along its top. */
final class HeatLegend2D {
    private final Heatmap2D chart;

    HeatLegend2D(Heatmap2D chart) {
        this.chart = chart;
    }

    void colourBar(GraphicsContext gc, boolean critic, double lo, double hi) {
        ChartPalette p = chart.palette();
        double side = chart.side();
        double bx = chart.plotX() + side + 18;
        double bh = Math.min(side, 260);
        double by = chart.plotY() + (side - bh) / 2;
        double bw = 16;
        int steps = 64;
        for (int k = 0; k < steps; k++) {
            double t = (k + 0.5) / steps;
            int argb = p.heatArgb(t);
            gc.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
            gc.fillRect(bx, by + bh - (k + 1) * bh / steps, bw, bh / steps + 0.5);
        }
        gc.setStroke(p.axis());
        gc.setLineWidth(1);
        gc.strokeRect(bx + 0.5, by + 0.5, bw, bh);
        gc.setFont(chart.small());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(p.text());
        double[] ticks = {lo, (lo + hi) / 2, hi};
        double step = critic ? Ticks.step(lo, hi, 4) : 0.5;
        for (int k = 0; k < 3; k++) {
            double y = by + bh - k * bh / 2;
            gc.strokeLine(bx + bw, y, bx + bw + 4, y);
            gc.fillText(critic ? Ticks.label(ticks[k], step / 10) : new String[]{"0 fake", "½", "1 real"}[k], bx + bw + 7, y);
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(critic ? "T(x)" : "D(x)", bx - 2, by - 6);
    }

    void legend(GraphicsContext gc, double w) {
        ChartPalette p = chart.palette();
        gc.setFont(chart.small());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = chart.plotX();
        double y = 16;
        x = legendDot(gc, x, y, p.real(), "real samples");
        x = legendDot(gc, x, y, p.fake(), "generated");
        if (chart.showsContours()) {
            gc.setStroke(p.real());
            gc.setLineWidth(1.6);
            gc.strokeOval(x, y - 6, 18, 12);
            gc.setStroke(p.fake());
            gc.strokeOval(x + 5, y - 4, 12, 8);
            gc.setFill(p.text());
            gc.fillText("contours of p_data, p_g", x + 24, y);
            x += 24 + chart.textWidth("contours of p_data, p_g") + 16;
        }
        if (chart.showsManifoldLines() && x < w - 120) {
            gc.setStroke(p.manifold());
            gc.setLineWidth(1.2);
            gc.strokeLine(x, y + 4, x + 18, y - 4);
            gc.setFill(p.text());
            gc.fillText("G(noise grid)", x + 24, y);
        }
    }

    private double legendDot(GraphicsContext gc, double x, double y, Color c, String text) {
        gc.setFill(c);
        gc.fillOval(x + 3, y - 5, 10, 10);
        gc.setStroke(chart.palette().sampleOutline());
        gc.setLineWidth(1);
        gc.strokeOval(x + 3, y - 5, 10, 10);
        gc.setFill(chart.palette().text());
        gc.fillText(text, x + 20, y);
        return x + 20 + chart.textWidth(text) + 16;
    }
}
