package org.ganclassroom.ui.simulator;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.ganclassroom.sim.run.Phase;

import java.util.EnumMap;
import java.util.Map;

/**
 * Algorithm 1 of Goodfellow et al. (2014), minibatch SGD for GANs, with the line the simulator is on
 * highlighted (pseudo-class {@code :active}). In slow motion the runner walks the phases one by one; at normal
 * speed the phase is {@link Phase#IDLE} and no line is highlighted.
 */
public final class AlgorithmPanel extends VBox {
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private final Map<Phase, Label> lines = new EnumMap<>(Phase.class);
    private final Label loopK = line("for k steps do", 1);
    private Phase phase = Phase.IDLE;

    public AlgorithmPanel() {
        getStyleClass().add("algorithm-panel");
        getStylesheets().add(AlgorithmPanel.class.getResource("algorithm.css").toExternalForm());
        Label title = new Label("Algorithm 1 (Goodfellow et al., 2014)");
        title.getStyleClass().add("algorithm-title");
        title.setWrapText(true);
        getChildren().add(title);
        getChildren().add(line("for each training iteration do", 0));
        getChildren().add(loopK);
        add(Phase.SAMPLE_NOISE, "sample m noise samples z⁽¹⁾…z⁽ᵐ⁾ ~ p_z", 2,
                "Draw a minibatch of noise vectors; the generator will turn them into fake samples G(z).");
        add(Phase.SAMPLE_DATA, "sample m examples x⁽¹⁾…x⁽ᵐ⁾ ~ p_data", 2,
                "Draw a minibatch of real samples from the target distribution.");
        add(Phase.UPDATE_D, "update D: ascend ∇ (1/m) Σ [log D(x) + log(1 − D(G(z)))]", 2,
                "One gradient step for the discriminator: push D(x) up on real samples and down on fakes.");
        getChildren().add(line("end for", 1));
        add(Phase.UPDATE_G, "sample noise; update G: descend ∇ (1/m) Σ log(1 − D(G(z)))", 1,
                "One gradient step for the generator: move the fakes to where D thinks samples look real.");
        getChildren().add(line("end for", 0));
        setAccessibleText("Algorithm 1, minibatch training of a GAN");
    }

    /**
     * Writes the two update lines for the objective being trained, so the algorithm beside the plot is the one
     * the simulator runs (Algorithm 1 of the paper is the minimax case). Unknown ids keep the minimax lines.
     */
    public void setObjective(String objectiveId) {
        String[] u = updateLines(objectiveId == null ? "minimax" : objectiveId);
        lines.get(Phase.UPDATE_D).setText("• " + u[0]);
        lines.get(Phase.UPDATE_G).setText("• " + u[1]);
    }

    /** The D and G update lines of an objective (losses as in the engine's {@code sim.loss} classes). */
    static String[] updateLines(String id) {
        String dLog = "update D: ascend ∇ (1/m) Σ [log D(x) + log(1 − D(G(z)))]";
        if (id.startsWith("fgan-")) {
            return new String[] {"update T: ascend ∇ (1/m) Σ [T(x) − f*(T(G(z)))]",
                    "sample noise; update G: descend ∇ −(1/m) Σ f*(T(G(z)))"};
        }
        return switch (id) {
            case "nonsaturating" -> new String[] {dLog,
                    "sample noise; update G: descend ∇ (1/m) Σ −log D(G(z))   (non-saturating)"};
            case "leastsquares" -> new String[] {
                    "update D: descend ∇ (1/m) Σ ½[(D(x) − 1)² + D(G(z))²]",
                    "sample noise; update G: descend ∇ (1/m) Σ ½(D(G(z)) − 1)²"};
            case "wasserstein" -> new String[] {
                    "update critic: ascend ∇ (1/m) Σ [D(x) − D(G(z))]",
                    "sample noise; update G: descend ∇ −(1/m) Σ D(G(z))"};
            case "hinge" -> new String[] {
                    "update D: descend ∇ (1/m) Σ [max(0, 1 − D(x)) + max(0, 1 + D(G(z)))]",
                    "sample noise; update G: descend ∇ −(1/m) Σ D(G(z))"};
            default -> new String[] {dLog, "sample noise; update G: descend ∇ (1/m) Σ log(1 − D(G(z)))"};
        };
    }

    private void add(Phase p, String text, int indent, String tip) {
        Label l = line("• " + text, indent);
        l.setTooltip(new Tooltip(tip));
        l.setId("algorithm-" + p.name().toLowerCase().replace('_', '-'));
        lines.put(p, l);
        getChildren().add(l);
    }

    private static Label line(String text, int indent) {
        Label l = new Label(text);
        l.getStyleClass().add("algorithm-line");
        l.setWrapText(true);
        l.setStyle("-fx-padding: 2 6 2 " + (6 + 18 * indent) + ";");
        return l;
    }

    /** Highlights the line of this phase (IDLE: none). FX thread. */
    public void setPhase(Phase p) {
        if (p == phase) {
            return;
        }
        phase = p == null ? Phase.IDLE : p;
        lines.forEach((k, l) -> l.pseudoClassStateChanged(ACTIVE, k == phase));
    }

    public Phase phase() {
        return phase;
    }

    /** Shows the number of discriminator steps k per generator step. */
    public void setK(int k) {
        loopK.setText(k == 1 ? "for k = 1 step do" : "for k = " + k + " steps do");
    }

    /** The label of a phase's line (for tests). */
    public Label lineOf(Phase p) {
        return lines.get(p);
    }
}
