package org.ganclassroom.sim.train;

/**
 * The independent random streams of one run, all split from its one seed in a fixed order. Keeping them
 * apart means that switching on a chip that draws random numbers (instance noise, the gradient penalty's
 * interpolation) does not change which real samples and noise the run sees, so an A/B comparison differs
 * only by the chip. {@link SplitMix64} draws exactly what {@code java.util.SplittableRandom} draws, so the streams
 * are those of {@code new SplittableRandom(seed).split()}, six times; unlike those, their states can be saved.
 */
final class RandomStreams {
    final SplitMix64 initG;
    final SplitMix64 initD;
    final SplitMix64 data;
    final SplitMix64 noise;
    final SplitMix64 instanceNoise;
    final SplitMix64 penalty;

    RandomStreams(long seed) {
        SplitMix64 root = new SplitMix64(seed);
        initG = root.split();
        initD = root.split();
        data = root.split();
        noise = root.split();
        instanceNoise = root.split();
        penalty = root.split();
    }

    /** Every stream's state, in the order they were split. */
    SplitMix64.State[] states() {
        return new SplitMix64.State[] {initG.state(), initD.state(), data.state(), noise.state(), instanceNoise.state(),
                penalty.state()};
    }

    void restore(SplitMix64.State[] states) {
        SplitMix64[] all = {initG, initD, data, noise, instanceNoise, penalty};
        for (int i = 0; i < all.length; i++) {
            all[i].restore(states[i]);
        }
    }
}
