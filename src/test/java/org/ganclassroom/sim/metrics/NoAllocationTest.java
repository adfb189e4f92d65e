package org.ganclassroom.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.ganclassroom.sim.data.Mode;
import org.ganclassroom.sim.loss.FDivergence;
import org.junit.jupiter.api.Test;

/** The per-step measurements allocate nothing: under 64 KB for 10,000 calls after warm-up. */
class NoAllocationTest {
    private static final int CALLS = 10_000;

    private static long allocatedBy(Runnable r) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int i = 0; i < CALLS; i++) {
            r.run(); // warm-up, so JIT compilation and class loading are not counted
        }
        long before = mx.getThreadAllocatedBytes(id);
        for (int i = 0; i < CALLS; i++) {
            r.run();
        }
        return mx.getThreadAllocatedBytes(id) - before;
    }

    private static void assertNoAllocation(String what, Runnable r) {
        long bytes = allocatedBy(r);
        assertTrue(bytes < 64 * 1024, what + " allocated " + bytes + " bytes in " + CALLS + " calls");
    }

    @Test
    void oneDimensionalPipelineDoesNotAllocate() {
        Grid1D g = new Grid1D(-6, 6, 400);
        double[] z = QuadratureNoise.create(1, 2048)[0];
        PushforwardDensity1D e = new PushforwardDensity1D(g, 2 * g.dx());
        double[] p = new double[400];
        double[] q = new double[400];
        double[] d = new double[400];
        double[] c1 = new double[400];
        double[] c2 = new double[400];
        e.estimate(z, 2048, p);
        for (int i = 0; i < 400; i++) {
            z[i] += 0.3;
            d[i] = 0.4;
        }
        e.estimate(z, 2048, q);
        Cdf.atCentres(p, g.dx(), c1);
        Cdf.atCentres(q, g.dx(), c2);
        double[] sink = new double[1];
        assertNoAllocation("estimate", () -> e.estimate(z, 2048, q));
        assertNoAllocation("jsd", () -> sink[0] += Divergences.jsd(p, q, g.dx()));
        assertNoAllocation("kl", () -> sink[0] += Divergences.kl(p, q, g.dx()));
        assertNoAllocation("fDivergence", () -> sink[0] += Divergences.fDivergence(FDivergence.JENSEN_SHANNON, p, q, g.dx()));
        assertNoAllocation("variationalBound", () -> sink[0] += Divergences.variationalBound(FDivergence.GAN, p, q, c1, g.dx()));
        assertNoAllocation("valueFunction", () -> sink[0] += Divergences.valueFunction(p, q, d, g.dx()));
        assertNoAllocation("valueFunctionFromLogits", () -> sink[0] += Divergences.valueFunctionFromLogits(p, q, d, g.dx()));
        assertNoAllocation("wasserstein1", () -> sink[0] += Divergences.wasserstein1(c1, c2, g.dx()));
        assertNoAllocation("cdf", () -> Cdf.atCentres(p, g.dx(), c1));
        ModeCoverage mc = new ModeCoverage(List.of(new Mode(-1, 0, 0.2), new Mode(1, 0, 0.2)));
        assertNoAllocation("modeCoverage", () -> mc.evaluate(z, null, 2048));
    }

    @Test
    void twoDimensionalEstimateDoesNotAllocate() {
        Grid2D g = new Grid2D(-4, 4, 64);
        double[][] z = QuadratureNoise.create(2, 1024);
        PushforwardDensity2D e = new PushforwardDensity2D(g, 2 * g.dx());
        double[] out = new double[g.size()];
        assertNoAllocation("estimate2D", () -> e.estimate(z[0], z[1], 1024, out));
    }
}
