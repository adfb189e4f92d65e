package org.ganclassroom.sim.config;

/** What an experiment file holds: the config, and optionally the trained state. */
public record Experiment(ExperimentConfig config, ExperimentState state) {
    public boolean hasState() {
        return state != null;
    }
}
