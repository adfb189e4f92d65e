package org.ganclassroom.sim.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** sample() runs every training step into preallocated arrays, so it must not create garbage. */
class SampleAllocationTest {

    @Test
    void sampleDoesNotAllocate() {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        SplittableRandom rng = new SplittableRandom(3);
        double[] xs = new double[1000];
        double[] ys = new double[1000];
        for (Distribution1D d : Targets.all1D()) {
            for (int warm = 0; warm < 200; warm++) {
                d.sample(rng, xs, 1000);
            }
            long before = bean.getThreadAllocatedBytes(tid);
            for (int r = 0; r < 200; r++) {
                d.sample(rng, xs, 1000);
            }
            long used = bean.getThreadAllocatedBytes(tid) - before;
            // 200 000 draws: even one boxed double per draw would be megabytes; allow the probe's own noise.
            assertTrue(used < 4096, d.name() + " allocated " + used + " bytes");
        }
        for (Distribution2D d : Targets.all2D()) {
            for (int warm = 0; warm < 200; warm++) {
                d.sample(rng, xs, ys, 1000);
            }
            long before = bean.getThreadAllocatedBytes(tid);
            for (int r = 0; r < 200; r++) {
                d.sample(rng, xs, ys, 1000);
            }
            long used = bean.getThreadAllocatedBytes(tid) - before;
            assertTrue(used < 4096, d.name() + " allocated " + used + " bytes");
        }
    }
}
