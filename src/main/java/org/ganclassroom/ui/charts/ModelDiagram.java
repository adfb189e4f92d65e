package org.ganclassroom.ui.charts;

import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The model at a glance: noise z → G → fakes → D ← real samples → D's verdict → the two losses, with each network's
 * layer sizes and activation, and dashed arrows for the two updates. The parts that the running phase of the
 * algorithm touches are lit. Clicking G or D reports it (the simulator opens that network's settings).
 * One Region owning one Canvas, redrawn when its model, phase, palette or size changes.
 */
public final class ModelDiagram extends Region {
    /** A box of the diagram. */
    public enum Part { NOISE, G, FAKES, REAL, D, VERDICT, LOSS_D, LOSS_G }

    /** The phase of Algorithm 1 a diagram can light; NONE between steps. */
    public enum Lit { NONE, SAMPLE_NOISE, SAMPLE_DATA, UPDATE_D, UPDATE_G }

    /**
     * What the boxes say.
     *
     * @param noise   e.g. "z ~ N(0, I), 1-D"
     * @param g       G's layers and activation, e.g. "1 → 16 → 16 → 1 · tanh"
     * @param real    e.g. "x ~ p_data"
     * @param d       D's layers and activation
     * @param verdict what D outputs, e.g. "D(x), D(G(z)) ∈ (0, 1)"
     * @param lossD   D's loss in a few symbols
     * @param lossG   G's loss in a few symbols
     */
    public record Model(String noise, String g, String real, String d, String verdict, String lossD, String lossG) {
    }

    private static final double ROW_AT_1 = 34;
    private static final double GAP_AT_1 = 14;
    /** Room at each side for the dashed update arrows. */
    private static final double MARGIN = 10;
    private final Canvas canvas = new Canvas();
    private final Map<Part, double[]> boxes = new EnumMap<>(Part.class);
    private Model model = new Model("z", "G", "x ~ p_data", "D", "D(·)", "L_D", "L_G");
    private Lit lit = Lit.NONE;
    private ChartPalette palette = ChartPalette.light();
    private Consumer<Part> onOpen = p -> { };
    /** Text and rows grow with the shell's text zoom, as the charts' text does. */
    private javafx.beans.value.ObservableDoubleValue textScale = ChartBase.NORMAL_TEXT;
    private double scale = 1;
    private final javafx.beans.InvalidationListener rescale = o -> rescale();
    private final javafx.beans.WeakInvalidationListener weakRescale = new javafx.beans.WeakInvalidationListener(rescale);

    public ModelDiagram() {
        getStyleClass().add("model-diagram");
        getChildren().add(canvas);
        setPrefWidth(260);
        rescale();
        setOnMouseMoved(e -> setCursor(clickable(hit(e.getX(), e.getY())) ? Cursor.HAND : Cursor.DEFAULT));
        setOnMouseClicked(e -> {
            Part p = hit(e.getX(), e.getY());
            if (clickable(p)) {
                onOpen.accept(p);
            }
        });
        setAccessibleText("Model diagram: noise z, generator G, fakes, real samples, discriminator D, the losses");
    }

    /**
     * Draws the diagram's text and rows {@code textScale} times their normal size, following it as it changes (the
     * page gives it the app's text zoom, as the charts get theirs).
     */
    public void setTextScale(javafx.beans.value.ObservableDoubleValue textScale) {
        this.textScale.removeListener(weakRescale);
        this.textScale = Objects.requireNonNull(textScale, "textScale");
        textScale.addListener(weakRescale);
        rescale();
    }

    private void rescale() {
        double k = textScale.get();
        scale = k > 0 && Double.isFinite(k) ? k : 1;
        double h = 7 * row() + 6 * gap() + 4;
        setMinHeight(h);
        setPrefHeight(h);
        setMaxHeight(h);
        redraw();
    }

    private double row() {
        return ROW_AT_1 * scale;
    }

    private double gap() {
        return GAP_AT_1 * scale;
    }

    private static boolean clickable(Part p) {
        return p == Part.G || p == Part.D;
    }

    /** Called with G or D when that box is clicked. */
    public void setOnOpen(Consumer<Part> onOpen) {
        this.onOpen = Objects.requireNonNull(onOpen, "onOpen");
    }

    public void setModel(Model model) {
        if (!model.equals(this.model)) {
            this.model = model;
            redraw();
        }
    }

    public Model model() {
        return model;
    }

    public void setLit(Lit lit) {
        if (lit != this.lit) {
            this.lit = lit;
            redraw();
        }
    }

    public void setPalette(ChartPalette palette) {
        this.palette = palette;
        redraw();
    }

    /** The parts lit in a phase: the forward pass through G, the real batch, D's update, G's update. */
    public static Set<Part> litParts(Lit lit) {
        return switch (lit) {
            case SAMPLE_NOISE -> EnumSet.of(Part.NOISE, Part.G, Part.FAKES);
            case SAMPLE_DATA -> EnumSet.of(Part.REAL);
            case UPDATE_D -> EnumSet.of(Part.FAKES, Part.REAL, Part.D, Part.VERDICT, Part.LOSS_D);
            case UPDATE_G -> EnumSet.of(Part.NOISE, Part.G, Part.FAKES, Part.D, Part.VERDICT, Part.LOSS_G);
            case NONE -> EnumSet.noneOf(Part.class);
        };
    }

    /** The parts lit now. */
    public Set<Part> litParts() {
        return litParts(lit);
    }

    /** The box under a point, or null. */
    public Part hit(double x, double y) {
        for (var e : boxes.entrySet()) {
            double[] b = e.getValue();
            if (x >= b[0] && x <= b[0] + b[2] && y >= b[1] && y <= b[1] + b[3]) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Where a box is drawn: {x, y, width, height} in this region's coordinates. */
    public double[] box(Part p) {
        return boxes.get(p).clone();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    private void place() {
        double row = row();
        double gap = gap();
        double x = MARGIN;
        double w = Math.max(120, canvas.getWidth()) - 2 * MARGIN;
        double half = (w - gap) / 2;
        double y = 1;
        boxes.put(Part.NOISE, new double[] {x, y, half, row});
        y += row + gap;
        boxes.put(Part.G, new double[] {x, y, w, row});
        y += row + gap;
        boxes.put(Part.FAKES, new double[] {x, y, half, row});
        boxes.put(Part.REAL, new double[] {x + half + gap, y, half, row});
        y += row + gap;
        boxes.put(Part.D, new double[] {x, y, w, row});
        y += row + gap;
        boxes.put(Part.VERDICT, new double[] {x, y, w, row});
        y += row + gap;
        // the losses are the longest formulas: a row each
        boxes.put(Part.LOSS_D, new double[] {x, y, w, row});
        y += row + gap;
        boxes.put(Part.LOSS_G, new double[] {x, y, w, row});
    }

    private void redraw() {
        place();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Set<Part> on = litParts();
        arrow(g, Part.NOISE, Part.G, false, on);
        arrow(g, Part.G, Part.FAKES, false, on);
        arrow(g, Part.FAKES, Part.D, false, on);
        arrow(g, Part.REAL, Part.D, false, on);
        arrow(g, Part.D, Part.VERDICT, false, on);
        arrow(g, Part.VERDICT, Part.LOSS_D, false, on);
        sideArrow(g, Part.VERDICT, Part.LOSS_G, on);
        update(g, Part.LOSS_D, Part.D, true, lit == Lit.UPDATE_D);
        update(g, Part.LOSS_G, Part.G, false, lit == Lit.UPDATE_G);
        box(g, Part.NOISE, "noise", model.noise(), palette.mutedText(), on);
        box(g, Part.G, "G  generator", model.g(), palette.fake(), on);
        box(g, Part.FAKES, "fakes G(z)", "", palette.fake(), on);
        box(g, Part.REAL, "real", model.real(), palette.real(), on);
        box(g, Part.D, "D  discriminator", model.d(), palette.discriminator(), on);
        box(g, Part.VERDICT, "D's verdict", model.verdict(), palette.discriminator(), on);
        box(g, Part.LOSS_D, "D's loss", model.lossD(), palette.discriminator(), on);
        box(g, Part.LOSS_G, "G's loss", model.lossG(), palette.fake(), on);
    }

    private void box(GraphicsContext g, Part p, String title, String text, Color colour, Set<Part> on) {
        double[] b = boxes.get(p);
        boolean lit = on.contains(p);
        g.setFill(lit ? colour.deriveColor(0, 1, 1, 0.28) : palette.plotBackground());
        g.fillRoundRect(b[0], b[1], b[2], b[3], 10, 10);
        g.setStroke(colour);
        g.setLineWidth(lit ? 2.5 : 1.2);
        g.strokeRoundRect(b[0], b[1], b[2], b[3], 10, 10);
        g.setFill(palette.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font(null, FontWeight.BOLD, 11.5 * scale));
        g.fillText(title, b[0] + 7, b[1] + 3 * scale, b[2] - 12);
        g.setFont(Font.font(11 * scale));
        g.setFill(palette.mutedText());
        g.fillText(text, b[0] + 7, b[1] + 18 * scale, b[2] - 12);
    }

    private void arrow(GraphicsContext g, Part from, Part to, boolean dashed, Set<Part> on) {
        double[] a = boxes.get(from);
        double[] b = boxes.get(to);
        double x1 = a[0] + a[2] / 2;
        double y1 = a[1] + a[3];
        double x2 = Math.max(b[0] + 12, Math.min(b[0] + b[2] - 12, x1));
        double y2 = b[1];
        boolean lit = on.contains(from) && on.contains(to);
        g.setStroke(lit ? palette.text() : palette.axis());
        g.setLineWidth(lit ? 2 : 1);
        g.setLineDashes(dashed ? new double[] {4, 3} : null);
        g.strokeLine(x1, y1, x2, y2);
        head(g, x1, y1, x2, y2);
        g.setLineDashes(null);
    }

    /** From the verdict past D's loss to G's loss, down the middle of the right half. */
    private void sideArrow(GraphicsContext g, Part from, Part to, Set<Part> on) {
        double[] a = boxes.get(from);
        double[] b = boxes.get(to);
        double[] skip = boxes.get(Part.LOSS_D);
        double x = a[0] + a[2] * 0.75;
        boolean lit = on.contains(from) && on.contains(to);
        g.setStroke(lit ? palette.text() : palette.axis());
        g.setLineWidth(lit ? 2 : 1);
        g.strokeLine(x, a[1] + a[3], x, skip[1]);
        g.strokeLine(x, skip[1] + skip[3], x, b[1]);
        head(g, x, b[1] - 10, x, b[1]);
    }

    /** A dashed update arrow up the left (D) or right (G) edge, from a loss back to its network. */
    private void update(GraphicsContext g, Part loss, Part net, boolean left, boolean lit) {
        double[] l = boxes.get(loss);
        double[] n = boxes.get(net);
        double x = left ? MARGIN / 2 : canvas.getWidth() - MARGIN / 2;
        double inner = left ? l[0] : l[0] + l[2];
        g.setStroke(lit ? palette.text() : palette.axis());
        g.setLineWidth(lit ? 2 : 1);
        g.setLineDashes(4, 3);
        double yl = l[1] + l[3] / 2;
        double yn = n[1] + n[3] / 2;
        double edge = left ? n[0] : n[0] + n[2];
        g.strokeLine(inner, yl, x, yl);
        g.strokeLine(x, yl, x, yn);
        g.strokeLine(x, yn, edge, yn);
        g.setLineDashes(null);
        head(g, x, yn, edge, yn);
    }

    private void head(GraphicsContext g, double x1, double y1, double x2, double y2) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double s = 6;
        g.strokeLine(x2, y2, x2 - s * Math.cos(angle - 0.45), y2 - s * Math.sin(angle - 0.45));
        g.strokeLine(x2, y2, x2 - s * Math.cos(angle + 0.45), y2 - s * Math.sin(angle + 0.45));
    }
}
