package org.ganclassroom.sim.config;

import java.util.Objects;

/**
 * The part of a run that can change while it trains: what {@code Simulation.updateSettings} takes. A chip
 * maps one LiveSettings to another ({@link Chip#apply}).
 */
public record LiveSettings(TrainingSpec training, Stabilisers stabilisers) {
    public LiveSettings {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(stabilisers, "stabilisers");
    }

    public static LiveSettings of(ExperimentConfig config) {
        return new LiveSettings(config.training(), config.stabilisers());
    }

    public LiveSettings withObjective(String objective) {
        TrainingSpec t = training;
        return new LiveSettings(new TrainingSpec(objective, t.optimizer(), t.lrG(), t.lrD(), t.beta1(), t.beta2(),
                t.batchSize(), t.lrDecay()), stabilisers);
    }

    public LiveSettings withStabilisers(Stabilisers s) {
        return new LiveSettings(training, s);
    }

    /** Is this chip on here? */
    public boolean isOn(Chip chip) {
        return chip.isOn(training, stabilisers);
    }

    /** These settings with the chip switched on or off. */
    public LiveSettings with(Chip chip, boolean on) {
        return chip.apply(training, stabilisers, on);
    }

    /** The config with these settings in place of its own. */
    public ExperimentConfig applyTo(ExperimentConfig config) {
        return config.withTraining(training).withStabilisers(stabilisers);
    }
}
