package org.ganclassroom.ui.charts;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.ganclassroom.sim.train.Snapshot;

/** The 1-D chart's legend along its top: p_data, p_g, D (or the critic), D* and G's push, as far as they fit. */
final class DensityLegend1D {
    private final DensityChart1D chart;

    DensityLegend1D(DensityChart1D chart) {
        this.chart = chart;
    }

    void draw(GraphicsContext gc, Snapshot s, double w) {
        ChartPalette p = chart.palette();
        gc.setFont(chart.small());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double x = Math.max(8, chart.plotX() - 40);
        double y = 16;
        boolean compact = w < 760;
        x = legendBox(gc, x, y, p.real(), compact ? "p_data" : "p_data (real)");
        x = legendLine(gc, x, y, p.fake(), 2.6, null, compact ? "p_g" : "p_g (generator)");
        boolean critic = s != null && s.dStar() == null;
        if (chart.showsD()) {
            x = legendLine(gc, x, y, p.discriminator(), 2.2, null, critic ? "critic T(x)" : "D(x)");
        }
        if (chart.showsDStar() && !critic) {
            // with label smoothing or instance noise the dashed curve is the optimum of the game played, not Prop. 1's
            boolean moved = s != null && s.optimumMoved();
            x = legendLine(gc, x, y, p.optimum(), 1.6, new double[]{7, 5},
                    compact ? "D*(x)" : moved ? "D*(x) of the game played" : "D*(x) optimal");
        }
        if (chart.showsBatches() && chart.showsPush() && x < w - 100) {
            gc.setStroke(p.fake());
            gc.setFill(p.fake());
            gc.setLineWidth(1.4);
            arrow(gc, x, y, x + 20, y);
            gc.setFill(p.text());
            gc.fillText(compact ? "push" : "G's push", x + 26, y);
        }
    }

    static void arrow(GraphicsContext gc, double x0, double y0, double x1, double y1) {
        gc.strokeLine(x0, y0, x1, y1);
        double a = Math.atan2(y1 - y0, x1 - x0);
        double hl = 5;
        gc.fillPolygon(new double[]{x1, x1 - hl * Math.cos(a - 0.45), x1 - hl * Math.cos(a + 0.45)},
                new double[]{y1, y1 - hl * Math.sin(a - 0.45), y1 - hl * Math.sin(a + 0.45)}, 3);
    }

    private double legendBox(GraphicsContext gc, double x, double y, Color c, String text) {
        gc.setFill(c.deriveColor(0, 1, 1, 0.3));
        gc.fillRect(x, y - 6, 18, 12);
        gc.setStroke(c);
        gc.setLineWidth(1.5);
        gc.strokeRect(x, y - 6, 18, 12);
        gc.setFill(chart.palette().text());
        gc.fillText(text, x + 24, y);
        return x + 24 + chart.textWidth(text) + 14;
    }

    private double legendLine(GraphicsContext gc, double x, double y, Color c, double width, double[] dashes,
                              String text) {
        gc.setStroke(c);
        gc.setLineWidth(width);
        if (dashes != null) {
            gc.setLineDashes(dashes);
        }
        gc.strokeLine(x, y, x + 22, y);
        gc.setLineDashes();
        gc.setFill(chart.palette().text());
        gc.fillText(text, x + 28, y);
        return x + 28 + chart.textWidth(text) + 14;
    }
}
