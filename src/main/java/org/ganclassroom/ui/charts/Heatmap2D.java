package org.ganclassroom.ui.charts;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.ganclassroom.sim.train.Snapshot;

import java.nio.IntBuffer;

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
    /** Colours in the heat map's table: finer than a screen can show between two neighbouring grey levels. */
    private static final int HEAT_COLOURS = 1024;
    /** Largest heat-map picture side in pixels (beyond it JavaFX scales it up, smoothly). */
    private static final int MAX_HEAT_PIXELS = 2048;

    @SuppressWarnings("unchecked")
    private final PixelBuffer<IntBuffer>[] heatBuffers = new PixelBuffer[2];
    private final int[][] heatArrays = new int[2][];
    private final WritableImage[] heatImages = new WritableImage[2];
    private int heatSize;
    private int heatFrame;
    private double[] normalised = new double[0];
    private HeatRaster heatRaster;
    private ChartPalette heatPalette;
    private final ShapeBatch batch = new ShapeBatch();
    private final ContourLines contourLines = new ContourLines();
    private final DotStamp realDot = new DotStamp();
    private final DotStamp fakeDot = new DotStamp();
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

    public Heatmap2D() {
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

    /** Points the user is drawing; null hides them. */
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
            paintHeat(gc, s, lo, hi);
        } else {
            gc.setFill(p.plotBackground());
            gc.fillRect(px0, py0, side, side);
        }
        if (s != null) {
            if (showContours) {
                contours(gc, s, s.pData(), p.real(), 1.6);
                contours(gc, s, s.pG(), p.fake(), 1.6);
            }
            if (showManifold && manifold != null) {
                drawManifold(gc);
            }
            if (showGenerated && s.generated() != null && s.generated().length == 2) {
                gc.setFill(p.fake().deriveColor(0, 1, 1, 0.35));
                double[] gx = s.generated()[0];
                double[] gy = s.generated()[1];
                for (int i = 0; i < gx.length; i++) {
                    if (finite(gx[i]) && finite(gy[i])) {
                        gc.fillRect(sx(gx[i]) - 1, sy(gy[i]) - 1, 2, 2);
                    } else {
                        skipped++;
                    }
                }
            }
            if (showBatches) {
                dots(gc, s.realBatch(), p.real());
                dots(gc, s.fakeBatch(), p.fake());
                if (showPush) {
                    pushArrows(gc, s);
                }
            }
        }
        if (drawnX != null && drawnY != null) {
            dotsXY(gc, drawnX, drawnY, p.real());
        }
        maskOutside(gc, px0, py0, side, side);
        drawAxes(gc);
        gc.setFill(p.axis());
        frame(gc, px0, py0, side, side);
        if (s != null && showBatches) {
            edgeMarkers(gc, s.fakeBatch());
        }
        colourBar(gc, critic, lo, hi);
        legend(gc, w, critic);
    }

    private void paintHeat(GraphicsContext gc, Snapshot s, double lo, double hi) {
        ChartPalette p = palette();
        int n = s.gridSize();
        if (normalised.length != n * n) {
            normalised = new double[n * n];
        }
        double[] d = s.d();
        for (int j = 0; j < n; j++) {
            int row = (n - 1 - j) * n;
            for (int i = 0; i < n; i++) {
                int idx = j * n + i;
                double v = d != null && idx < d.length ? d[idx] : Double.NaN;
                if (!finite(v)) {
                    skipped++;
                    normalised[row + i] = 0.5;
                } else {
                    normalised[row + i] = (v - lo) / (hi - lo);
                }
            }
        }
        if (heatRaster == null || heatPalette != p) {
            int[] colours = new int[HEAT_COLOURS];
            for (int k = 0; k < HEAT_COLOURS; k++) {
                colours[k] = p.heatArgb(k / (HEAT_COLOURS - 1.0));
            }
            heatRaster = new HeatRaster(colours);
            heatPalette = p;
        }
        // one image pixel per screen pixel (capped for huge windows), drawn without scaling; see HeatRaster
        int size = (int) Math.max(1, Math.min(MAX_HEAT_PIXELS, Math.round(side * renderScale())));
        if (heatImages[0] == null || heatSize != size) {
            for (int k = 0; k < 2; k++) {
                heatArrays[k] = new int[size * size];
                heatBuffers[k] = new PixelBuffer<>(size, size, IntBuffer.wrap(heatArrays[k]),
                        PixelFormat.getIntArgbPreInstance());
                heatImages[k] = new WritableImage(heatBuffers[k]);
            }
            heatSize = size;
        }
        // Two pictures used in turn: the render thread may still be reading the one drawn last frame while this
        // one is written. The colours are opaque, so ARGB and premultiplied ARGB are the same numbers, and the
        // software renderer takes them as they are (setPixels into a plain WritableImage converted every pixel).
        int k = heatFrame++ & 1;
        heatRaster.paint(normalised, n, size, heatArrays[k]);
        heatBuffers[k].updateBuffer(b -> null);
        gc.setImageSmoothing(size < side * renderScale() || zoomOut);
        if (zoomOut) {
            gc.setFill(palette().plotBackground());
            gc.fillRect(px0, py0, side, side);
        }
        gc.drawImage(heatImages[k], sx(gridLower), sy(gridUpper), sx(gridUpper) - sx(gridLower),
                sy(gridLower) - sy(gridUpper));
        gc.setImageSmoothing(true);
    }

    /** Device pixels per layout pixel (2 on a HiDPI screen), so the heat map is as sharp as the screen. */
    private double renderScale() {
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

    private void colourBar(GraphicsContext gc, boolean critic, double lo, double hi) {
        ChartPalette p = palette();
        double bx = px0 + side + 18;
        double bh = Math.min(side, 260);
        double by = py0 + (side - bh) / 2;
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
        gc.setFont(small());
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

    private void legend(GraphicsContext gc, double w, boolean critic) {
        ChartPalette p = palette();
        gc.setFont(small());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = px0;
        double y = 16;
        x = legendDot(gc, x, y, p.real(), "real samples");
        x = legendDot(gc, x, y, p.fake(), "generated");
        if (showContours) {
            gc.setStroke(p.real());
            gc.setLineWidth(1.6);
            gc.strokeOval(x, y - 6, 18, 12);
            gc.setStroke(p.fake());
            gc.strokeOval(x + 5, y - 4, 12, 8);
            gc.setFill(p.text());
            gc.fillText("contours of p_data, p_g", x + 24, y);
            x += 24 + textWidth("contours of p_data, p_g") + 16;
        }
        if (showManifold && manifold != null && x < w - 120) {
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
        gc.setStroke(palette().sampleOutline());
        gc.setLineWidth(1);
        gc.strokeOval(x + 3, y - 5, 10, 10);
        gc.setFill(palette().text());
        gc.fillText(text, x + 20, y);
        return x + 20 + textWidth(text) + 16;
    }

    /** A vermillion wedge on the frame where each generated sample beyond it lies, pointing its way. */
    private void edgeMarkers(GraphicsContext gc, double[][] points) {
        if (points == null || points.length < 2) {
            return;
        }
        gc.setFill(palette().fake());
        int n = Math.min(points[0].length, points[1].length);
        double cx = px0 + side / 2;
        double cy = py0 + side / 2;
        for (int i = 0; i < n; i++) {
            double x = points[0][i];
            double y = points[1][i];
            if (Double.isNaN(x) || Double.isNaN(y) || (x >= lower && x <= upper && y >= lower && y <= upper)) {
                continue;
            }
            double dx = sx(Math.max(-1e9, Math.min(1e9, x))) - cx;
            double dy = sy(Math.max(-1e9, Math.min(1e9, y))) - cy;
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

    private void dots(GraphicsContext gc, double[][] points, Color c) {
        if (points == null || points.length < 2) {
            return;
        }
        dotsXY(gc, points[0], points[1], c);
    }

    private void dotsXY(GraphicsContext gc, double[] xs, double[] ys, Color c) {
        int n = Math.min(xs.length, ys.length);
        double r = side > 500 ? 4.5 : 3.5;
        DotStamp stamp = (c == palette().fake() ? fakeDot : realDot).of(c, palette().sampleOutline(), r, renderScale());
        for (int i = 0; i < n; i++) {
            if (!finite(xs[i]) || !finite(ys[i])) {
                skipped++;
                continue;
            }
            stamp.draw(gc, sx(xs[i]), sy(ys[i]));
        }
    }

    private void pushArrows(GraphicsContext gc, Snapshot s) {
        double[][] f = s.fakeBatch();
        double[][] push = s.fakePush();
        if (f == null || push == null || f.length < 2 || push.length < 2) {
            return;
        }
        int n = Math.min(f[0].length, push[0].length);
        double maxNorm = 0;
        for (int i = 0; i < n; i++) {
            double norm = Math.hypot(push[0][i], push[1][i]);
            if (finite(norm)) {
                maxNorm = Math.max(maxNorm, norm);
            }
        }
        if (!(maxNorm > 0)) {
            return;
        }
        double maxLen = Math.max(14, side / 16);
        gc.setStroke(palette().fake());
        gc.setFill(palette().fake());
        gc.setLineWidth(1.3);
        batch.clear();
        for (int i = 0; i < n; i++) {
            double fx = f[0][i];
            double fy = f[1][i];
            double ux = push[0][i];
            double uy = push[1][i];
            if (!finite(fx) || !finite(fy) || !finite(ux) || !finite(uy)) {
                skipped++;
                continue;
            }
            double len = Math.hypot(ux, uy) / maxNorm * maxLen;
            if (len < 3) {
                continue;
            }
            double k = len / Math.hypot(ux, uy);
            double x0 = sx(fx);
            double y0 = sy(fy);
            batch.add(x0, y0, x0 + ux * k, y0 - uy * k);
        }
        batch.drawArrows(gc);
    }

    private void drawManifold(GraphicsContext gc) {
        gc.setStroke(palette().manifold().deriveColor(0, 1, 1, 0.75));
        gc.setLineWidth(1.1);
        // every line in one path and one stroke (see ShapeBatch); a non-finite point breaks its line there
        gc.beginPath();
        for (double[][] line : manifold) {
            if (line == null || line.length < 2) {
                continue;
            }
            double[] lx = line[0];
            double[] ly = line[1];
            int n = Math.min(lx.length, ly.length);
            boolean open = false;
            for (int i = 0; i < n; i++) {
                if (finite(lx[i]) && finite(ly[i])) {
                    if (open) {
                        gc.lineTo(sx(lx[i]), sy(ly[i]));
                    } else {
                        gc.moveTo(sx(lx[i]), sy(ly[i]));
                        open = true;
                    }
                } else {
                    skipped++;
                    open = false;
                }
            }
        }
        gc.stroke();
        gc.beginPath();
    }

    /** Level lines at ⅒ and ½ of the density's maximum, each chained into polylines (see ContourLines). */
    private void contours(GraphicsContext gc, Snapshot s, double[] v, Color c, double width) {
        double max = FiniteValues.max(v);
        if (!(max > 0)) {
            return;
        }
        int n = s.gridSize();
        if (v.length < n * n) {
            return;
        }
        gc.setStroke(c);
        gc.setLineWidth(width);
        // One stroke per line: the software renderer computes and blends a coverage mask over the whole bounding
        // box of each stroke, so one path holding every line costs the area of the whole plot.
        double cell = (gridUpper - gridLower) / n;
        for (double frac : new double[]{0.1, 0.5}) {
            contourLines.trace(v, n, frac * max);
            skipped += contourLines.skipped();
            for (int k = 0; k < contourLines.lines(); k++) {
                gc.beginPath();
                for (int q = 0; q < contourLines.size(k); q++) {
                    double x = sx(gridLower + (contourLines.x(k, q) + 0.5) * cell);
                    double y = sy(gridLower + (contourLines.y(k, q) + 0.5) * cell);
                    if (q == 0) {
                        gc.moveTo(x, y);
                    } else {
                        gc.lineTo(x, y);
                    }
                }
                gc.stroke();
            }
        }
        gc.beginPath();
    }

    /** Canvas x of data x in the last draw (for tests). */
    double canvasX(double x) {
        return sx(x);
    }

    /** Canvas y of data y in the last draw (for tests). */
    double canvasY(double y) {
        return sy(y);
    }

    private double sx(double x) {
        return px0 + (x - lower) / (upper - lower) * side;
    }

    private double sy(double y) {
        return py0 + side - (y - lower) / (upper - lower) * side;
    }
}
