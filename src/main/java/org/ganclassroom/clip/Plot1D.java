package org.ganclassroom.clip;

import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.ui.charts.FiniteValues;
import org.ganclassroom.ui.charts.Ticks;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Path2D;

/**
 * A 1-D frame as {@code ui.charts.DensityChart1D} draws it: p_data filled, p_g as a line, D(x) and the dashed D*(x)
 * on a right-hand axis from 0 to 1 with the ½ line (a critic without such an optimum on its own range), the last
 * minibatches as ticks along the x axis; the density scale stops at 3× p_data's peak, as in the app.
 */
final class Plot1D {
    private static final double D_MARGIN = 0.05;
    private final FrameRenderer r;
    private double px0;
    private double py0;
    private double pw;
    private double ph;
    private double lower;
    private double upper;

    Plot1D(FrameRenderer r) {
        this.r = r;
    }

    void draw(Graphics2D g, Snapshot s) {
        ClipPalette p = r.palette();
        px0 = r.px(58);
        py0 = r.px(40);
        pw = r.width() - px0 - r.px(62);
        ph = r.height() - py0 - r.px(46);
        lower = s.lower();
        upper = s.upper();
        double maxData = FiniteValues.max(s.pData());
        double maxG = FiniteValues.max(s.pG());
        double yMax = Math.max(maxData, Math.min(FiniteValues.finite(maxG) ? maxG : 0, 3 * Math.max(maxData, 1e-9)));
        yMax = (yMax > 0 ? yMax : 0.5) * 1.08;
        boolean critic = s.dStar() == null;
        double dLo = -D_MARGIN;
        double dHi = 1 + D_MARGIN;
        if (critic) {
            double[] range = FiniteValues.criticRange(s.d());
            dLo = range[0];
            dHi = range[1];
        }
        grid(g, yMax);
        g.setClip(new Rectangle((int) px0, (int) py0, (int) Math.ceil(pw), (int) Math.ceil(ph)));
        fill(g, s, s.pData(), yMax, p.overBackground(p.real(), 0.22));
        series(g, s, s.pData(), 0, yMax, p.real(), 1.5, null);
        series(g, s, s.pG(), 0, yMax, p.fake(), 2.6, null);
        if (!critic) {
            r.stroke(g, p.mutedText(), 1, new float[]{2, 4});
            double yh = y(0.5, dLo, dHi);
            FrameRenderer.line(g, px0, yh, px0 + pw, yh);
        }
        series(g, s, s.d(), dLo, dHi, p.discriminator(), 2.2, null);
        if (!critic) {
            series(g, s, s.dStar(), dLo, dHi, p.optimum(), 1.6, new float[]{7, 5});
        }
        batches(g, s);
        g.setClip(null);
        axes(g, yMax, critic, dLo, dHi);
        double stop = r.stepLabel(g, s);
        legend(g, critic, s.optimumMoved(), stop);
    }

    private double sx(double x) {
        return px0 + (x - lower) / (upper - lower) * pw;
    }

    private double y(double v, double lo, double hi) {
        return py0 + ph - Math.max(-0.5, Math.min(1.5, (v - lo) / (hi - lo))) * ph;
    }

    private void grid(Graphics2D g, double yMax) {
        g.setColor(r.palette().grid());
        g.setStroke(new java.awt.BasicStroke(1f));
        double step = Ticks.step(0, yMax, 5);
        for (double v = 0; v <= yMax + 1e-12; v += step) {
            double yy = Math.floor(py0 + ph - v / yMax * ph) + 0.5;
            FrameRenderer.line(g, px0, yy, px0 + pw, yy);
        }
        double xs = Ticks.step(lower, upper, Math.max(2, (int) (pw / r.px(70))));
        for (double v = Ticks.first(lower, xs); v <= upper + 1e-9; v += xs) {
            double xx = Math.floor(sx(v)) + 0.5;
            FrameRenderer.line(g, xx, py0, xx, py0 + ph);
        }
    }

    private void axes(Graphics2D g, double yMax, boolean critic, double dLo, double dHi) {
        ClipPalette p = r.palette();
        g.setFont(r.font());
        g.setStroke(new java.awt.BasicStroke(1f));
        double step = Ticks.step(0, yMax, 5);
        g.setColor(p.mutedText());
        for (double v = 0; v <= yMax + 1e-12; v += step) {
            FrameRenderer.textRight(g, Ticks.label(v, step), px0 - r.px(6), py0 + ph - v / yMax * ph);
        }
        double xs = Ticks.step(lower, upper, Math.max(2, (int) (pw / r.px(70))));
        for (double v = Ticks.first(lower, xs); v <= upper + 1e-9; v += xs) {
            double xx = Math.floor(sx(v)) + 0.5;
            g.setColor(p.axis());
            FrameRenderer.line(g, xx, py0 + ph, xx, py0 + ph + r.px(5));
            g.setColor(p.mutedText());
            FrameRenderer.textCentre(g, Ticks.label(v, xs), xx, py0 + ph + r.px(15));
        }
        FrameRenderer.textCentre(g, "x", px0 + pw / 2, py0 + ph + r.px(33));
        rotated(g, "density", r.px(14), py0 + ph / 2, -Math.PI / 2, p.mutedText());
        g.setColor(p.axis());
        g.draw(new java.awt.geom.Rectangle2D.Double(Math.floor(px0) + 0.5, Math.floor(py0) + 0.5,
                Math.floor(pw) - 1, Math.floor(ph) - 1));
        double ds = Ticks.step(dLo, dHi, 4);
        g.setColor(p.discriminator());
        for (double v = Ticks.first(dLo, ds); v <= dHi + 1e-9; v += ds) {
            double yy = y(v, dLo, dHi);
            FrameRenderer.line(g, px0 + pw, yy, px0 + pw + r.px(5), yy);
            FrameRenderer.textLeft(g, Ticks.label(v, ds), px0 + pw + r.px(8), yy);
        }
        rotated(g, critic ? "critic T(x)" : "D(x)", px0 + pw + r.px(50), py0 + ph / 2, Math.PI / 2, p.discriminator());
    }

