package org.ganclassroom.sim.train;

import java.util.random.RandomGenerator;

/**
 * The SplitMix64 generator of Steele, Lea &amp; Flood (2014), bit for bit the algorithm of
 * {@link java.util.SplittableRandom}, with a state that can be read and put back, which SplittableRandom's cannot:
 * a run's checkpoint holds its streams' states. State (s, γ), γ odd; each draw advances s ← s + γ and returns
 * mix64(s) = z ^ (z &gt;&gt;&gt; 31) after z ← (s ^ (s &gt;&gt;&gt; 30))·0xbf58476d1ce4e5b9, z ← (z ^ (z &gt;&gt;&gt; 27))·0x94d049bb133111eb
 * (nextLong) or mix32(s) (nextInt); {@link #split()} = new (nextLong(), mixGamma(s ← s + γ)).
 * As in SplittableRandom, nextDouble() = (nextLong() &gt;&gt;&gt; 11)·2⁻⁵³, nextInt(bound) and nextGaussian() are
 * {@link RandomGenerator}'s defaults over these two methods, so every draw equals SplittableRandom's
 * (SplitMix64Test checks it).
 */
public final class SplitMix64 implements RandomGenerator {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long seed;
    private long gamma;

    /** The state of a generator: its seed s and its odd increment γ. */
    public record State(long seed, long gamma) {
    }

    /** The stream {@code new SplittableRandom(seed)} draws. */
    public SplitMix64(long seed) {
        this(seed, GOLDEN_GAMMA);
    }

    private SplitMix64(long seed, long gamma) {
        this.seed = seed;
        this.gamma = gamma;
    }

    /** A generator that continues from {@code state}. */
    public static SplitMix64 of(State state) {
        return new SplitMix64(state.seed(), state.gamma());
    }

    public State state() {
        return new State(seed, gamma);
    }

    /** Continues from {@code state}: the draws from here are those a generator had after it was read. */
    public void restore(State state) {
        seed = state.seed();
        gamma = state.gamma();
    }

    /** A second generator that draws what this one will, independently of it. */
    public SplitMix64 copy() {
        return new SplitMix64(seed, gamma);
    }

    /** A new, independent stream, as {@link java.util.SplittableRandom#split()} makes it. */
    public SplitMix64 split() {
        return new SplitMix64(nextLong(), mixGamma(nextSeed()));
    }

    @Override
    public long nextLong() {
        return mix64(nextSeed());
    }

    @Override
    public int nextInt() {
        return mix32(nextSeed());
    }

    private long nextSeed() {
        return seed += gamma;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    /** An odd γ with enough bit transitions (MurmurHash3's finaliser, then a fix-up). */
    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        int n = Long.bitCount(z ^ (z >>> 1));
        return (n < 24) ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }
}
