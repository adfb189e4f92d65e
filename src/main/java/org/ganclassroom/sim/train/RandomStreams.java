package org.ganclassroom.sim.train;

import java.util.SplittableRandom;

/**
 * The independent random streams of one run, all split from its one seed in a fixed order. Keeping them
 * apart means that switching on a chip that draws random numbers (instance noise, the gradient penalty's
 * interpolation) does not change which real samples and noise the run sees, so an A/B comparison differs
 * only by the chip.
 */
final class RandomStreams {
    final SplittableRandom initG;
    final SplittableRandom initD;
    final SplittableRandom data;
    final SplittableRandom noise;
    final SplittableRandom instanceNoise;
    final SplittableRandom penalty;

    RandomStreams(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        initG = root.split();
        initD = root.split();
        data = root.split();
        noise = root.split();
        instanceNoise = root.split();
        penalty = root.split();
    }
}
