package org.ganclassroom.ui.charts;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.ganclassroom.sim.train.Snapshot;

/**
 * The 2-D picture of a GAN: D(x) as a heat map with a colour bar (pale vermillion "looks generated" → neutral →
 * pale blue "looks real"), the last real and generated minibatches as dots in blue and vermillion, optional
 * density contours of p_data and p_g (marching squares on the grid), the generator's manifold (noise grid lines
 * pushed through G) and arrows showing which way the generator's gradient pushes each generated sample.
 * With no probability optimum (dStar null) the heat map shows the critic T(x) on its own range.
 * Non-finite values are skipped (a non-finite D cell is painted neutral).
 */
public final class Heatmap2D extends ChartBase {
    private static final double LEFT = 48;
    private static final double TOP = 36;
    private static final double BOTTOM = 36;
    private static final double BAR = 96;

    private Snapshot snapshot;
    private double[][][] manifold;
    private boolean showContours = true;
    private boolean showManifold = true;
    private boolean showPush = true;
    private boolean showBatches = true;
    private boolean showGenerated;
    private double[] drawnX;
    private double[] drawnY;
    private final HeatPicture2D heat = new HeatPicture2D(this);
    private final DensityLines2D lines = new DensityLines2D(this);
    private final SampleMarks2D marks = new SampleMarks2D(this);
    private final HeatLegend2D key = new HeatLegend2D(this);
    private long skipped;
    private double px0;
    private double py0;
    private double side;
    /** The range shown on both axes; the data's grid range unless zoomed out. */
    private double lower = -4;
    private double upper = 4;
    private double gridLower = -4;
    private double gridUpper = 4;
    private boolean zoomOut;

    /** A chart with text at its normal size. */
    public Heatmap2D() {
        this(NORMAL_TEXT);
    }

    /** A chart whose text follows {@code textScale} (1 = normal; the app's text zoom). */
    public Heatmap2D(ObservableDoubleValue textScale) {
        super(textScale);
        getStyleClass().add("heatmap-2d");
        setAccessibleText("2-D plot: discriminator heat map, real and generated samples");
    }

