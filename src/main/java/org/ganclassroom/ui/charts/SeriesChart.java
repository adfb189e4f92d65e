package org.ganclassroom.ui.charts;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A small line chart of a few named series against the step, with a legend: the lab's A/B JSD overlay and its
 * theorem-mode gap chart. Built on the simulator charts' {@link ChartBase} (same palette, fonts and canvas), so
 * it looks like them. Long series are thinned to about two points per pixel column. Non-finite values break
 * the line.
 */
public final class SeriesChart extends ChartBase {
    private static final double LEFT = 58;
    private static final double RIGHT = 20;
    private static final double TOP = 36;
    private static final double BOTTOM = 40;

    /** One line; {@code colour} picks from the palette so it follows the theme. */
    public record Series(String label, long[] steps, double[] values, Function<ChartPalette, Color> colour,
                         double width, boolean dashed) {
        public Series {
            Objects.requireNonNull(label, "label");
            if (steps.length != values.length) {
                throw new IllegalArgumentException("steps and values differ in length");
            }
        }

        public int size() {
            return steps.length;
        }
    }

    private List<Series> series = List.of();
    private String yLabel = "";
    private double fixedLo = Double.NaN;
    private double fixedHi = Double.NaN;

    /** A chart with text at its normal size. */
    public SeriesChart() {
        this(NORMAL_TEXT);
    }

    /** A chart whose text follows {@code textScale} (1 = normal; the app's text zoom). */
    public SeriesChart(ObservableDoubleValue textScale) {
        super(textScale);
        getStyleClass().add("series-chart");
        setPrefSize(600, 220);
    }

    public void setSeries(List<Series> s) {
        series = List.copyOf(s);
        redraw();
    }

    public List<Series> series() {
        return series;
    }

    /** Y range; NaN for either end fits it to the data. */
    public void setYRange(double lo, double hi) {
        fixedLo = lo;
        fixedHi = hi;
        redraw();
    }

    public void setYLabel(String label) {
        yLabel = label == null ? "" : label;
        redraw();
    }

    @Override
    protected void draw(GraphicsContext gc, double w, double h) {
        ChartPalette p = palette();
        double px0 = LEFT;
        double py0 = TOP;
        double pw = Math.max(10, w - LEFT - RIGHT);
        double ph = Math.max(10, h - TOP - BOTTOM);
        gc.setFill(p.plotBackground());
        gc.fillRect(px0, py0, pw, ph);

        long s0 = Long.MAX_VALUE;
        long s1 = Long.MIN_VALUE;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            if (s.size() > 0) {
                s0 = Math.min(s0, s.steps()[0]);
                s1 = Math.max(s1, s.steps()[s.size() - 1]);
            }
            for (double v : s.values()) {
                if (finite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (s0 == Long.MAX_VALUE) {
            s0 = 0;
            s1 = 100;
        }
        if (s1 <= s0) {
            s1 = s0 + 1;
        }
        if (!finite(lo)) {
            lo = 0;
            hi = 1;
        }
        if (finite(fixedLo)) {
            lo = fixedLo;
        }
        if (finite(fixedHi)) {
            hi = fixedHi;
        } else {
            hi += (hi - lo) * 0.05;
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }

        gc.setFont(small());
        gc.setLineWidth(1);
        double ys = Ticks.step(lo, hi, 4);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double v = Ticks.first(lo, ys); v <= hi + 1e-12; v += ys) {
            double y = py0 + ph - (v - lo) / (hi - lo) * ph;
            gc.setFill(p.grid());
            hRule(gc, px0, px0 + pw, y);
            gc.setFill(p.mutedText());
            gc.fillText(Ticks.label(v, ys), px0 - 6, y);
        }
        stepAxis(gc, p, s0, s1, px0, py0, pw, ph);

        // values are clamped to the frame in line(), so no clip is needed (a Canvas clip costs the software
        // renderer a full blend pass per frame)
        for (Series s : series) {
            line(gc, s, s0, s1, lo, hi, px0, py0, pw, ph);
        }

        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = px0;
        for (Series s : series) {
            gc.setStroke(s.colour().apply(p));
            gc.setLineWidth(s.width());
            if (s.dashed()) {
                gc.setLineDashes(6, 4);
            }
            gc.strokeLine(x, 16, x + 22, 16);
            gc.setLineDashes();
            gc.setFill(p.text());
            gc.fillText(s.label(), x + 28, 16);
            x += 28 + textWidth(s.label()) + 18;
        }
        if (!yLabel.isEmpty()) {
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setFill(p.mutedText());
            gc.fillText(yLabel, w - RIGHT, 16);
        }
    }

    private void line(GraphicsContext gc, Series s, long s0, long s1, double lo, double hi, double px0, double py0,
                      double pw, double ph) {
        int n = s.size();
        if (n == 0) {
            return;
        }
        int stride = Math.max(1, n / Math.max(1, (int) (2 * pw)));
        List<double[]> pts = new ArrayList<>();
        gc.setStroke(s.colour().apply(palette()));
        gc.setLineWidth(s.width());
        if (s.dashed()) {
            gc.setLineDashes(6, 4);
        }
        for (int i = 0; i < n; i += stride) {
            int j = Math.min(n - 1, i);
            double v = s.values()[j];
            if (!finite(v)) {
                flush(gc, pts);
                continue;
            }
            double x = px0 + (double) (s.steps()[j] - s0) / (s1 - s0) * pw;
            double y = py0 + ph - Math.max(0, Math.min(1, (v - lo) / (hi - lo))) * ph;
            pts.add(new double[] {x, y});
        }
        double last = s.values()[n - 1];
        if (finite(last) && (n - 1) % stride != 0) {
            pts.add(new double[] {px0 + (double) (s.steps()[n - 1] - s0) / (s1 - s0) * pw,
                    py0 + ph - Math.max(0, Math.min(1, (last - lo) / (hi - lo))) * ph});
        }
        flush(gc, pts);
        gc.setLineDashes();
    }

    private static void flush(GraphicsContext gc, List<double[]> pts) {
        if (pts.size() > 1) {
            double[] xs = new double[pts.size()];
            double[] ys = new double[pts.size()];
            for (int i = 0; i < pts.size(); i++) {
                xs[i] = pts.get(i)[0];
                ys[i] = pts.get(i)[1];
            }
            gc.strokePolyline(xs, ys, xs.length);
        }
        pts.clear();
    }
}
