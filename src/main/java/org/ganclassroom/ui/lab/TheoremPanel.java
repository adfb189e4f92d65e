package org.ganclassroom.ui.lab;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.ui.common.Readout;
import org.ganclassroom.ui.markdown.MarkdownView;
import org.ganclassroom.ui.markdown.RenderContext;

/** The numbers and the caption of the Mini Lab's theorem panel (the readings of {@link TheoremMode}). */
final class TheoremPanel {
    static final String CAPTION = "**G is frozen; only D trains.** Proposition 1 of Goodfellow et al. "
            + "(2014): for a fixed G the best discriminator is "
            + "$D^*(x) = \\frac{p_{\\text{data}}(x)}{p_{\\text{data}}(x) + p_g(x)}$, so D(x) settles onto the "
            + "dashed D*(x) curve and the gap falls. Theorem 1: at $D^*$ the value of the game is "
            + "$V(D^*, G) = -\\log 4 + 2\\,\\mathrm{JSD}(p_{\\text{data}} \\,\\|\\, p_g)$, so V(D,G) approaches "
            + "$-\\log 4 + 2\\,\\mathrm{JSD}$. Its minimum $-\\log 4$ is reached only when $p_g = p_{\\text{data}}$.";

    private final TheoremMode theorem;
    private final Label gap;
    private final Label valueError;
    private final Label value;

    TheoremPanel(TheoremMode theorem, Label gap, Label valueError, Label value, StackPane caption) {
        this.theorem = theorem;
        this.gap = gap;
        this.valueError = valueError;
        this.value = value;
        Node text = MarkdownView.renderInline(CAPTION, RenderContext.PLAIN);
        text.getStyleClass().add("lab-caption");
        caption.getChildren().setAll(text);
    }

    /** The gap (and where it started), the value error, and V(D,G) beside its theoretical value. */
    void update(Metrics m) {
        double g = theorem.gapProperty().get();
        double start = theorem.gapAtStartProperty().get();
        gap.setText(Readout.number(g)
                + (Double.isFinite(g) && Double.isFinite(start) ? "   (from " + Readout.number(start) + ")" : ""));
        valueError.setText(Readout.number(theorem.valueErrorProperty().get()));
        value.setText(Readout.number(m.valueGrid()) + "   vs   " + Readout.number(m.theoryValue()));
    }
}
