package org.ganclassroom.clip;

import org.ganclassroom.sim.train.Snapshot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * Draws one frame of a clip: a run's {@link Snapshot} as the Simulator plots it (1-D: p_data filled, p_g, D(x) and
 * D*(x), the minibatches as ticks; 2-D: the heat map of D with the contours of p_data and p_g and the minibatches
 * as dots), with a legend and the step and JSD, into an RGB picture of a fixed size. Java2D only, so the command
 * line renders without a screen and the app's export looks the same. Text and lines scale with the picture, so a
 * 1280×800 clip reads on a projector as a 640×400 one reads on a laptop. Reuses its picture: not thread-safe.
 */
public final class FrameRenderer {
    /** Smallest and largest picture side accepted. */
    public static final int MIN_SIDE = 160;
    public static final int MAX_SIDE = 3840;

    private final int width;
    private final int height;
    private final ClipPalette palette;
    private final BufferedImage image;
    private final double scale;
    private final Plot1D plot1;
    private final Plot2D plot2;

    public FrameRenderer(int width, int height, ClipPalette palette) {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("picture size " + width + "×" + height + " is outside "
                    + MIN_SIDE + ".." + MAX_SIDE + " on each side");
        }
        this.width = width;
        this.height = height;
        this.palette = palette;
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        // the app's charts are read at about 900×560; a bigger clip draws everything bigger, not just more room
        this.scale = Math.max(0.75, Math.min(width / 900.0, height / 560.0));
        this.plot1 = new Plot1D(this);
        this.plot2 = new Plot2D(this);
    }

    /** The frame of {@code s}; the same picture object every call, overwritten. */
    public BufferedImage render(Snapshot s) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(palette.background());
            g.fillRect(0, 0, width, height);
            if (s.dimension() == 1) {
                plot1.draw(g, s);
            } else {
                plot2.draw(g, s);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public ClipPalette palette() {
        return palette;
    }

    /** Layout pixels → picture pixels. */
    double px(double v) {
        return v * scale;
    }

    Font font() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(px(12)));
    }

    Font boldFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(px(13)));
    }

    Graphics2D stroke(Graphics2D g, Color c, double w, float[] dashes) {
        g.setColor(c);
        float width = (float) px(w);
        g.setStroke(dashes == null ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, scaled(dashes), 0));
        return g;
    }

    private float[] scaled(float[] dashes) {
        float[] out = dashes.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= (float) scale;
        }
        return out;
    }

    /** Text with its left end at x, centred on y. */
    static void textLeft(Graphics2D g, String t, double x, double y) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(t, (float) x, (float) (y + (m.getAscent() - m.getDescent()) / 2.0));
    }

    static void textRight(Graphics2D g, String t, double x, double y) {
        textLeft(g, t, x - g.getFontMetrics().stringWidth(t), y);
    }

    static void textCentre(Graphics2D g, String t, double x, double y) {
        textLeft(g, t, x - g.getFontMetrics().stringWidth(t) / 2.0, y);
    }

    static void line(Graphics2D g, double x0, double y0, double x1, double y1) {
        g.draw(new Line2D.Double(x0, y0, x1, y1));
    }

    /**
     * The run's place in the top right corner: "step 1,200 · JSD 0.0123 nats"; returns its left end, where the
     * legend must stop.
     */
    double stepLabel(Graphics2D g, Snapshot s) {
        String jsd = Double.isFinite(s.metrics().jsd())
                ? String.format(Locale.ROOT, "JSD %.4f nats", s.metrics().jsd()) : "JSD —";
        String text = String.format(Locale.ROOT, "step %,d  ·  %s", s.metrics().step(), jsd);
        g.setFont(boldFont());
        g.setColor(palette.text());
        double right = width - px(12);
        textRight(g, text, right, px(18));
        double left = right - g.getFontMetrics().stringWidth(text);
        if (s.failure() != null) {
            g.setFont(font());
            g.setColor(palette.fake());
            textRight(g, "training left the sane range", right, px(36));
        }
        return left;
    }
}