    /** The picture to draw (2-D snapshots; others are ignored); null clears. FX thread. */
    public void setSnapshot(Snapshot s) {
        this.snapshot = s == null || s.dimension() != 2 ? null : s;
        redraw();
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** Snapshot and manifold together, drawn once. */
    public void set(Snapshot s, double[][][] manifoldLines) {
        this.snapshot = s == null || s.dimension() != 2 ? null : s;
        this.manifold = manifoldLines;
        redraw();
    }

    /** The generator manifold {@code lines[line][2][point]} (see {@code Manifold.lines}); null hides it. */
    public void setManifold(double[][][] lines) {
        this.manifold = lines;
        redraw();
    }

    public void setShowContours(boolean on) {
        showContours = on;
        redraw();
    }

    public void setShowManifold(boolean on) {
        showManifold = on;
        redraw();
    }

    public boolean showManifold() {
        return showManifold;
    }

    public void setShowGradientPush(boolean on) {
        showPush = on;
        redraw();
    }

    public void setShowBatches(boolean on) {
        showBatches = on;
        redraw();
    }

    /** The whole fixed noise set pushed through G, as small dots (shows where all of p_g's mass goes). */
    public void setShowGenerated(boolean on) {
        showGenerated = on;
        redraw();
    }

    /** Widens the shown range to take in every finite generated sample of the batch (false: the data's range). */
    public void setZoomOut(boolean on) {
        if (zoomOut != on) {
            zoomOut = on;
            redraw();
        }
    }

    public boolean isZoomedOut() {
        return zoomOut;
    }

    /** The range on both axes, as drawn last. */
    public double[] shownRange() {
        return new double[]{lower, upper};
    }

    /** Points the user is drawing; null hides them. */
    public void setDrawnPoints(double[] xs, double[] ys) {
        drawnX = xs == null ? null : xs.clone();
        drawnY = ys == null ? null : ys.clone();
        redraw();
    }

    public long skippedLastDraw() {
        return skipped;
    }

    /** Data x at canvas x, NaN outside the plot. */
    public double dataX(double cx) {
        return side <= 0 || cx < px0 || cx > px0 + side ? Double.NaN : lower + (cx - px0) / side * (upper - lower);
    }

    /** Data y at canvas y, NaN outside the plot. */
    public double dataY(double cy) {
        return side <= 0 || cy < py0 || cy > py0 + side ? Double.NaN : upper - (cy - py0) / side * (upper - lower);
    }

    @Override
    protected void draw(GraphicsContext gc, double w, double h) {
        skipped = 0;
        ChartPalette p = palette();
        side = Math.max(20, Math.min(w - LEFT - BAR - 8, h - TOP - BOTTOM));
        // whole pixels, so the heat picture is copied 1:1 and the frame and ticks are crisp one-pixel rules
        side = Math.floor(side);
        px0 = Math.floor(LEFT + Math.max(0, (w - LEFT - BAR - 8 - side) / 2));
        py0 = TOP;
        Snapshot s = snapshot;
        if (s != null && finite(s.lower()) && finite(s.upper()) && s.upper() > s.lower()) {
            gridLower = s.lower();
            gridUpper = s.upper();
        }
        double[] view = zoomOut && s != null ? OffPlot.enclosing(gridLower, gridUpper, s.fakeBatch())
                : new double[]{gridLower, gridUpper};
        lower = view[0];
        upper = view[1];
        boolean critic = s != null && s.dStar() == null;
        double lo = 0;
        double hi = 1;
        if (s != null) {
            if (critic) {
                double[] range = FiniteValues.criticRange(s.d());
                lo = range[0];
                hi = range[1];
            }
            heat.paint(gc, s, lo, hi);
        } else {
            gc.setFill(p.plotBackground());
            gc.fillRect(px0, py0, side, side);
        }
        if (s != null) {
            if (showContours) {
                lines.contours(gc, s, s.pData(), p.real(), 1.6);
                lines.contours(gc, s, s.pG(), p.fake(), 1.6);
            }
            if (showManifold && manifold != null) {
                lines.manifold(gc, manifold);
            }
            if (showGenerated && s.generated() != null && s.generated().length == 2) {
                marks.generated(gc, s.generated());
            }
            if (showBatches) {
                marks.dots(gc, s.realBatch(), p.real());
                marks.dots(gc, s.fakeBatch(), p.fake());
                if (showPush) {
                    marks.pushArrows(gc, s);
                }
            }
        }
        if (drawnX != null && drawnY != null) {
            marks.dotsXY(gc, drawnX, drawnY, p.real());
        }
        maskOutside(gc, px0, py0, side, side);
        drawAxes(gc);
        gc.setFill(p.axis());
        frame(gc, px0, py0, side, side);
        if (s != null && showBatches) {
            marks.edgeMarkers(gc, s.fakeBatch());
        }
        key.colourBar(gc, critic, lo, hi);
        key.legend(gc, w);
    }

    /** Device pixels per layout pixel (2 on a HiDPI screen), so the heat map is as sharp as the screen. */
    double renderScale() {
        javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
        double scale = window == null ? 1 : Math.max(window.getOutputScaleX(), window.getOutputScaleY());
        return scale > 0 && Double.isFinite(scale) ? scale : 1;
    }

    private void drawAxes(GraphicsContext gc) {
        ChartPalette p = palette();
        gc.setFont(small());
        gc.setLineWidth(1);
        double step = Ticks.step(lower, upper, Math.max(2, (int) (side / 70)));
        for (double v = Ticks.first(lower, step); v <= upper + 1e-9; v += step) {
            double x = sx(v);
            double y = sy(v);
            gc.setFill(p.axis());
            vRule(gc, x, py0 + side, py0 + side + 5);
            hRule(gc, px0 - 5, px0, y);
            gc.setFill(p.mutedText());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(Ticks.label(v, step), x, py0 + side + 7);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(Ticks.label(v, step), px0 - 8, y);
        }
    }

    /** Canvas x of data x in the last draw (for tests). */
    double canvasX(double x) {
        return sx(x);
    }

    /** Canvas y of data y in the last draw (for tests). */
    double canvasY(double y) {
        return sy(y);
    }

    double plotX() {
        return px0;
    }

    double plotY() {
        return py0;
    }

    /** The plot square's side in the last draw. */
    double side() {
        return side;
    }

    /** The data's grid range (the heat map's and contours' extent), whatever range is shown. */
    double gridLower() {
        return gridLower;
    }

    double gridUpper() {
        return gridUpper;
    }

    boolean showsContours() {
        return showContours;
    }

    /** Whether the manifold is both switched on and known. */
    boolean showsManifoldLines() {
        return showManifold && manifold != null;
    }

    /** Counts non-finite values a part of the chart skipped in this draw. */
    void skip(long n) {
        skipped += n;
    }

    void skip() {
        skipped++;
    }

    double sx(double x) {
        return px0 + (x - lower) / (upper - lower) * side;
    }

    double sy(double y) {
        return py0 + side - (y - lower) / (upper - lower) * side;
    }
}
