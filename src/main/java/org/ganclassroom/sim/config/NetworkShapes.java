package org.ganclassroom.sim.config;

import org.ganclassroom.sim.nn.MlpSpec;

/**
 * The full shapes of G and D for a config. G maps noise (noiseDim) to data (1 or 2 dimensions);
 * D maps a pack of m data points (m = 1 unless PacGAN packing is on in the config) plus one slot for the
 * minibatch std-dev feature (0 while that chip is off, so the chip can be switched live without changing D's
 * shape) to one raw output v.
 */
public final class NetworkShapes {
    private NetworkShapes() {
    }

    public static MlpSpec generator(ExperimentConfig c) {
        return new MlpSpec(c.noiseDim(), c.generator().hidden(), c.generator().activation(), c.data().dimension());
    }

    /** Σ over layers of (in·out + out): weights plus biases. */
    public static int paramCount(MlpSpec spec) {
        int count = 0;
        int in = spec.inputDim();
        for (int width : spec.hidden()) {
            count += in * width + width;
            in = width;
        }
        return count + in * spec.outputDim() + spec.outputDim();
    }

    public static MlpSpec discriminator(ExperimentConfig c) {
        return new MlpSpec(c.data().dimension() * c.stabilisers().pack() + 1, c.discriminator().hidden(),
                c.discriminator().activation(), 1);
    }
}
