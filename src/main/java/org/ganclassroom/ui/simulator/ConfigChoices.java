package org.ganclassroom.ui.simulator;

import org.ganclassroom.sim.data.DataPresets;
import org.ganclassroom.sim.loss.FDivergence;
import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.optim.OptimizerKind;

import java.util.ArrayList;
import java.util.List;

/** The choices the Simulator's configuration form offers, and the names it shows for them. */
public final class ConfigChoices {
    /** Data set choices beyond the presets. */
    public static final String DRAW_1D = "draw-1d";
    public static final String DRAW_2D = "draw-2d";

    private ConfigChoices() {
    }

    /** Whether {@code id} is one of the two "draw your own" data sets. */
    static boolean isDrawn(String id) {
        return DRAW_1D.equals(id) || DRAW_2D.equals(id);
    }

    /** A friendly name for an objective id. */
    public static String objectiveName(String id) {
        return switch (id) {
            case "minimax" -> "Minimax (original, saturating)";
            case "nonsaturating" -> "Non-saturating (−log D(G(z)))";
            case "leastsquares" -> "Least squares (LSGAN)";
            case "wasserstein" -> "Wasserstein (WGAN critic)";
            case "hinge" -> "Hinge";
            default -> {
                if (id.startsWith("fgan-")) {
                    for (FDivergence f : FDivergence.values()) {
                        if (id.equals("fgan-" + f.id())) {
                            yield "f-GAN: " + f.displayName();
                        }
                    }
                }
                yield id;
            }
        };
    }

    /** A friendly name for a data set choice. */
    public static String datasetName(String id) {
        if (DRAW_1D.equals(id)) {
            return "Draw your own (1-D)";
        }
        if (DRAW_2D.equals(id)) {
            return "Draw your own (2-D)";
        }
        return DataPresets.ids().contains(id) ? (DataPresets.isOneD(id) ? "1-D · " : "2-D · ") + DataPresets.name(id) : id;
    }

    /** Data set choices: 1-D presets, 2-D presets, then the two drawing modes. */
    public static List<String> datasetChoices() {
        List<String> out = new ArrayList<>(DataPresets.oneDIds());
        out.addAll(DataPresets.twoDIds());
        out.add(DRAW_1D);
        out.add(DRAW_2D);
        return out;
    }

    static String activationName(Activation a) {
        return switch (a) {
            case IDENTITY -> "identity (linear)";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU (0.2)";
            case TANH -> "tanh";
            case SIGMOID -> "sigmoid";
        };
    }

    static String optimizerName(OptimizerKind o) {
        return switch (o) {
            case SGD -> "SGD";
            case MOMENTUM -> "SGD with momentum";
            case ADAM -> "Adam";
        };
    }
}
