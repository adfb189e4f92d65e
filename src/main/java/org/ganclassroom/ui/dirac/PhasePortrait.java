package org.ganclassroom.ui.dirac;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.ganclassroom.sim.dirac.DiracPoint;
import org.ganclassroom.ui.charts.ChartBase;
import org.ganclassroom.ui.charts.ChartPalette;

import java.util.function.Consumer;

/**
 * The Dirac-GAN's (θ, ψ) plane: the gradient vector field as arrows of the same length (their shade grows with
 * |v|), the equilibrium (0, 0), and the simultaneous (solid) and alternating (dashed) trajectories from the start
 * point, which the student drags. Draws a {@link PortraitSnapshot}; knows nothing about time.
 */
public final class PhasePortrait extends ChartBase {
    private static final int ARROWS = 13;
    private static final double PAD_LEFT = 46;
    private static final double PAD_RIGHT = 14;
    private static final double PAD_TOP = 12;
    private static final double PAD_BOTTOM = 40;
    private final double range;
    private PortraitSnapshot snapshot;
    private Consumer<DiracPoint> onDrag = p -> { };

    /** @param range θ and ψ are shown in [−range, range] */
    public PhasePortrait(double range) {
        this(range, NORMAL_TEXT);
    }

    /**
     * @param range     θ and ψ are shown in [−range, range]
     * @param textScale the scale of the portrait's text (1 = normal; the app's text zoom)
     */
    public PhasePortrait(double range, ObservableDoubleValue textScale) {
        super(textScale);
        this.range = range;
        setPrefSize(520, 440);
        setMinSize(260, 240);
        canvas.setOnMousePressed(e -> drag(e.getX(), e.getY()));
        canvas.setOnMouseDragged(e -> drag(e.getX(), e.getY()));
    }

    /** Called with the new start point while the student presses or drags on the plot. */
    public void setOnStartDragged(Consumer<DiracPoint> onDrag) {
        this.onDrag = onDrag == null ? p -> { } : onDrag;
    }

    void show(PortraitSnapshot snapshot) {
        this.snapshot = snapshot;
        redraw();
    }

    /** The pixel (x, y) on the canvas where a point of the plane is drawn. */
    public double[] toPixel(DiracPoint p) {
        double[] box = plotBox();
        return new double[]{box[0] + (p.theta() + range) / (2 * range) * box[2],
                box[1] + (range - p.psi()) / (2 * range) * box[3]};
    }

    private void drag(double x, double y) {
        double[] box = plotBox();
        double theta = clamp(-range + (x - box[0]) / box[2] * 2 * range);
        double psi = clamp(range - (y - box[1]) / box[3] * 2 * range);
        onDrag.accept(new DiracPoint(theta, psi));
    }

    private double clamp(double v) {
        return Math.max(-range, Math.min(range, v));
    }

    /** x, y, width, height of the square plot area. */
    private double[] plotBox() {
        double w = canvas.getWidth() - PAD_LEFT - PAD_RIGHT;
        double h = canvas.getHeight() - PAD_TOP - PAD_BOTTOM;
        double side = Math.max(10, Math.min(w, h));
        return new double[]{PAD_LEFT + (w - side) / 2, PAD_TOP, side, side};
    }

    @Override
    protected void draw(GraphicsContext gc, double width, double height) {
        ChartPalette p = palette();
        double[] box = plotBox();
        gc.setFill(p.plotBackground());
        gc.fillRect(box[0], box[1], box[2], box[3]);
        axes(gc, p, box);
        if (snapshot == null) {
            return;
        }
        arrows(gc, p, box);
        gc.setLineWidth(2);
        path(gc, snapshot.altTheta(), snapshot.altPsi(), snapshot.altN(), p.fake(), true);
        path(gc, snapshot.simTheta(), snapshot.simPsi(), snapshot.simN(), p.real(), false);
        maskOutside(gc, box[0], box[1], box[2], box[3]);
        axes(gc, p, box);
        double[] eq = toPixel(DiracPoint.EQUILIBRIUM);
        gc.setStroke(p.optimum());
        gc.setLineWidth(2);
        gc.strokeLine(eq[0] - 6, eq[1] - 6, eq[0] + 6, eq[1] + 6);
        gc.strokeLine(eq[0] - 6, eq[1] + 6, eq[0] + 6, eq[1] - 6);
        double[] s = toPixel(snapshot.start());
        gc.setFill(p.discriminator());
        gc.fillOval(s[0] - 7, s[1] - 7, 14, 14);
        gc.setStroke(p.sampleOutline());
        gc.setLineWidth(1.5);
        gc.strokeOval(s[0] - 7, s[1] - 7, 14, 14);
    }

