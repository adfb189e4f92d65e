package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.metrics.Grid2D;
import org.ganclassroom.sim.metrics.NoiseMesh2D;
import org.ganclassroom.sim.metrics.TrianglePushforward2D;
import org.ganclassroom.sim.parallel.PartPool;
import org.ganclassroom.sim.parallel.PartRunner;
import org.ganclassroom.sim.parallel.Runners;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2-D measurement runs in parts that may run at once: whatever runs them (the calling thread, a pool of two
 * threads, the app's {@link PartPool}, or the parts in reverse order), every readout and every drawn cell is the
 * same to the last bit.
 */
class PartedMeasurementTest {
    @Test
    void aTrainingRingOfEightReadsTheSameBitsWhateverRunsTheParts() {
        everyRunnerAgrees(ExperimentPresets.get("ring8"), 400, 40);
    }

    @Test
    void withTheMinibatchStdFeatureToo() {
        everyRunnerAgrees(TrainerFixtures.withChips(ExperimentPresets.get("ring8"), b -> b.minibatchStd = true), 120, 40);
    }

    /** Instance noise blurs D* across the grid, so its cells are read after the parts; label smoothing scales it. */
    @Test
    void withInstanceNoiseAndLabelSmoothingToo() {
        ExperimentConfig noisy = TrainerFixtures.withChips(ExperimentPresets.get("ring8"), b -> {
            b.instanceNoise = true;
            b.noiseSigma = 0.1;
            b.labelSmoothing = true;
            b.smoothedLabel = 0.9;
        });
        everyRunnerAgrees(noisy, 120, 40);
        // and the drawn p_g is there, not left behind by the readouts' serial path
        GanTrainer t = new GanTrainer(noisy);
        for (int step = 0; step < 50; step++) {
            assertTrue(t.step());
        }
        Snapshot s = new Measurement(t).snapshot();
        double cell = Math.pow((s.upper() - s.lower()) / s.gridSize(), 2);
        double mass = 0;
        for (double v : s.pG()) {
            mass += v * cell;
        }
        assertEquals(1 - s.metrics().massOutside(), mass, 1e-9, "p_g's cell masses add up to G's mass on the grid");
    }

    /**
     * Later in training G's tanh units saturate far out in the noise plane and tail triangles' images become slivers
     * (degenerate), deposited by each part within its own window: still the same bits whatever runs the parts.
     */
    @Test
    void aLongerRunWithDegenerateTailTrianglesToo() {
        ExperimentConfig ring = ExperimentPresets.get("ring8");
        GanTrainer t = new GanTrainer(ring);
        var data = t.data().twoD();
        NoiseMesh2D mesh = new NoiseMesh2D(NoiseMesh2D.sideFor(ring.measure().quadrature2d()));
        int points = mesh.noise()[0].length;
        TrianglePushforward2D deposit = new TrianglePushforward2D(
                new Grid2D(data.lower(), data.upper(), ring.measure().grid2d()), 3, mesh);
        int withSlivers = 0;
        try (Runners.Threads threads = new Runners.Threads(2); PartPool pool = new PartPool(1, "test-measure")) {
            Measurement[] ms = {new Measurement(t), new Measurement(t, threads), new Measurement(t, pool),
                    new Measurement(t, Runners.REVERSED)};
            // the preset's G saturates its tanh units far out in the noise plane from about step 13 500 on
            for (int step = 1; step <= 16_000; step++) {
                assertTrue(t.step(), "training failed at step " + step);
                if (step >= 13_000 && step % 100 == 0) {
                    double[][] image = t.shownGenerator().evaluate(t.shownGenerator().newTape(points), mesh.noise(),
                            points);
                    deposit.estimate(image[0], image[1]);
                    withSlivers += deposit.degenerateMass() > 0 ? 1 : 0;
                    Snapshot first = ms[0].snapshot();
                    for (int k = 1; k < ms.length; k++) {
                        assertSame(first, ms[k].snapshot(), "runner " + k + " at step " + step);
                    }
                }
            }
        }
        assertTrue(withSlivers >= 5, "only " + withSlivers + " of the 31 measured states had a degenerate triangle");
    }

    /** A rank-1 G: every triangle is degenerate, deposited after the parts. */
    @Test
    void aDegenerateGeneratorToo() {
        GanTrainer t = new GanTrainer(TrainerFixtures.linearGenerator("gaussian2d"));
        double[] g = t.generator().params();
        System.arraycopy(new double[] {1, 0.5, 2, 1, 0.3, -0.2}, 0, g, 0, 6);
        Snapshot[] shots = snapshots(t);
        assertTrue(shots[0].metrics().jsd() > 0.6, "the rank-1 G's JSD nears ln 2: " + shots[0].metrics().jsd());
        for (int k = 1; k < shots.length; k++) {
            assertSame(shots[0], shots[k], "runner " + k);
        }
    }

    private static void everyRunnerAgrees(ExperimentConfig config, int steps, int every) {
        GanTrainer t = new GanTrainer(config);
        try (Runners.Threads threads = new Runners.Threads(2); PartPool pool = new PartPool(1, "test-measure")) {
            Measurement[] ms = {new Measurement(t), new Measurement(t, threads), new Measurement(t, pool),
                    new Measurement(t, Runners.REVERSED)};
            for (int step = 0; step <= steps; step++) {
                if (step % every == 0) {
                    Snapshot first = ms[0].snapshot();
                    for (int k = 1; k < ms.length; k++) {
                        assertSame(first, ms[k].snapshot(), "runner " + k + " at step " + step);
                    }
                }
                assertTrue(t.step(), "training failed at step " + step);
            }
        }
    }

    private static Snapshot[] snapshots(GanTrainer t) {
        try (Runners.Threads threads = new Runners.Threads(2); PartPool pool = new PartPool(1, "test-measure")) {
            PartRunner[] runners = {PartRunner.currentThread(), threads, pool, Runners.REVERSED};
            Snapshot[] out = new Snapshot[runners.length];
            for (int k = 0; k < runners.length; k++) {
                out[k] = new Measurement(t, runners[k]).snapshot();
            }
            return out;
        }
    }

    private static void assertSame(Snapshot a, Snapshot b, String where) {
        // a record's equals compares doubles as Double.compare does: bit for bit, NaN equal to NaN
        assertEquals(a.metrics(), b.metrics(), where);
        assertArrayEquals(a.pG(), b.pG(), where + ": p_g");
        assertArrayEquals(a.d(), b.d(), where + ": D");
        assertArrayEquals(a.dStar(), b.dStar(), where + ": D*");
        assertArrayEquals(a.generated(), b.generated(), where + ": G's dots");
    }
}
