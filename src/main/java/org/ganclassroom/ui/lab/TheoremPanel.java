package org.ganclassroom.ui.lab;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.ui.common.Readout;
import org.ganclassroom.ui.markdown.MarkdownView;
import org.ganclassroom.ui.markdown.RenderContext;

/**
 * The numbers and the caption of the Mini Lab's theorem panel (the readings of {@link TheoremMode}), and which
 * optimum D is measured against: Proposition 1's, or the one label smoothing or instance noise make of it.
 */
final class TheoremPanel {
    static final String CAPTION = "**G is frozen; only D trains.** Proposition 1 of Goodfellow et al. "
            + "(2014): for a fixed G the best discriminator is "
            + "$D^*(x) = \\frac{p_{\\text{data}}(x)}{p_{\\text{data}}(x) + p_g(x)}$, so D(x) settles onto the "
            + "dashed D*(x) curve and the gap falls. Theorem 1: at $D^*$ the value of the game is "
            + "$V(D^*, G) = -\\log 4 + 2\\,\\mathrm{JSD}(p_{\\text{data}} \\,\\|\\, p_g)$, so V(D,G) approaches "
            + "$-\\log 4 + 2\\,\\mathrm{JSD}$. Its minimum $-\\log 4$ is reached only when $p_g = p_{\\text{data}}$. "
            + "Label smoothing and instance noise change the game D plays, and with it D*: the panel's first line "
            + "says which optimum the dashed curve and the gaps use.";

    /** The panel's labels: the optimum line, the readout values, and the heading of the V comparison. */
    record Readouts(Label optimum, Label gap, Label valueError, Label valueHeading, Label value) {
    }

    private final TheoremMode theorem;
    private final Readouts labels;

    TheoremPanel(TheoremMode theorem, Readouts labels, StackPane caption) {
        this.theorem = theorem;
        this.labels = labels;
        Node text = MarkdownView.renderInline(CAPTION, RenderContext.PLAIN);
        text.getStyleClass().add("lab-caption");
        caption.getChildren().setAll(text);
    }

    /** The optimum, the gap (and where it started), the value error, and V(D,G) beside V(D*,G). */
    void update(Snapshot s) {
        Metrics m = s.metrics();
        labels.optimum().setText(s.optimumDescription() + ".");
        labels.valueHeading().setText(s.optimumMoved()
                ? "V(D,G)   vs   V(D*,G) at this D* (not −log 4 + 2·JSD, which is Theorem 1's plain game)"
                : "V(D,G)   vs   V(D*,G) = −log 4 + 2·JSD");
        double g = theorem.gapProperty().get();
        double start = theorem.gapAtStartProperty().get();
        labels.gap().setText(Readout.number(g)
                + (Double.isFinite(g) && Double.isFinite(start) ? "   (from " + Readout.number(start) + ")" : ""));
        labels.valueError().setText(Readout.number(theorem.valueErrorProperty().get()));
        labels.value().setText(Readout.number(m.valueGrid()) + "   vs   " + Readout.number(m.valueOptimum()));
    }
}
