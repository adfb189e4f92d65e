package org.ganclassroom.sim.data;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Delegates to a seeded SplittableRandom and counts calls, to prove the sampler draws from it. */
final class CountingRandom implements RandomGenerator {
    private final SplittableRandom delegate;
    private long calls;

    CountingRandom(long seed) {
        delegate = new SplittableRandom(seed);
    }

    long calls() {
        return calls;
    }

    @Override
    public long nextLong() {
        calls++;
        return delegate.nextLong();
    }

    @Override
    public int nextInt() {
        calls++;
        return delegate.nextInt();
    }

    @Override
    public int nextInt(int bound) {
        calls++;
        return delegate.nextInt(bound);
    }

    @Override
    public double nextDouble() {
        calls++;
        return delegate.nextDouble();
    }

    @Override
    public double nextGaussian() {
        calls++;
        return delegate.nextGaussian();
    }
}