    private void axes(GraphicsContext gc, ChartPalette p, double[] box) {
        gc.setFont(small());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (int k = (int) -Math.floor(range); k <= Math.floor(range); k++) {
            double[] px = toPixel(new DiracPoint(k, k));
            gc.setFill(k == 0 ? p.axis() : p.grid());
            vRule(gc, px[0], box[1], box[1] + box[3]);
            hRule(gc, box[0], box[0] + box[2], px[1]);
            gc.setFill(p.mutedText());
            gc.fillText(label(k), px[0], box[1] + box[3] + 4);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (int k = (int) -Math.floor(range); k <= Math.floor(range); k++) {
            gc.fillText(label(k), box[0] - 6, toPixel(new DiracPoint(k, k))[1]);
        }
        gc.setFill(p.text());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText("θ  (generator: where its point sits)", box[0] + box[2] / 2, box[1] + box[3] + 20);
        gc.save();
        gc.translate(Math.max(12, box[0] - 34), box[1] + box[3] / 2);
        gc.rotate(-90);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("ψ  (discriminator's slope)", 0, 0);
        gc.restore();
        gc.setFill(p.axis());
        frame(gc, box[0], box[1], box[2], box[3]);
    }

    private static String label(int k) {
        return k < 0 ? "−" + (-k) : Integer.toString(k);
    }

    private void arrows(GraphicsContext gc, ChartPalette p, double[] box) {
        double cell = box[2] / ARROWS;
        double[][] vx = new double[ARROWS][ARROWS];
        double[][] vy = new double[ARROWS][ARROWS];
        double max = 0;
        for (int i = 0; i < ARROWS; i++) {
            for (int j = 0; j < ARROWS; j++) {
                double theta = -range + (i + 0.5) * 2 * range / ARROWS;
                double psi = range - (j + 0.5) * 2 * range / ARROWS;
                DiracPoint v = snapshot.game().field(theta, psi);
                vx[i][j] = v.theta();
                vy[i][j] = v.psi();
                max = Math.max(max, v.norm());
            }
        }
        gc.setLineWidth(1.2);
        for (int i = 0; i < ARROWS; i++) {
            for (int j = 0; j < ARROWS; j++) {
                double norm = Math.hypot(vx[i][j], vy[i][j]);
                if (!(norm > 1e-12) || !finite(norm)) {
                    continue;
                }
                double cx = box[0] + (i + 0.5) * cell;
                double cy = box[1] + (j + 0.5) * cell;
                double len = cell * 0.38;
                double dx = vx[i][j] / norm * len;
                double dy = -vy[i][j] / norm * len;
                gc.setStroke(mix(p.grid(), p.mutedText(), 0.35 + 0.65 * norm / max));
                gc.strokeLine(cx - dx, cy - dy, cx + dx, cy + dy);
                double ax = -dx * 0.45;
                double ay = -dy * 0.45;
                gc.strokeLine(cx + dx, cy + dy, cx + dx + ax * 0.8 - ay * 0.5, cy + dy + ay * 0.8 + ax * 0.5);
                gc.strokeLine(cx + dx, cy + dy, cx + dx + ax * 0.8 + ay * 0.5, cy + dy + ay * 0.8 - ax * 0.5);
            }
        }
    }

    private void path(GraphicsContext gc, double[] theta, double[] psi, int n, Color colour, boolean dashed) {
        if (n < 2) {
            return;
        }
        gc.setStroke(colour);
        if (dashed) {
            gc.setLineDashes(7, 4);
        }
        gc.beginPath();
        boolean open = false;
        for (int i = 0; i < n; i++) {
            if (!finite(theta[i]) || !finite(psi[i])) {
                break;
            }
            double[] px = toPixel(new DiracPoint(theta[i], psi[i]));
            if (!open) {
                gc.moveTo(px[0], px[1]);
                open = true;
            } else {
                gc.lineTo(px[0], px[1]);
            }
        }
        gc.stroke();
        gc.setLineDashes();
    }

    private static Color mix(Color a, Color b, double t) {
        return a.interpolate(b, Math.max(0, Math.min(1, t)));
    }
}
