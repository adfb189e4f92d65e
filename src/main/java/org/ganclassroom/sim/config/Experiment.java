package org.ganclassroom.sim.config;

/**
 * What an experiment file holds: the config, and optionally the trained state, the name of the experiment preset
 * the run started from ({@link ExperimentPresets}; null when unknown) and the measured history up to the state.
 */
public record Experiment(ExperimentConfig config, ExperimentState state, String preset, SavedHistory history) {
    public Experiment(ExperimentConfig config, ExperimentState state) {
        this(config, state, null, null);
    }

    public boolean hasState() {
        return state != null;
    }

    public boolean hasHistory() {
        return history != null && history.size() > 0;
    }
}
