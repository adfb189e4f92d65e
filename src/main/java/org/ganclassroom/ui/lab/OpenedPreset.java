package org.ganclassroom.ui.lab;

import org.ganclassroom.sim.config.Experiment;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.ui.common.FixedDecimals;

/**
 * What the Mini Lab's preset box and history say about an opened experiment file. The box shows the preset the
 * file names when the run is that preset exactly ("settled"), "settled (modified) · run.json" when chips or
 * settings were changed after starting from it, and "custom · run.json" when it comes from no preset.
 */
final class OpenedPreset {
    private OpenedPreset() {
    }

    /** The preset whose config is exactly {@code c}, for files written before they named their preset; or null. */
    static String matching(ExperimentConfig c) {
        for (String name : ExperimentPresets.names()) {
            if (ExperimentPresets.get(name).equals(c)) {
                return name;
            }
        }
        return null;
    }

    /** The preset box's text for a run of {@code c} opened from {@code fileName}, started from {@code preset}. */
    static String label(String preset, ExperimentConfig c, String fileName) {
        if (preset == null) {
            return "custom · " + fileName;
        }
        return ExperimentPresets.get(preset).equals(c) ? preset : preset + " (modified) · " + fileName;
    }

    /** Why the chart starts late, when the file kept the weights but not the history before them; else "". */
    static String historyNote(Experiment e) {
        if (!e.hasState() || e.hasHistory() || e.state().step() == 0) {
            return "";
        }
        return "This file keeps the weights at step " + FixedDecimals.grouped(e.state().step())
                + " but not the history before them, so the chart starts there.";
    }
}
