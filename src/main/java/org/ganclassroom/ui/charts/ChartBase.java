package org.ganclassroom.ui.charts;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import java.util.Objects;

/**
 * A chart in the HanSolo style: one {@link Region} owning one {@link Canvas}. The canvas follows the region's
 * size ({@link #layoutChildren()}); {@link #redraw()} paints everything from immutable data the chart holds.
 * Subclasses implement {@link #draw}. Nothing non-finite is ever drawn: subclasses skip NaN and ∞.
 */
public abstract class ChartBase extends Region {
    /** Text at its normal size, for a chart outside the app's window (tests, exports, benchmarks). */
    public static final ObservableDoubleValue NORMAL_TEXT = Bindings.createDoubleBinding(() -> 1.0);
    /** Chart text size relative to normal: the app's text zoom (Ctrl +/−, presenter mode), given by the shell. */
    private final ObservableDoubleValue textScale;
    private double fontScale = Double.NaN;
    private Font font;
    private Font small;
    private Font bold;
    /** Held here so the weak listener on the (shared) scale lives as long as the chart. */
    private final InvalidationListener rescale = o -> redraw();

    protected final Canvas canvas = new Canvas();
    private ChartPalette palette = ChartPalette.light();
    private long redraws;

    /** A chart with text at its normal size. */
    protected ChartBase() {
        this(NORMAL_TEXT);
    }

    /** A chart whose text is drawn {@code textScale} times its normal size, following it as it changes. */
    protected ChartBase(ObservableDoubleValue textScale) {
        this.textScale = Objects.requireNonNull(textScale, "textScale");
        getChildren().add(canvas);
        getStyleClass().add("gan-chart");
        setMinSize(160, 120);
        setPrefSize(600, 400);
        textScale.addListener(new WeakInvalidationListener(rescale));
    }

    /** The scale of this chart's text (1 = normal) it was built with. */
    public ObservableDoubleValue textScale() {
        return textScale;
    }

    private void fonts() {
        double s = textScale.get();
        double k = s > 0 && Double.isFinite(s) ? s : 1;
        if (k != fontScale) {
            fontScale = k;
            font = Font.font("System", 13 * k);
            small = Font.font("System", 12 * k);
            bold = Font.font("System", FontWeight.BOLD, 13 * k);
        }
    }

    /** Titles and legends, at the current text scale. */
    protected final Font font() {
        fonts();
        return font;
    }

    /** Tick labels and notes, at the current text scale (public for tests: what size the labels are drawn at). */
    public final Font small() {
        fonts();
        return small;
    }

    protected final Font bold() {
        fonts();
        return bold;
    }

    public ChartPalette palette() {
        return palette;
    }

    public void setPalette(ChartPalette palette) {
        this.palette = Objects.requireNonNull(palette, "palette");
        redraw();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Paints the chart again from its current data. FX thread only. */
    public final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setGlobalAlpha(1);
        gc.setLineDashes();
        gc.setFill(palette.background());
        gc.fillRect(0, 0, w, h);
        draw(gc, w, h);
        redraws++;
    }

    /**
     * Paints the chart background over everything outside the plot rectangle, so that what was drawn across its
     * edge is cut off there. This replaces {@code GraphicsContext.clip()}, which the software renderer (used under
     * Xvfb and on machines without a usable GPU) implements as an extra blend pass over a layer the size of the
     * canvas on every frame: about a third of the 2-D plot's render time (async-profiler on the render thread).
     * Axes, labels and legends are drawn after it.
     */
    protected final void maskOutside(GraphicsContext gc, double x, double y, double w, double h) {
        double cw = canvas.getWidth();
        double ch = canvas.getHeight();
        gc.setFill(palette.background());
        gc.fillRect(0, 0, cw, y);
        gc.fillRect(0, y + h, cw, ch - y - h);
        gc.fillRect(0, y, x, h);
        gc.fillRect(x + w, y, cw - x - w, h);
    }

    /**
     * A one-pixel horizontal rule from x0 to x1 through the pixel row that holds y, in the current fill. Grid
     * lines, ticks and frames are filled rectangles rather than strokes: the software renderer fills an
     * axis-aligned rectangle directly, while a stroke goes through the general rasteriser row by row.
     */
    protected static void hRule(GraphicsContext gc, double x0, double x1, double y) {
        gc.fillRect(Math.min(x0, x1), Math.floor(y), Math.abs(x1 - x0), 1);
    }

    /** A one-pixel vertical rule from y0 to y1 through the pixel column that holds x, in the current fill. */
    protected static void vRule(GraphicsContext gc, double x, double y0, double y1) {
        gc.fillRect(Math.floor(x), Math.min(y0, y1), 1, Math.abs(y1 - y0));
    }

    /** The one-pixel outline just inside the rectangle (x, y, w, h), in the current fill. */
    protected static void frame(GraphicsContext gc, double x, double y, double w, double h) {
        hRule(gc, x, x + w, y);
        hRule(gc, x, x + w, y + h - 1);
        vRule(gc, x, y + 1, y + h - 1);
        vRule(gc, x + w - 1, y + 1, y + h - 1);
    }

    /** How many times the chart was painted (for tests). */
    public long redrawCount() {
        return redraws;
    }

    /** The canvas (e.g. for a PNG of just the plot). */
    public Canvas canvas() {
        return canvas;
    }

    /**
     * The x axis of a chart over training steps, [s0, s1] drawn under the plot area: ticks at whole steps only
     * (so a short run never shows "0 0 0 1 1"), their labels, "step" and the frame.
     */
    protected static void stepAxis(GraphicsContext gc, ChartPalette p, double s0, double s1,
                                   double px0, double py0, double pw, double ph) {
        double xs = Math.max(1, Ticks.step(s0, s1, Math.max(2, (int) (pw / 90))));
        gc.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        gc.setTextBaseline(javafx.geometry.VPos.TOP);
        for (double v = Ticks.first(s0, xs); v <= s1 + 1e-9; v += xs) {
            double x = px0 + (v - s0) / (s1 - s0) * pw;
            gc.setFill(p.axis());
            vRule(gc, x, py0 + ph, py0 + ph + 5);
            gc.setFill(p.mutedText());
            gc.fillText(Ticks.label(v, xs), x, py0 + ph + 7);
        }
        gc.fillText("step", px0 + pw / 2, py0 + ph + 22);
        gc.setFill(p.axis());
        frame(gc, px0, py0, pw, ph);
    }

    protected abstract void draw(GraphicsContext gc, double width, double height);

    private static final javafx.scene.text.Text MEASURE = new javafx.scene.text.Text();

    /** Width of a text in the small chart font. FX thread. */
    protected final double textWidth(String text) {
        MEASURE.setFont(small());
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    protected static boolean finite(double v) {
        return FiniteValues.finite(v);
    }
}
