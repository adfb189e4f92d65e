package org.ganclassroom.bench;

import org.ganclassroom.sim.parallel.PartPool;

import java.util.Arrays;

/**
 * What a {@link PartPool}'s hand-off costs: two parts of fixed busy work (50 µs each) run by the caller and one
 * helper, with a gap of busy work on the caller between computations, as a measurement's two steps and the training
 * step between measurements have. Prints the median and 90th percentile of a computation's wall time for a helper
 * that parks at once and for one that lingers ({@link PartPool#DEFAULT_LINGER_NANOS}); the part itself takes 50 µs,
 * so the rest is the hand-off. Run on an idle machine with two cores or more:
 * <pre>mvn -o -q -DskipTests test-compile exec:exec -Dbench.main=org.ganclassroom.bench.HandoffLatency -Dbench=</pre>
 */
public final class HandoffLatency {
    private static final long PART_NANOS = 50_000;
    private static final int ROUNDS = 20_000;

    private HandoffLatency() {
    }

    public static void main(String[] args) {
        for (long gap : new long[] {5_000, 100_000}) {
            for (long linger : new long[] {0, PartPool.DEFAULT_LINGER_NANOS}) {
                try (PartPool pool = new PartPool(1, "handoff", linger)) {
                    long[] wall = new long[ROUNDS];
                    for (int r = -2_000; r < ROUNDS; r++) {
                        busy(gap);
                        long t0 = System.nanoTime();
                        pool.run(2, p -> busy(PART_NANOS));
                        if (r >= 0) {
                            wall[r] = System.nanoTime() - t0;
                        }
                    }
                    Arrays.sort(wall);
                    System.out.printf("gap %3d µs, linger %3d µs: computation median %.1f µs, p90 %.1f µs%n",
                            gap / 1000, linger / 1000, wall[ROUNDS / 2] / 1e3, wall[ROUNDS * 9 / 10] / 1e3);
                }
            }
        }
    }

    private static void busy(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
