package org.ganclassroom.sim.config;

/**
 * Everything that defines a run. With the same config (seed included) a run follows the same trajectory,
 * bit for bit.
 *
 * @param seed          the one seed; every random stream of the run is split from it
 * @param data          target distribution
 * @param noiseDim      dimension of z ~ N(0, I), 1..8
 * @param generator     hidden layers of G (input noiseDim, output the data dimension)
 * @param discriminator hidden layers of D (input the data dimension, plus one for the minibatch std-dev slot; output 1)
 */
public record ExperimentConfig(long seed, DataSpec data, int noiseDim, NetworkSpec generator,
                               NetworkSpec discriminator, TrainingSpec training, Stabilisers stabilisers,
                               MeasureSpec measure) {

    public ExperimentConfig withSeed(long newSeed) {
        return new ExperimentConfig(newSeed, data, noiseDim, generator, discriminator, training, stabilisers, measure);
    }

    public ExperimentConfig withStabilisers(Stabilisers s) {
        return new ExperimentConfig(seed, data, noiseDim, generator, discriminator, training, s, measure);
    }

    public ExperimentConfig withGenerator(NetworkSpec g) {
        return new ExperimentConfig(seed, data, noiseDim, g, discriminator, training, stabilisers, measure);
    }

    public ExperimentConfig withTraining(TrainingSpec t) {
        return new ExperimentConfig(seed, data, noiseDim, generator, discriminator, t, stabilisers, measure);
    }
}
