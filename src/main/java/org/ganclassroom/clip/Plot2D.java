package org.ganclassroom.clip;

import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.ui.charts.ContourLines;
import org.ganclassroom.ui.charts.FiniteValues;
import org.ganclassroom.ui.charts.HeatRaster;
import org.ganclassroom.ui.charts.Ticks;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A 2-D frame as {@code ui.charts.Heatmap2D} draws it: D(x) as a heat map with its colour bar, the contours of
 * p_data (blue) and p_g (vermillion) at ⅒ and ½ of each one's peak, and the last real and generated minibatches
 * as dots. A critic without a probability optimum is shown on its own range.
 */
final class Plot2D {
    /** Colours in the heat map's table (the clip's palette holds a coarser ramp; see ClipPalette). */
    private static final int HEAT_COLOURS = 256;
    private final FrameRenderer r;
    private final ContourLines contours = new ContourLines();
    private final HeatRaster raster;
    private double px0;
    private double py0;
    private double side;
    private double lower;
    private double upper;

    Plot2D(FrameRenderer r) {
        this.r = r;
        int[] colours = new int[HEAT_COLOURS];
        for (int k = 0; k < HEAT_COLOURS; k++) {
            colours[k] = r.palette().heatRgb(k / (HEAT_COLOURS - 1.0));
        }
        raster = new HeatRaster(colours);
    }

    void draw(Graphics2D g, Snapshot s) {
        ClipPalette p = r.palette();
        double bar = r.px(96);
        side = Math.floor(Math.max(r.px(20), Math.min(r.width() - r.px(48) - bar - r.px(8),
                r.height() - r.px(40) - r.px(36))));
        px0 = Math.floor(r.px(48) + Math.max(0, (r.width() - r.px(48) - bar - r.px(8) - side) / 2));
        py0 = Math.floor(r.px(40));
        lower = s.lower();
        upper = s.upper();
        boolean critic = s.dStar() == null;
        double lo = 0;
        double hi = 1;
        if (critic) {
            double[] range = FiniteValues.criticRange(s.d());
            lo = range[0];
            hi = range[1];
        }
        heat(g, s, lo, hi);
        g.setClip(new Rectangle2D.Double(px0, py0, side, side));
        contour(g, s, s.pData(), p.real());
        contour(g, s, s.pG(), p.fake());
        dots(g, s.realBatch(), p.real());
        dots(g, s.fakeBatch(), p.fake());
        g.setClip(null);
        axes(g);
        colourBar(g, critic, lo, hi);
        double stop = r.stepLabel(g, s);
        legend(g, stop);
    }

    private double sx(double x) {
        return px0 + (x - lower) / (upper - lower) * side;
    }

    private double sy(double y) {
        return py0 + side - (y - lower) / (upper - lower) * side;
    }

    private void heat(Graphics2D g, Snapshot s, double lo, double hi) {
        int n = s.gridSize();
        double[] d = s.d();
        double[] normalised = new double[n * n];
        for (int j = 0; j < n; j++) {
            int row = (n - 1 - j) * n;
            for (int i = 0; i < n; i++) {
                double v = j * n + i < d.length ? d[j * n + i] : Double.NaN;
                normalised[row + i] = FiniteValues.finite(v) ? (v - lo) / (hi - lo) : 0.5;
            }
        }
        int size = (int) side;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        raster.paint(normalised, n, size, ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData());
        g.drawImage(img, (int) px0, (int) py0, null);
    }

    /** Level lines at ⅒ and ½ of the density's peak, as the app draws them. */
    private void contour(Graphics2D g, Snapshot s, double[] v, Color c) {
        double max = FiniteValues.max(v);
        int n = s.gridSize();
        if (!(max > 0) || v.length < n * n) {
            return;
        }
        r.stroke(g, c, 1.6, null);
        double cell = (upper - lower) / n;
        for (double frac : new double[]{0.1, 0.5}) {
            contours.trace(v, n, frac * max);
            for (int k = 0; k < contours.lines(); k++) {
                Path2D.Double path = new Path2D.Double();
                for (int q = 0; q < contours.size(k); q++) {
                    double x = sx(lower + (contours.x(k, q) + 0.5) * cell);
                    double y = sy(lower + (contours.y(k, q) + 0.5) * cell);
                    if (q == 0) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                }
                g.draw(path);
            }
        }
    }

