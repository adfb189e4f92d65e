package org.ganclassroom.ui.simulator;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.optim.OptimizerKind;

import java.time.Duration;

/** Configs for the simulator UI tests. */
final class SimFixtures {
    static final Duration WAIT = Duration.ofSeconds(60);

    private SimFixtures() {
    }

    /** Least squares with plain SGD at learning rate 1: blows up within a few hundred steps. */
    static ExperimentConfig wild() {
        ExperimentConfig c = ExperimentPresets.get("mixture2");
        TrainingSpec t = c.training();
        return c.withTraining(new TrainingSpec("leastsquares", OptimizerKind.SGD, 1, 1, t.beta1(), t.beta2(),
                t.batchSize()));
    }
}
