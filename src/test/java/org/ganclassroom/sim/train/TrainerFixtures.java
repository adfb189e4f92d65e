package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.DataSpec;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.NetworkSpec;
import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.nn.Activation;

import java.util.List;
import java.util.function.Consumer;

/** Small configs shared by the trainer tests. */
final class TrainerFixtures {
    private TrainerFixtures() {
    }

    /** A preset with a linear generator G(z) = W z + b, whose p_g is an exact Gaussian. */
    static ExperimentConfig linearGenerator(String dataPreset) {
        ExperimentConfig base = ExperimentPresets.defaultsFor(DataSpec.preset(dataPreset));
        return new ExperimentConfig(base.seed(), base.data(), base.noiseDim(),
                new NetworkSpec(List.of(), Activation.TANH), base.discriminator(), base.training(),
                base.stabilisers(), base.measure());
    }

    static ExperimentConfig withChips(ExperimentConfig c, Consumer<Stabilisers.Builder> change) {
        Stabilisers.Builder b = c.stabilisers().toBuilder();
        change.accept(b);
        return c.withStabilisers(b.build());
    }
}