    private void dots(Graphics2D g, double[][] points, Color c) {
        if (points == null || points.length < 2) {
            return;
        }
        double rad = r.px(side > r.px(500) ? 4.5 : 3.5);
        int n = Math.min(points[0].length, points[1].length);
        for (int i = 0; i < n; i++) {
            double x = points[0][i];
            double y = points[1][i];
            if (!FiniteValues.finite(x) || !FiniteValues.finite(y)) {
                continue;
            }
            Ellipse2D.Double dot = new Ellipse2D.Double(sx(x) - rad, sy(y) - rad, 2 * rad, 2 * rad);
            g.setColor(c);
            g.fill(dot);
            r.stroke(g, r.palette().sampleOutline(), 1, null).draw(dot);
        }
    }

    private void axes(Graphics2D g) {
        ClipPalette p = r.palette();
        g.setFont(r.font());
        g.setStroke(new java.awt.BasicStroke(1f));
        double step = Ticks.step(lower, upper, Math.max(2, (int) (side / r.px(70))));
        for (double v = Ticks.first(lower, step); v <= upper + 1e-9; v += step) {
            double x = Math.floor(sx(v)) + 0.5;
            double y = Math.floor(sy(v)) + 0.5;
            g.setColor(p.axis());
            FrameRenderer.line(g, x, py0 + side, x, py0 + side + r.px(5));
            FrameRenderer.line(g, px0 - r.px(5), y, px0, y);
            g.setColor(p.mutedText());
            FrameRenderer.textCentre(g, Ticks.label(v, step), x, py0 + side + r.px(15));
            FrameRenderer.textRight(g, Ticks.label(v, step), px0 - r.px(8), y);
        }
        g.setColor(p.axis());
        g.draw(new Rectangle2D.Double(px0 + 0.5, py0 + 0.5, side - 1, side - 1));
    }

    private void colourBar(Graphics2D g, boolean critic, double lo, double hi) {
        ClipPalette p = r.palette();
        double bx = px0 + side + r.px(18);
        double bh = Math.min(side, r.px(260));
        double by = py0 + (side - bh) / 2;
        double bw = r.px(16);
        int steps = 64;
        for (int k = 0; k < steps; k++) {
            g.setColor(new Color(p.heatRgb((k + 0.5) / steps)));
            g.fill(new Rectangle2D.Double(bx, by + bh - (k + 1) * bh / steps, bw, bh / steps + 0.5));
        }
        r.stroke(g, p.axis(), 1, null).draw(new Rectangle2D.Double(bx, by, bw, bh));
        g.setFont(r.font());
        double step = Ticks.step(lo, hi, 4);
        String[] names = {"0 fake", "½", "1 real"};
        double[] ticks = {lo, (lo + hi) / 2, hi};
        for (int k = 0; k < 3; k++) {
            double y = by + bh - k * bh / 2;
            g.setColor(p.axis());
            FrameRenderer.line(g, bx + bw, y, bx + bw + r.px(4), y);
            g.setColor(p.text());
            FrameRenderer.textLeft(g, critic ? Ticks.label(ticks[k], step / 10) : names[k], bx + bw + r.px(7), y);
        }
        FrameRenderer.textLeft(g, critic ? "T(x)" : "D(x)", bx - r.px(2), by - r.px(12));
    }

    private void legend(Graphics2D g, double stop) {
        ClipPalette p = r.palette();
        g.setFont(r.font());
        double x = px0;
        double y = r.px(18);
        double rad = r.px(5);
        String[] names = {"real samples", "generated", "contours of p_data, p_g"};
        for (int k = 0; k < names.length; k++) {
            double end = x + r.px(24) + g.getFontMetrics().stringWidth(names[k]);
            if (end > stop - r.px(12)) {
                return;
            }
            if (k < 2) {
                Ellipse2D.Double dot = new Ellipse2D.Double(x + r.px(3), y - rad, 2 * rad, 2 * rad);
                g.setColor(k == 0 ? p.real() : p.fake());
                g.fill(dot);
                r.stroke(g, p.sampleOutline(), 1, null).draw(dot);
            } else {
                r.stroke(g, p.real(), 1.6, null).draw(new Ellipse2D.Double(x, y - r.px(6), r.px(18), r.px(12)));
                r.stroke(g, p.fake(), 1.6, null).draw(new Ellipse2D.Double(x + r.px(5), y - r.px(4), r.px(12), r.px(8)));
            }
            g.setColor(p.text());
            FrameRenderer.textLeft(g, names[k], x + r.px(24), y);
            x = end + r.px(16);
        }
    }
}
