package org.ganclassroom.ui.charts;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import org.ganclassroom.sim.train.Snapshot;

/**
 * The 1-D picture of a GAN: p_data filled, p_g as a line, the discriminator D(x) and the optimal D*(x) on a
 * second axis from 0 to 1 with the ½ line, the last real and generated minibatches as ticks along the axis and,
 * above the generated ticks, arrows showing which way the generator's gradient pushes each sample.
 * When the objective has no probability optimum (dStar is null) D is drawn on its own scale as "critic T(x)".
 * <p>Feed it with {@link #setSnapshot}; everything else is a display option. Non-finite values are skipped.
 */
public final class DensityChart1D extends ChartBase {
    /** Room above 1 and below 0 on the D axis, as a share of its range. */
    static final double D_MARGIN = 0.05;
    private String peakNote;
    private static final double LEFT = 58;
    private static final double RIGHT = 62;
    private static final double TOP = 36;
    private static final double BOTTOM = 46;

    private Snapshot snapshot;
    private boolean showD = true;
    private boolean showDStar = true;
    private boolean showBatches = true;
    private boolean showPush = true;
    private double[] drawn;
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private long skipped;
    private final ShapeBatch batch = new ShapeBatch();
    // plot rectangle of the last draw
    private double px0;
    private double py0;
    private double pw;
    private double ph;
    private double lower = -4;
    private double upper = 4;
    // scales of the last draw: density on the left axis, D on the right
    private double yMaxDrawn = 1;
    private double dLoDrawn = -D_MARGIN;
    private double dHiDrawn = 1 + D_MARGIN;
    private javafx.geometry.BoundingBox peakNoteBounds;

    public DensityChart1D() {
        getStyleClass().add("density-chart-1d");
        setAccessibleText("1-D density plot: real data, generator and discriminator");
    }

