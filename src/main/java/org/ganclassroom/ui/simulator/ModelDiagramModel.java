package org.ganclassroom.ui.simulator;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.nn.MlpSpec;
import org.ganclassroom.sim.config.NetworkShapes;
import org.ganclassroom.sim.run.Phase;
import org.ganclassroom.ui.charts.ModelDiagram;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What the model diagram says for a running config: the networks' shapes as the engine builds them, the losses. */
final class ModelDiagramModel {
    private ModelDiagramModel() {
    }

    /** Keeps the diagram on the run's config, objective and phase; rebuilt only when the config or objective changes. */
    static void follow(ModelDiagram diagram, SimulatorViewModel vm) {
        Object[] shown = new Object[2];
        Runnable model = () -> {
            ExperimentConfig c = vm.appliedConfig();
            String objective = vm.readouts().runningObjectiveProperty().get();
            if (c != shown[0] || !objective.equals(shown[1])) {
                shown[0] = c;
                shown[1] = objective;
                diagram.setModel(of(c, objective));
            }
        };
        vm.snapshotProperty().addListener((o, a, b) -> model.run());
        vm.readouts().runningObjectiveProperty().addListener((o, a, b) -> model.run());
        model.run();
        vm.phaseProperty().addListener((o, a, p) -> diagram.setLit(lit(p)));
        diagram.setLit(lit(vm.phaseProperty().get()));
    }

    static ModelDiagram.Model of(ExperimentConfig c, String objective) {
        int dim = c.data().dimension();
        MlpSpec g = NetworkShapes.generator(c);
        MlpSpec d = NetworkShapes.discriminator(c);
        int pack = c.stabilisers().pack();
        String real = "x ~ p_data, " + dim + "-D" + (pack > 1 ? ", packs of " + pack : "");
        String[] losses = losses(objective);
        return new ModelDiagram.Model("z ~ N(0, I), " + c.noiseDim() + "-D", layers(g), real,
                layers(d) + (pack > 1 ? "  (" + pack + " samples + 1)" : ""), verdict(objective), losses[0],
                losses[1]);
    }

    /** "1 → 16 → 16 → 1 · tanh": every layer's width, the hidden layers' activation. */
    static String layers(MlpSpec spec) {
        List<Integer> widths = new ArrayList<>();
        widths.add(spec.inputDim());
        widths.addAll(spec.hidden());
        widths.add(spec.outputDim());
        String shape = widths.stream().map(String::valueOf).collect(Collectors.joining(" → "));
        return spec.hidden().isEmpty() ? shape + " · linear" : shape + " · " + ConfigChoices.activationName(
                spec.hiddenActivation()).replace(" (linear)", "");
    }

    private static String verdict(String objective) {
        return switch (objective) {
            case "minimax", "nonsaturating" -> "D(x), D(G(z)) ∈ (0, 1): how real";
            case "wasserstein" -> "critic scores D(x), D(G(z)) ∈ ℝ";
            default -> objective.startsWith("fgan-") ? "T(x) = g_f(V(x))" : "scores D(x), D(G(z)) ∈ ℝ";
        };
    }

    /** {D's loss, G's loss} per sample, as the engine's loss classes compute them. */
    static String[] losses(String objective) {
        if (objective.startsWith("fgan-")) {
            return new String[] {"−T(x) + f*(T(G(z)))", "−f*(T(G(z)))"};
        }
        return switch (objective) {
            case "minimax" -> new String[] {"−log D(x) − log(1 − D(G(z)))", "log(1 − D(G(z)))"};
            case "nonsaturating" -> new String[] {"−log D(x) − log(1 − D(G(z)))", "−log D(G(z))"};
            case "leastsquares" -> new String[] {"½(D(x) − 1)² + ½D(G(z))²", "½(D(G(z)) − 1)²"};
            case "wasserstein" -> new String[] {"D(G(z)) − D(x)", "−D(G(z))"};
            case "hinge" -> new String[] {"[1 − D(x)]₊ + [1 + D(G(z))]₊", "−D(G(z))"};
            default -> new String[] {"L_D", "L_G"};
        };
    }

    static ModelDiagram.Lit lit(Phase p) {
        return switch (p) {
            case SAMPLE_NOISE -> ModelDiagram.Lit.SAMPLE_NOISE;
            case SAMPLE_DATA -> ModelDiagram.Lit.SAMPLE_DATA;
            case UPDATE_D -> ModelDiagram.Lit.UPDATE_D;
            case UPDATE_G -> ModelDiagram.Lit.UPDATE_G;
            case IDLE -> ModelDiagram.Lit.NONE;
        };
    }
}
