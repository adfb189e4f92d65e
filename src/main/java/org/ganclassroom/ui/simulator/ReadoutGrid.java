package org.ganclassroom.ui.simulator;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

import java.util.List;

import static org.ganclassroom.ui.simulator.Tips.tip;

/** Fills the Simulator's readout grid: one name and value row per number, each with what it means. */
final class ReadoutGrid {
    private final GridPane grid;
    private int row;

    private ReadoutGrid(GridPane grid) {
        this.grid = grid;
    }

    static void fill(GridPane grid, SimulatorReadouts r) {
        ReadoutGrid g = new ReadoutGrid(grid);
        g.add("Step", "sim-step-value", r.stepProperty(), null, true,
                "SGD steps taken so far. One step = k discriminator updates and one generator update.");
        g.add("JSD (nats)", "sim-jsd", r.jsdProperty(), null, true,
                "Jensen–Shannon divergence between p_data and p_g, computed on the plot's grid, in nats "
                        + "(0 = identical, ln 2 ≈ 0.6931 = no overlap).");
        g.add("JSD (bits)", "sim-jsd-bits", r.jsdBitsProperty(), null, false,
                "The same JSD divided by ln 2: between 0 (identical) and 1 (no overlap).");
        g.add("Fréchet² (Gaussian fits)", "sim-frechet", r.frechetProperty(), r.oneDProperty().not(), false,
                "FID's formula on the raw points: ‖μ_data − μ_g‖² + Tr(Σ_data + Σ_g − 2(Σ_data Σ_g)^½) between Gaussian "
                        + "fits of real and generated samples. It sees only means and covariances: a ring and a "
                        + "blob with the same ones score 0.");
        g.add("Precision / recall", "sim-precision-recall", r.precisionRecallProperty(), r.oneDProperty().not(),
                false, "Precision: share of generated samples inside the real samples' k-NN balls; recall: share "
                        + "of real samples inside the generated ones' (k = 3, about a thousand points a side; "
                        + "Kynkäänniemi et al. 2019). Recomputed on every "
                        + org.ganclassroom.sim.run.Simulation.PRECISION_RECALL_EVERY + "th measured step.");
        g.add("V(D,G) batch", "sim-value-batch", r.valueBatchProperty(), r.valueShownProperty(), false,
                "The value function V(D,G) = E[log D(x)] + E[log(1 − D(G(z)))] estimated on the last minibatch.");
        g.add("V(D,G) grid", "sim-value-grid", r.valueGridProperty(), r.valueShownProperty(), false,
                "V(D,G) = ∫ p_data log D + ∫ p_g log(1 − D), integrated on the grid (no sampling noise).");
        g.add("−log 4 + 2·JSD", "sim-theory", r.theoryProperty(), r.valueShownProperty(), false,
                "What V(D*,G) must equal for the optimal discriminator D* (Goodfellow et al. 2014, Theorem 1). "
                        + "Compare it with V(D,G) grid: the closer D is to D*, the closer the two numbers.");
        g.add("D loss", "sim-d-loss", r.dLossProperty(), null, false,
                "The discriminator's loss in its last update (for the chosen objective).");
        g.add("G loss", "sim-g-loss", r.gLossProperty(), null, false,
                "The generator's loss in its last update (for the chosen objective).");
        g.add("W₁", "sim-w1", r.w1Property(), r.w1ShownProperty(), false,
                "Wasserstein-1 (earth mover's) distance ∫|F_data − F_g| dx between the two distributions (1-D only).");
        g.add("Modes captured", "sim-modes", r.modesProperty(), r.modesShownProperty(), true,
                "k / K: how many of the target's K modes receive enough high-quality generated samples.");
        g.add("High quality", "sim-hq", r.highQualityProperty(), r.modesShownProperty(), false,
                "Share of generated samples within 3 standard deviations of some mode of the target.");
        g.add("f-GAN bound", "sim-fbound", r.fBoundProperty(), r.fGanShownProperty(), false,
                "The variational lower bound E_p[T] − E_q[f*(T)] that the f-GAN critic currently reaches.");
        g.add("true f-divergence", "sim-ftrue", r.fTrueProperty(), r.fGanShownProperty(), false,
                "The true f-divergence ∫ q f(p/q) computed on the grid: the bound can at best reach it.");
        g.add("D gap", "sim-dgap", r.dGapProperty(), r.dGapShownProperty(), false,
                "∫ ½(p_data + p_g) |D − D*|: how far the discriminator is from the optimal one (0 = optimal).");
    }

    private void add(String name, String id, ObservableStringValue value, ObservableBooleanValue shown,
                     boolean big, String tooltip) {
        Label n = new Label(name);
        n.getStyleClass().add("sim-readout-name");
        // a long name wraps in a projector's narrow side panel rather than losing its end to "…"
        n.setWrapText(true);
        Label v = new Label();
        v.setId(id);
        v.getStyleClass().add("sim-readout-value");
        if (big) {
            v.getStyleClass().add("sim-readout-big");
        }
        v.textProperty().bind(value);
        v.setMinWidth(Label.USE_PREF_SIZE);
        Tooltip t = tip(tooltip);
        n.setTooltip(t);
        v.setTooltip(t);
        if (shown != null) {
            for (Label l : List.of(n, v)) {
                l.visibleProperty().bind(shown);
                l.managedProperty().bind(shown);
            }
        }
        grid.addRow(row++, n, v);
    }
}
