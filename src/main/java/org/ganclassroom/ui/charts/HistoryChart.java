package org.ganclassroom.ui.charts;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.sim.run.HistoryView.Series;

import java.util.List;

/**
 * The run's history: JSD (right axis, 0 … ln 2 nats) and the D and G losses (left axis, fitted to the data)
 * against the step. Long histories are thinned to a min/max pair per pixel column and, where every column has
 * values, filled as one band between them (see {@link ColumnTrace}); buffers are reused between frames. Non-finite
 * values break the line.
 */
public final class HistoryChart extends ChartBase {
    private static final double LEFT = 58;
    private static final double RIGHT = 62;
    private static final double TOP = 36;
    private static final double BOTTOM = 40;
    private static final double LN2 = Math.log(2);
    private final java.util.List<double[]> rightLabels = new java.util.ArrayList<>();

    private HistoryView history = HistoryView.EMPTY;
    private List<HistoryMarks.Mark> marks = List.of();
    private final ColumnTrace trace = new ColumnTrace();
    private boolean symlog;
    private long skipped;
    private double px0;
    private double py0;
    private double pw;
    private double ph;
    private double drawnS0;
    private double drawnS1 = 1;
    /** The step the run is at, drawn as a cursor when it is behind the history's end (a rewound run). */
    private long currentStep = -1;
    private java.util.function.LongConsumer onPick;

    /** A chart with text at its normal size. */
    public HistoryChart() {
        this(NORMAL_TEXT);
    }

    /** A chart whose text follows {@code textScale} (1 = normal; the app's text zoom). */
    public HistoryChart(ObservableDoubleValue textScale) {
        super(textScale);
        getStyleClass().add("history-chart");
        setPrefSize(600, 220);
        setAccessibleText("History: Jensen–Shannon divergence and losses against training step");
        canvas.setOnMousePressed(e -> pick(e.getX(), e.isPrimaryButtonDown()));
        canvas.setOnMouseDragged(e -> pick(e.getX(), e.isPrimaryButtonDown()));
    }

    /**
     * Clicking or dragging on the chart picks the step under the pointer (within the steps shown): the pages rewind
     * the run there. Null: the chart only shows.
     */
    public void setOnPickStep(java.util.function.LongConsumer action) {
        onPick = action;
        canvas.setCursor(action == null ? null : javafx.scene.Cursor.HAND);
    }

    private void pick(double x, boolean primary) {
        if (onPick != null && primary && history.size() > 0) {
            onPick.accept(stepAt(x));
        }
    }

    /** The step at horizontal position {@code x} of the chart (as last drawn), clamped to the steps shown. */
    public long stepAt(double x) {
        double f = Math.max(0, Math.min(1, (x - px0) / pw));
        return Math.round(drawnS0 + f * (drawnS1 - drawnS0));
    }

    /** Horizontal position of {@code step} in the chart as last drawn. */
    public double xOf(long step) {
        return px0 + (step - drawnS0) / (drawnS1 - drawnS0) * pw;
    }

    /** The step the run shows; a cursor marks it while it is before the history's last step. */
    public void setCurrentStep(long step) {
        if (step != currentStep) {
            currentStep = step;
            redraw();
        }
    }

    public void setHistory(HistoryView h) {
        history = h == null ? HistoryView.EMPTY : h;
        redraw();
    }

    /** Where settings were switched: a dashed line at each step with what changed. */
    public void setMarks(List<HistoryMarks.Mark> m) {
        List<HistoryMarks.Mark> next = m == null ? List.of() : List.copyOf(m);
        if (!next.equals(marks)) {
            marks = next;
            redraw();
        }
    }

    public List<HistoryMarks.Mark> marks() {
        return marks;
    }

    public HistoryView history() {
        return history;
    }

    public long skippedLastDraw() {
        return skipped;
    }

