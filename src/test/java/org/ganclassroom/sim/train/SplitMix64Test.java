package org.ganclassroom.sim.train;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SplitMix64 draws exactly what SplittableRandom draws, for every method the engine calls, interleaved as a run
 * interleaves them, through splits (as RandomStreams splits a run's streams from its seed); and a restored state
 * continues the stream. The engine's switch from SplittableRandom rests on this: no run's trajectory moved.
 */
class SplitMix64Test {
    private static final int[] BOUNDS = {1, 2, 3, 7, 8, 64, 1000, 1 << 20, (1 << 30) + 1, Integer.MAX_VALUE};

    @Test
    void everyDrawEqualsSplittableRandomsBitForBitOnManySeedsAndSplits() {
        SplittableRandom seeds = new SplittableRandom(20141017L);
        long[] fixed = {0L, 1L, -1L, 42L, Long.MIN_VALUE, Long.MAX_VALUE, 0x9e3779b97f4a7c15L};
        for (int s = 0; s < 200; s++) {
            long seed = s < fixed.length ? fixed[s] : seeds.nextLong();
            List<SplittableRandom> expected = new ArrayList<>(List.of(new SplittableRandom(seed)));
            List<SplitMix64> actual = new ArrayList<>(List.of(new SplitMix64(seed)));
            SplittableRandom script = new SplittableRandom(seed ^ 0x5DEECE66DL);
            for (int i = 0; i < 5_000; i++) {
                int k = script.nextInt(expected.size());
                SplittableRandom e = expected.get(k);
                SplitMix64 a = actual.get(k);
                int method = script.nextInt(8);
                String where = "seed " + seed + ", draw " + i + ", stream " + k + ", method " + method;
                switch (method) {
                    case 0 -> assertBits(e.nextGaussian(), a.nextGaussian(), where);
                    case 1 -> assertBits(e.nextDouble(), a.nextDouble(), where);
                    case 2 -> {
                        int bound = BOUNDS[script.nextInt(BOUNDS.length)];
                        assertEquals(e.nextInt(bound), a.nextInt(bound), where + ", bound " + bound);
                    }
                    case 3 -> assertEquals(e.nextLong(), a.nextLong(), where);
                    case 4 -> assertEquals(e.nextInt(), a.nextInt(), where);
                    case 5 -> assertBits(e.nextGaussian(), a.nextGaussian(), where); // the engine's commonest draw
                    case 6 -> assertBits(e.nextDouble(), a.nextDouble(), where);
                    default -> {
                        if (expected.size() < 12) {
                            expected.add(e.split());
                            actual.add(a.split());
                        } else {
                            assertEquals(e.nextLong(), a.nextLong(), where);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theRunsSixStreamsDrawWhatTheyDrewFromSplittableRandom() {
        for (long seed = 0; seed < 50; seed++) {
            SplittableRandom root = new SplittableRandom(seed);
            RandomStreams streams = new RandomStreams(seed);
            RandomGenerator[] ours = {streams.initG, streams.initD, streams.data, streams.noise, streams.instanceNoise,
                    streams.penalty};
            SplittableRandom[] theirs = new SplittableRandom[ours.length];
            for (int i = 0; i < theirs.length; i++) {
                theirs[i] = root.split();
            }
            for (int i = 0; i < ours.length; i++) {
                for (int n = 0; n < 500; n++) {
                    assertBits(theirs[i].nextGaussian(), ours[i].nextGaussian(), "seed " + seed + " stream " + i);
                    assertBits(theirs[i].nextDouble(), ours[i].nextDouble(), "seed " + seed + " stream " + i);
                }
            }
        }
    }

    @Test
    void aRestoredStateContinuesTheStreamAndACopyDrawsTheSameAsTheOriginal() {
        SplitMix64 a = new SplitMix64(7);
        for (int i = 0; i < 1000; i++) {
            a.nextGaussian(); // the Gaussian sampler's rejection loop draws a varying number of longs
        }
        SplitMix64.State saved = a.state();
        SplitMix64 copy = a.copy();
        double[] first = new double[2000];
        for (int i = 0; i < first.length; i++) {
            first[i] = i % 2 == 0 ? a.nextGaussian() : a.nextDouble();
        }
        a.restore(saved);
        SplitMix64 rebuilt = SplitMix64.of(saved);
        for (int i = 0; i < first.length; i++) {
            boolean gaussian = i % 2 == 0;
            assertBits(first[i], gaussian ? a.nextGaussian() : a.nextDouble(), "restored, draw " + i);
            assertBits(first[i], gaussian ? copy.nextGaussian() : copy.nextDouble(), "copy, draw " + i);
            assertBits(first[i], gaussian ? rebuilt.nextGaussian() : rebuilt.nextDouble(), "rebuilt, draw " + i);
        }
    }

    private static void assertBits(double expected, double actual, String where) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), where);
    }
}