    private static void rotated(Graphics2D g, String text, double x, double y, double angle, Color c) {
        var saved = g.getTransform();
        g.translate(x, y);
        g.rotate(angle);
        g.setColor(c);
        FrameRenderer.textCentre(g, text, 0, 0);
        g.setTransform(saved);
    }

    private void fill(Graphics2D g, Snapshot s, double[] v, double yMax, Color c) {
        Path2D.Double path = new Path2D.Double();
        boolean open = false;
        double lastX = 0;
        double base = py0 + ph;
        for (int i = 0; i < s.gridSize() && i < v.length; i++) {
            double x = sx(s.cellCentre(i));
            if (!FiniteValues.finite(v[i])) {
                if (open) {
                    path.lineTo(lastX, base);
                    path.closePath();
                    open = false;
                }
                continue;
            }
            if (!open) {
                path.moveTo(x, base);
                open = true;
            }
            path.lineTo(x, base - Math.min(v[i] / yMax, 1.2) * ph);
            lastX = x;
        }
        if (open) {
            path.lineTo(lastX, base);
            path.closePath();
        }
        g.setColor(c);
        g.fill(path);
    }

    private void series(Graphics2D g, Snapshot s, double[] v, double lo, double hi, Color c, double width,
                        float[] dashes) {
        if (v == null) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < s.gridSize() && i < v.length; i++) {
            if (!FiniteValues.finite(v[i])) {
                open = false;
                continue;
            }
            double x = sx(s.cellCentre(i));
            double yy = y(v[i], lo, hi);
            if (open) {
                path.lineTo(x, yy);
            } else {
                path.moveTo(x, yy);
                open = true;
            }
        }
        r.stroke(g, c, width, dashes).draw(path);
    }

    private void batches(Graphics2D g, Snapshot s) {
        double base = py0 + ph;
        ticks(g, s.realBatch(), r.palette().real(), base - r.px(1), base - r.px(9));
        ticks(g, s.fakeBatch(), r.palette().fake(), base - r.px(11), base - r.px(19));
    }

    private void ticks(Graphics2D g, double[][] batch, Color c, double y0, double y1) {
        if (batch == null || batch.length == 0) {
            return;
        }
        r.stroke(g, c, 1.6, null);
        for (double x : batch[0]) {
            if (FiniteValues.finite(x) && x >= lower && x <= upper) {
                FrameRenderer.line(g, sx(x), y0, sx(x), y1);
            }
        }
    }

    private void legend(Graphics2D g, boolean critic, boolean moved, double stop) {
        ClipPalette p = r.palette();
        g.setFont(r.font());
        boolean compact = r.width() < 760;
        double x = Math.max(r.px(8), px0 - r.px(40));
        double y = r.px(18);
        double box = r.px(18);
        String[] names = {compact ? "p_data" : "p_data (real)", compact ? "p_g" : "p_g (generator)",
                critic ? "critic T(x)" : "D(x)", critic ? null : compact ? "D*(x)" : moved ? "D*(x) of the game played"
                : "D*(x) optimal"};
        for (int k = 0; k < names.length; k++) {
            if (names[k] == null) {
                continue;
            }
            double end = x + box + r.px(6) + g.getFontMetrics().stringWidth(names[k]);
            if (end > stop - r.px(12)) {
                return;
            }
            if (k == 0) {
                g.setColor(p.overBackground(p.real(), 0.3));
                g.fill(new java.awt.geom.Rectangle2D.Double(x, y - box / 3, box, box * 2 / 3));
                r.stroke(g, p.real(), 1.5, null).draw(new java.awt.geom.Rectangle2D.Double(x, y - box / 3, box, box * 2 / 3));
            } else {
                Color c = k == 1 ? p.fake() : k == 2 ? p.discriminator() : p.optimum();
                r.stroke(g, c, k == 1 ? 2.6 : k == 2 ? 2.2 : 1.6, k == 3 ? new float[]{7, 5} : null);
                FrameRenderer.line(g, x, y, x + box * 1.2, y);
            }
            g.setColor(p.text());
            FrameRenderer.textLeft(g, names[k], x + box * 1.2 + r.px(6), y);
            x = end + box * 0.2 + r.px(14);
        }
    }
}