    @Override
    protected void draw(GraphicsContext gc, double w, double h) {
        skipped = 0;
        ChartPalette p = palette();
        px0 = LEFT;
        py0 = TOP;
        pw = Math.max(10, w - LEFT - RIGHT);
        ph = Math.max(10, h - TOP - BOTTOM);
        gc.setFill(p.plotBackground());
        gc.fillRect(px0, py0, pw, ph);
        HistoryView hv = history;
        int n = hv.size();
        double s0 = n > 0 ? hv.step(0) : 0;
        double s1 = n > 0 ? hv.step(n - 1) : 100;
        if (!(s1 > s0)) {
            s1 = s0 + 1;
        }
        // the loss axis is linear, or symmetric-log when a loss exploded past 10⁴ (a blow-up), so that the
        // ordinary values before the explosion stay readable
        double lo = Math.min(extreme(hv, Series.D_LOSS, false), extreme(hv, Series.G_LOSS, false));
        double hi = Math.max(extreme(hv, Series.D_LOSS, true), extreme(hv, Series.G_LOSS, true));
        symlog = finite(lo) && finite(hi) && Math.max(Math.abs(lo), Math.abs(hi)) > 1e4;
        if (symlog) {
            lo = symlog(lo);
            hi = symlog(hi);
        }
        if (!finite(lo) || !finite(hi)) {
            lo = finite(lo) ? lo : finite(hi) ? hi - 1 : 0;
            hi = finite(hi) ? hi : lo + 1;
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double pad = (hi - lo) * 0.05;
        lo -= pad;
        hi += pad;

        gc.setFont(small());
        gc.setLineWidth(1);
        // left axis: losses
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        if (symlog) {
            double top = Math.max(Math.abs(lo), Math.abs(hi));
            int every = Math.max(1, (int) Math.ceil(top / 4));
            for (int e = -(int) Math.floor(Math.abs(Math.min(0, lo))); e <= (int) Math.ceil(hi); e++) {
                if (e % every != 0 || e < lo - 1e-9 || e > hi + 1e-9) {
                    continue;
                }
                double y = py0 + ph - (e - lo) / (hi - lo) * ph;
                gc.setFill(p.grid());
                hRule(gc, px0, px0 + pw, y);
                gc.setFill(p.mutedText());
                String label = e == 0 ? "0" : (e < 0 ? "−" : "") + "1e" + Math.abs(e);
                gc.fillText(label, px0 - 6, y);
            }
        } else {
            double ls = Ticks.step(lo, hi, 4);
            for (double v = Ticks.first(lo, ls); v <= hi; v += ls) {
                double y = py0 + ph - (v - lo) / (hi - lo) * ph;
                gc.setFill(p.grid());
                hRule(gc, px0, px0 + pw, y);
                gc.setFill(p.mutedText());
                gc.fillText(Ticks.label(v, ls), px0 - 6, y);
            }
        }
        // right axis: JSD nats
        gc.setTextAlign(TextAlignment.LEFT);
        Color jsdColour = p.text();
        rightLabels.clear();
        gc.setFill(jsdColour);
        hRule(gc, px0 + pw, px0 + pw + 4, py0);
        gc.fillText("ln 2", px0 + pw + 7, py0 + 2);
        rightLabels.add(new double[]{py0 + 2, LN2});
        // a tick label one text line clear of "ln 2" and of the one below, however short the chart
        double line = gc.getFont().getSize() + 2;
        for (double v : new double[]{0.6, 0.4, 0.2, 0}) {
            double y = py0 + ph - v / LN2 * ph;
            double above = rightLabels.get(rightLabels.size() - 1)[0];
            if (y - above < line) {
                continue;
            }
            hRule(gc, px0 + pw, px0 + pw + 4, y);
            gc.fillText(Ticks.label(v, 0.1), px0 + pw + 7, y);
            rightLabels.add(new double[]{y, v});
        }
        stepAxis(gc, p, s0, s1, px0, py0, pw, ph);

        if (n > 0) {
            // every value is inside [lo, hi] (the range is taken from the data) and JSD inside [0, ln 2], so
            // nothing crosses the frame and no clip is needed (a Canvas clip costs a full blend pass per frame)
            trace.plot(px0, py0, pw, ph);
            skipped += trace.draw(gc, hv, Series.D_LOSS, s0, s1, lo, hi, p.discriminator(), 1.6, symlog);
            skipped += trace.draw(gc, hv, Series.G_LOSS, s0, s1, lo, hi, p.fake(), 1.6, symlog);
            skipped += trace.draw(gc, hv, Series.JSD, s0, s1, 0, LN2, jsdColour, 2.4, false);
        }
        drawMarks(gc, p, s0, s1);
        drawnS0 = s0;
        drawnS1 = s1;
        if (n > 0 && currentStep >= s0 && currentStep < hv.step(n - 1)) {
            RewindCursor.draw(gc, p, xOf(currentStep), px0 + pw, py0, ph, "step " + currentStep, textWidth("step "
                    + currentStep));
        }
        // legend
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = px0;
        x = legend(gc, x, 16, jsdColour, 2.4, "JSD (nats, right axis)");
        x = legend(gc, x, 16, p.discriminator(), 1.6, "D loss");
        x = legend(gc, x, 16, p.fake(), 1.6, "G loss");
        if (symlog) {
            gc.setFill(p.mutedText());
            gc.fillText("(losses on a log scale: they exploded)", x, 16);
        }
    }

    /** A dashed rule at each switch, its label beside it near the top unless the previous label is in the way. */
    private void drawMarks(GraphicsContext gc, ChartPalette p, double s0, double s1) {
        double labelEnd = Double.NEGATIVE_INFINITY;
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        for (HistoryMarks.Mark m : marks) {
            if (m.step() < s0 || m.step() > s1) {
                continue;
            }
            double x = Math.round(px0 + (m.step() - s0) / (s1 - s0) * pw) + 0.5;
            gc.setStroke(p.mutedText());
            gc.setLineWidth(1);
            gc.setLineDashes(4, 3);
            gc.strokeLine(x, py0, x, py0 + ph);
            gc.setLineDashes();
            String text = m.what();
            double tw = textWidth(text);
            double tx = x + tw + 4 > px0 + pw ? x - tw - 4 : x + 4;
            if (tx > labelEnd) {
                gc.setFill(p.plotBackground());
                gc.fillRect(tx - 2, py0 + 3, tw + 4, gc.getFont().getSize() + 3);
                gc.setFill(p.mutedText());
                gc.fillText(text, tx, py0 + 4);
                labelEnd = tx + tw + 6;
            }
        }
        gc.setTextBaseline(VPos.CENTER);
    }

    private double legend(GraphicsContext gc, double x, double y, Color c, double width, String text) {
        gc.setStroke(c);
        gc.setLineWidth(width);
        gc.strokeLine(x, y, x + 22, y);
        gc.setFill(palette().text());
        gc.fillText(text, x + 28, y);
        return x + 28 + textWidth(text) + 18;
    }

    /** The largest (or smallest) finite value of one series; NaN when there is none. */
    private static double extreme(HistoryView hv, Series series, boolean largest) {
        double m = largest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int i = 0; i < hv.size(); i++) {
            double v = hv.value(series, i);
            if (finite(v) && (largest ? v > m : v < m)) {
                m = v;
            }
        }
        return Double.isInfinite(m) ? Double.NaN : m;
    }

    /** sign(v)·log₁₀(1 + |v|): linear near 0, logarithmic for huge values. */
    static double symlog(double v) {
        return Math.copySign(Math.log10(1 + Math.abs(v)), v);
    }

    /** Whether the loss axis was logarithmic in the last draw (a loss exploded past 10⁴). */
    public boolean logScale() {
        return symlog;
    }

    /** The JSD axis labels last drawn, top to bottom, as {y in px, value}: tests check they never overlap. */
    public java.util.List<double[]> jsdAxisLabels() {
        return java.util.List.copyOf(rightLabels);
    }
}