    /** The picture to draw (1-D snapshots; others are ignored); null clears. FX thread. */
    public void setSnapshot(Snapshot s) {
        this.snapshot = s == null || s.dimension() != 1 ? null : s;
        redraw();
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public void setShowDiscriminator(boolean on) {
        showD = on;
        redraw();
    }

    public void setShowOptimalDiscriminator(boolean on) {
        showDStar = on;
        redraw();
    }

    /** Ticks for the last real and generated minibatches along the axis. */
    public void setShowBatches(boolean on) {
        showBatches = on;
        redraw();
    }

    /** Arrows on the generated samples: the direction the generator's gradient pushes them. */
    public void setShowGradientPush(boolean on) {
        showPush = on;
        redraw();
    }

    /** Points the user is drawing (shown as dots along the axis); null hides them. */
    public void setDrawnPoints(double[] points) {
        drawn = points == null ? null : points.clone();
        redraw();
    }

    /** Non-finite values skipped in the last draw (for tests). */
    public long skippedLastDraw() {
        return skipped;
    }

    /** Data x at canvas x (NaN outside the plot), e.g. to turn a click into a drawn point. */
    public double dataX(double canvasX) {
        if (pw <= 0 || canvasX < px0 || canvasX > px0 + pw) {
            return Double.NaN;
        }
        return lower + (canvasX - px0) / pw * (upper - lower);
    }

    /** How far up the plot canvas y is: 0 on the x axis, 1 at the top (beyond either outside the plot). */
    public double heightFraction(double canvasY) {
        return ph <= 0 ? Double.NaN : (py0 + ph - canvasY) / ph;
    }

    /** Whether canvas y is inside the plot area. */
    public boolean insidePlotY(double canvasY) {
        return canvasY >= py0 && canvasY <= py0 + ph;
    }

    @Override
    protected void draw(GraphicsContext gc, double w, double h) {
        skipped = 0;
        ChartPalette p = palette();
        px0 = LEFT;
        py0 = TOP;
        pw = Math.max(10, w - LEFT - RIGHT);
        ph = Math.max(10, h - TOP - BOTTOM);
        Snapshot s = snapshot;
        if (s != null && finite(s.lower()) && finite(s.upper()) && s.upper() > s.lower()) {
            lower = s.lower();
            upper = s.upper();
        }
        gc.setFill(p.plotBackground());
        gc.fillRect(px0, py0, pw, ph);

        // density scale: up to the larger density, but a spike of p_g may not flatten p_data beyond 3×
        double maxData = s == null ? 0 : max(s.pData());
        double maxG = s == null ? 0 : max(s.pG());
        double yMax = Math.max(maxData, Math.min(maxG, 3 * Math.max(maxData, 1e-9)));
        if (!(yMax > 0)) {
            yMax = 0.5;
        }
        yMax *= 1.08;
        peakNote = maxG > yMax ? "p_g peak " + Ticks.label(maxG, maxG >= 10 ? 1 : 0.1) : null;

        drawGridAndAxes(gc, yMax, false);
        boolean critic = s != null && s.dStar() == null;
        // a probability D keeps 0 and 1 off the frame, so D(x) = 1 is seen, not hidden under the top rule
        double dLo = -D_MARGIN;
        double dHi = 1 + D_MARGIN;
        if (s != null) {
            int n = s.gridSize();
            ensure(n + 2);
            // p_data filled
            fillDensity(gc, s, s.pData(), yMax, p.real());
            strokeSeries(gc, s, s.pData(), 0, yMax, p.real(), 1.5, null);
            strokeSeries(gc, s, s.pG(), 0, yMax, p.fake(), 2.6, null);
            if (critic) {
                dLo = min(s.d());
                dHi = max(s.d());
                if (!(dHi > dLo)) {
                    dLo = finite(dLo) ? dLo - 1 : -1;
                    dHi = dLo + 2;
                }
            }
            if (showD) {
                if (!critic) {
                    gc.setStroke(p.mutedText());
                    gc.setLineWidth(1);
                    gc.setLineDashes(2, 4);
                    double yh = py0 + ph - (0.5 - dLo) / (dHi - dLo) * ph;
                    gc.strokeLine(px0, yh, px0 + pw, yh);
                    gc.setLineDashes();
                }
                strokeSeries(gc, s, s.d(), dLo, dHi, p.discriminator(), 2.2, null);
            }
            if (showDStar && !critic) {
                strokeSeries(gc, s, s.dStar(), dLo, dHi, p.optimum(), 1.6, new double[]{7, 5});
            }
        }
        yMaxDrawn = yMax;
        dLoDrawn = dLo;
        dHiDrawn = dHi;
        maskOutside(gc, px0, py0, pw, ph);
        drawGridAndAxes(gc, yMax, true);
        if (s != null) {
            if (showBatches) {
                drawBatches(gc, s);
            }
            drawRightAxis(gc, critic, dLo, dHi);
            if (peakNote != null) {
                drawClippedPeak(gc, s, peakNote);
            }
        }
        if (drawn != null) {
            gc.setFill(p.real());
            batch.clear();
            for (double x : drawn) {
                if (!finite(x)) {
                    skipped++;
                    continue;
                }
                batch.add(sx(x), py0 + ph - 8, 0, 0);
            }
            batch.drawDots(gc, 4, false);
        }
        drawLegend(gc, s, w);
    }

    /** A p_g spike taller than the scale: an arrow at its x on the top edge, with its height. */
    private void drawClippedPeak(GraphicsContext gc, Snapshot s, String note) {
        double[] g = s.pG();
        int at = 0;
        for (int i = 1; i < Math.min(g.length, s.gridSize()); i++) {
            if (finite(g[i]) && (!finite(g[at]) || g[i] > g[at])) {
                at = i;
            }
        }
        double x = sx(s.cellCentre(at));
        ChartPalette p = palette();
        gc.setFill(p.fake());
        gc.fillPolygon(new double[]{x - 6, x + 6, x}, new double[]{py0 + 9, py0 + 9, py0 + 1}, 3);
        gc.setFont(small());
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        String text = "↑ " + note;
        peakNoteBounds = PeakNotePlace.find(this, s, x, textWidth(text), small().getSize() * 1.3);
        gc.fillText(text, peakNoteBounds.getMinX(), peakNoteBounds.getMinY());
    }

    /** Where the clipped-peak note was written in the last draw (null if there was none; for tests). */
    public javafx.geometry.Bounds peakNoteBounds() {
        return peakNote == null ? null : peakNoteBounds;
    }

    /** The plot rectangle of the last draw: x, y, width, height. */
    double[] plotRect() {
        return new double[]{px0, py0, pw, ph};
    }

    /** Canvas y of a density value in the last draw. */
    double densityY(double v) {
        return py0 + ph - Math.max(-0.5, Math.min(1.5, v / yMaxDrawn)) * ph;
    }

    /** Canvas y of a value on the D axis in the last draw. */
    double dY(double v) {
        return py0 + ph - Math.max(-0.5, Math.min(1.5, (v - dLoDrawn) / (dHiDrawn - dLoDrawn))) * ph;
    }

    boolean showsD() {
        return showD;
    }

    boolean showsDStar() {
        return showDStar;
    }

    /** The label of a p_g peak cut off by the density scale ("p_g peak 12.3"), or null when it fits. */
    public String clippedPeakNote() {
        return peakNote;
    }

    /** Grid lines inside the plot (labels false: drawn under the curves) or ticks, labels and frame (after the mask). */
    private void drawGridAndAxes(GraphicsContext gc, double yMax, boolean labels) {
        ChartPalette p = palette();
        gc.setLineWidth(1);
        gc.setFont(small());
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
                hRule(gc, px0, px0 + pw, y);
            }
        }
        // x ticks
        double xs = Ticks.step(lower, upper, Math.max(2, (int) (pw / 70)));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double v = Ticks.first(lower, xs); v <= upper + 1e-9; v += xs) {
            double x = sx(v);
            if (labels) {
                gc.setFill(p.axis());
                vRule(gc, x, py0 + ph, py0 + ph + 5);
                gc.setFill(p.mutedText());
                gc.fillText(Ticks.label(v, xs), x, py0 + ph + 7);
            } else {
                gc.setFill(p.grid());
                vRule(gc, x, py0, py0 + ph);
            }
        }
        if (!labels) {
            return;
        }
        gc.setFill(p.axis());
        frame(gc, px0, py0, pw, ph);
        gc.setFill(p.mutedText());
        gc.setFont(small());
        gc.fillText("x", px0 + pw / 2, py0 + ph + 26);
        // left axis title
        gc.save();
        gc.translate(14, py0 + ph / 2);
        gc.rotate(-90);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("density", 0, 0);
        gc.restore();
    }

    private void drawRightAxis(GraphicsContext gc, boolean critic, double lo, double hi) {
        if (!showD && !(showDStar && !critic)) {
            return;
        }
        ChartPalette p = palette();
        gc.setFont(small());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double step = Ticks.step(lo, hi, 4);
        for (double v = Ticks.first(lo, step); v <= hi + 1e-9; v += step) {
            double y = py0 + ph - (v - lo) / (hi - lo) * ph;
            gc.setFill(p.discriminator());
            hRule(gc, px0 + pw, px0 + pw + 5, y);
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

    /**
     * How much of its full 40 px the band of batch ticks and push arrows keeps on a plot {@code ph} pixels tall, so
     * that on a short plot (the Mini Lab at a projector's 1024×768) the band leaves the curves above it readable.
     */
    static double bandScale(double ph) {
        return Math.max(0.35, Math.min(1, ph / 240));
    }

    private void drawBatches(GraphicsContext gc, Snapshot s) {
        ChartPalette p = palette();
        double base = py0 + ph;
        double k = bandScale(ph);
        gc.setLineWidth(1.6);
        gc.setLineCap(StrokeLineCap.BUTT);
        double[][] real = s.realBatch();
        if (real != null && real.length > 0) {
            gc.setStroke(p.real());
            batch.clear();
            for (double x : real[0]) {
                if (!finite(x)) {
                    skipped++;
                    continue;
                }
                if (x >= lower && x <= upper) {
                    batch.add(sx(x), base - 1, sx(x), base - 1 - 8 * k);
                }
            }
            batch.strokeSegments(gc);
        }
        double[][] fake = s.fakeBatch();
        if (fake == null || fake.length == 0) {
            return;
        }
        gc.setStroke(p.fake());
        batch.clear();
        for (double x : fake[0]) {
            if (!finite(x)) {
                skipped++;
                continue;
            }
            if (x >= lower && x <= upper) {
                batch.add(sx(x), base - 1 - 10 * k, sx(x), base - 1 - 18 * k);
            }
        }
        batch.strokeSegments(gc);
        double[][] push = s.fakePush();
        if (!showPush || push == null || push.length == 0 || push[0].length != fake[0].length) {
            return;
        }
        double maxAbs = 0;
        for (double v : push[0]) {
            if (finite(v)) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
        }
        if (!(maxAbs > 0)) {
            return;
        }
        gc.setStroke(p.fake());
        gc.setFill(p.fake());
        gc.setLineWidth(1.4);
        double maxLen = Math.min(36, pw / 12);
        batch.clear();
        for (int i = 0; i < fake[0].length; i++) {
            double x = fake[0][i];
            double v = push[0][i];
            if (!finite(x) || !finite(v)) {
                skipped++;
                continue;
            }
            if (x < lower || x > upper) {
                continue;
            }
            double len = v / maxAbs * maxLen;
            if (Math.abs(len) < 2) {
                continue;
            }
            double y = base - (24 + (i % 4) * 5) * k;
            double x0 = sx(x);
            batch.add(x0, y, x0 + len, y);
        }
        batch.drawArrows(gc);
    }

    static void arrow(GraphicsContext gc, double x0, double y0, double x1, double y1) {
        gc.strokeLine(x0, y0, x1, y1);
        double a = Math.atan2(y1 - y0, x1 - x0);
        double hl = 5;
        gc.fillPolygon(new double[]{x1, x1 - hl * Math.cos(a - 0.45), x1 - hl * Math.cos(a + 0.45)},
                new double[]{y1, y1 - hl * Math.sin(a - 0.45), y1 - hl * Math.sin(a + 0.45)}, 3);
    }

    private void drawLegend(GraphicsContext gc, Snapshot s, double w) {
        ChartPalette p = palette();
        gc.setFont(small());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double x = Math.max(8, px0 - 40);
        double y = 16;
        boolean compact = w < 760;
        x = legendBox(gc, x, y, p.real(), compact ? "p_data" : "p_data (real)");
        x = legendLine(gc, x, y, p.fake(), 2.6, null, compact ? "p_g" : "p_g (generator)");
        boolean critic = s != null && s.dStar() == null;
        if (showD) {
            x = legendLine(gc, x, y, p.discriminator(), 2.2, null, critic ? "critic T(x)" : "D(x)");
        }
        if (showDStar && !critic) {
            // with label smoothing or instance noise the dashed curve is the optimum of the game played, not Prop. 1's
            boolean moved = s != null && s.optimumMoved();
            x = legendLine(gc, x, y, p.optimum(), 1.6, new double[]{7, 5},
                    compact ? "D*(x)" : moved ? "D*(x) of the game played" : "D*(x) optimal");
        }
        if (showBatches && showPush && x < w - 100) {
            gc.setStroke(p.fake());
            gc.setFill(p.fake());
            gc.setLineWidth(1.4);
            arrow(gc, x, y, x + 20, y);
            gc.setFill(p.text());
            gc.fillText(compact ? "push" : "G's push", x + 26, y);
        }
    }

    private double legendBox(GraphicsContext gc, double x, double y, Color c, String text) {
        gc.setFill(c.deriveColor(0, 1, 1, 0.3));
        gc.fillRect(x, y - 6, 18, 12);
        gc.setStroke(c);
        gc.setLineWidth(1.5);
        gc.strokeRect(x, y - 6, 18, 12);
        gc.setFill(palette().text());
        gc.fillText(text, x + 24, y);
        return x + 24 + textWidth(text) + 14;
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
        gc.setFill(palette().text());
        gc.fillText(text, x + 28, y);
        return x + 28 + textWidth(text) + 14;
    }

    private void fillDensity(GraphicsContext gc, Snapshot s, double[] v, double yMax, Color c) {
        int n = s.gridSize();
        int k = 0;
        double base = py0 + ph;
        for (int i = 0; i < n && i < v.length; i++) {
            double val = v[i];
            if (!finite(val)) {
                skipped++;
                if (k > 0) {
                    closeFill(gc, k, base, c);
                }
                k = 0;
                continue;
            }
            if (k == 0) {
                xs[0] = sx(s.cellCentre(i));
                ys[0] = base;
                k = 1;
            }
            xs[k] = sx(s.cellCentre(i));
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
    private void strokeSeries(GraphicsContext gc, Snapshot s, double[] v, double lo, double hi, Color c,
                              double width, double[] dashes) {
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
        for (int i = 0; i < n; i++) {
            double val = v[i];
            if (!finite(val)) {
                skipped++;
                if (k > 1) {
                    gc.strokePolyline(xs, ys, k);
                }
                k = 0;
                continue;
            }
            xs[k] = sx(s.cellCentre(i));
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

    double sx(double x) {
        return px0 + (x - lower) / (upper - lower) * pw;
    }

    static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        if (v != null) {
            for (double x : v) {
                if (finite(x) && x > m) {
                    m = x;
                }
            }
        }
        return m == Double.NEGATIVE_INFINITY ? Double.NaN : m;
    }

    static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        if (v != null) {
            for (double x : v) {
                if (finite(x) && x < m) {
                    m = x;
                }
            }
        }
        return m == Double.POSITIVE_INFINITY ? Double.NaN : m;
    }
}
