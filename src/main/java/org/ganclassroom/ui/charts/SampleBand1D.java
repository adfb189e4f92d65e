package org.ganclassroom.ui.charts;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.ganclassroom.sim.train.Snapshot;

/**
 * The band along the 1-D chart's x axis: ticks for the last real and generated minibatches and, above them,
 * arrows showing which way the generator's gradient pushes each generated sample.
 */
final class SampleBand1D {
    private final DensityChart1D chart;
    private final ShapeBatch batch;

    SampleBand1D(DensityChart1D chart, ShapeBatch batch) {
        this.chart = chart;
        this.batch = batch;
    }

    /**
     * How much of its full 40 px the band of batch ticks and push arrows keeps on a plot {@code ph} pixels tall, so
     * that on a short plot (the Mini Lab at a projector's 1024×768) the band leaves the curves above it readable.
     */
    static double bandScale(double ph) {
        return Math.max(0.35, Math.min(1, ph / 240));
    }

    void draw(GraphicsContext gc, Snapshot s) {
        ChartPalette p = chart.palette();
        double base = chart.plotY() + chart.plotHeight();
        double k = bandScale(chart.plotHeight());
        gc.setLineWidth(1.6);
        gc.setLineCap(StrokeLineCap.BUTT);
        double[][] real = s.realBatch();
        if (real != null && real.length > 0) {
            ticks(gc, real[0], p.real(), base - 1, base - 1 - 8 * k);
        }
        double[][] fake = s.fakeBatch();
        if (fake == null || fake.length == 0) {
            return;
        }
        ticks(gc, fake[0], p.fake(), base - 1 - 10 * k, base - 1 - 18 * k);
        double[][] push = s.fakePush();
        if (!chart.showsPush() || push == null || push.length == 0 || push[0].length != fake[0].length) {
            return;
        }
        pushArrows(gc, fake[0], push[0], base, k);
    }

    /** A vertical tick from y0 to y1 at each finite sample inside the x range, in colour c. */
    private void ticks(GraphicsContext gc, double[] xs, Color c, double y0, double y1) {
        gc.setStroke(c);
        batch.clear();
        for (double x : xs) {
            if (!ChartBase.finite(x)) {
                chart.skip();
                continue;
            }
            if (x >= chart.lower() && x <= chart.upper()) {
                batch.add(chart.sx(x), y0, chart.sx(x), y1);
            }
        }
        batch.strokeSegments(gc);
    }

    private void pushArrows(GraphicsContext gc, double[] fake, double[] push, double base, double k) {
        double maxAbs = 0;
        for (double v : push) {
            if (ChartBase.finite(v)) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
        }
        if (!(maxAbs > 0)) {
            return;
        }
        ChartPalette p = chart.palette();
        gc.setStroke(p.fake());
        gc.setFill(p.fake());
        gc.setLineWidth(1.4);
        double maxLen = Math.min(36, chart.plotWidth() / 12);
        batch.clear();
        for (int i = 0; i < fake.length; i++) {
            double x = fake[i];
            double v = push[i];
            if (!ChartBase.finite(x) || !ChartBase.finite(v)) {
                chart.skip();
                continue;
            }
            if (x < chart.lower() || x > chart.upper()) {
                continue;
            }
            double len = v / maxAbs * maxLen;
            if (Math.abs(len) < 2) {
                continue;
            }
            double y = base - (24 + (i % 4) * 5) * k;
            double x0 = chart.sx(x);
            batch.add(x0, y, x0 + len, y);
        }
        batch.drawArrows(gc);
    }
}
