package org.ganclassroom.sim.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one validation of a setting, wherever it is entered: the Simulator's form, an experiment file, {@code sim --set}.
 * A typed value is placed into the default experiment, exactly as {@code --set key=value} places it, and read back by
 * {@link ExperimentJson}'s reader, so the same bad value gets the same message everywhere, e.g.
 * {@code training.lrG: 1000000 is out of range; allowed (0, 1]} (a file's message adds {@code file:line:column: }
 * before it, the command line {@code --set …: }).
 */
public final class SettingRules {
    public static final String SEED = "seed";
    public static final String LR_G = "training.lrG";
    public static final String LR_D = "training.lrD";
    public static final String BATCH_SIZE = "training.batchSize";
    public static final String D_STEPS = "stabilisers.dSteps";
    public static final String NOISE_DIM = "generator.noiseDim";

    private static final ObjectNode REFERENCE = ExperimentJson.toTree(
            new Experiment(ExperimentPresets.get(ExperimentPresets.DEFAULT), null));

    private SettingRules() {
    }

    /**
     * The default experiment with {@code key} set to the typed {@code text}: read its field back for the value.
     *
     * @throws ConfigException with the reader's one-line message naming the key when the value is not allowed
     */
    public static ExperimentConfig withValue(String key, String text) throws ConfigException {
        ObjectNode tree = REFERENCE.deepCopy();
        ExperimentJson.applyOverride(tree, key + "=" + (text == null ? "" : text));
        return ExperimentJson.fromTree(tree).config();
    }

    /** What is wrong with {@code text} for {@code key}, as every entry point words it, or null when it is allowed. */
    public static String problem(String key, String text) {
        try {
            withValue(key, text);
            return null;
        } catch (ConfigException e) {
            return e.getMessage();
        }
    }
}
