package org.ganclassroom.sim.loss;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Losses run every step, so they must not allocate: under 64 KB for 10,000 calls of each, after warm-up. */
class ObjectiveNoAllocationTest {
    @Test
    void lossesDoNotAllocate() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        double[] v = new double[64];
        double[] g1 = new double[64];
        double[] g2 = new double[64];
        for (int i = 0; i < 64; i++) {
            v[i] = Math.sin(i) * 3;
        }
        for (String name : Objectives.ids()) {
            Objective o = Objectives.byId(name);
            double sink = 0;
            for (int i = 0; i < 10_000; i++) {
                sink += o.discriminatorLoss(v, g1, 64, v, g2, 64, 0.9) + o.generatorLoss(v, g2, 64);
            }
            long before = mx.getThreadAllocatedBytes(id);
            for (int i = 0; i < 10_000; i++) {
                sink += o.discriminatorLoss(v, g1, 64, v, g2, 64, 0.9) + o.generatorLoss(v, g2, 64);
            }
            long bytes = mx.getThreadAllocatedBytes(id) - before;
            assertTrue(bytes < 64 * 1024, name + " allocated " + bytes + " bytes (" + sink + ")");
        }
    }
}
