package org.ganclassroom.ui.charts;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
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
    private long skipped;
    private final ShapeBatch batch = new ShapeBatch();
    private final DensityCurves1D curves = new DensityCurves1D(this);
    private final DensityAxes1D axes = new DensityAxes1D(this);
    private final SampleBand1D band = new SampleBand1D(this, batch);
    private final DensityLegend1D legend = new DensityLegend1D(this);
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

    /** A chart with text at its normal size. */
    public DensityChart1D() {
        this(NORMAL_TEXT);
    }

    /** A chart whose text follows {@code textScale} (1 = normal; the app's text zoom). */
    public DensityChart1D(ObservableDoubleValue textScale) {
        super(textScale);
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
        double maxData = s == null ? 0 : FiniteValues.max(s.pData());
        double maxG = s == null ? 0 : FiniteValues.max(s.pG());
        double yMax = Math.max(maxData, Math.min(maxG, 3 * Math.max(maxData, 1e-9)));
        if (!(yMax > 0)) {
            yMax = 0.5;
        }
        yMax *= 1.08;
        peakNote = maxG > yMax ? "p_g peak " + Ticks.label(maxG, maxG >= 10 ? 1 : 0.1) : null;

        axes.gridAndAxes(gc, yMax, false);
        boolean critic = s != null && s.dStar() == null;
        // a probability D keeps 0 and 1 off the frame, so D(x) = 1 is seen, not hidden under the top rule
        double dLo = -D_MARGIN;
        double dHi = 1 + D_MARGIN;
        if (s != null) {
            // p_data filled
            curves.fill(gc, s, s.pData(), yMax, p.real());
            curves.stroke(gc, s, s.pData(), 0, yMax, p.real(), 1.5, null);
            curves.stroke(gc, s, s.pG(), 0, yMax, p.fake(), 2.6, null);
            if (critic) {
                double[] range = FiniteValues.criticRange(s.d());
                dLo = range[0];
                dHi = range[1];
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
                curves.stroke(gc, s, s.d(), dLo, dHi, p.discriminator(), 2.2, null);
            }
            if (showDStar && !critic) {
                curves.stroke(gc, s, s.dStar(), dLo, dHi, p.optimum(), 1.6, new double[]{7, 5});
            }
        }
        yMaxDrawn = yMax;
        dLoDrawn = dLo;
        dHiDrawn = dHi;
        maskOutside(gc, px0, py0, pw, ph);
        axes.gridAndAxes(gc, yMax, true);
        if (s != null) {
            if (showBatches) {
                band.draw(gc, s);
            }
            axes.rightAxis(gc, critic, dLo, dHi);
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
        legend.draw(gc, s, w);
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

    double plotX() {
        return px0;
    }

    double plotY() {
        return py0;
    }

    double plotWidth() {
        return pw;
    }

    double plotHeight() {
        return ph;
    }

    /** The x range of the last draw. */
    double lower() {
        return lower;
    }

    double upper() {
        return upper;
    }

    /** Counts a non-finite value a part of the chart skipped in this draw. */
    void skip() {
        skipped++;
    }

    boolean showsBatches() {
        return showBatches;
    }

    boolean showsPush() {
        return showPush;
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

    double sx(double x) {
        return px0 + (x - lower) / (upper - lower) * pw;
    }
}
