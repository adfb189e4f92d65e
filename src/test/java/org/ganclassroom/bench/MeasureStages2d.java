package org.ganclassroom.bench;

import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.data.Distribution2D;
import org.ganclassroom.sim.metrics.AdaptiveDivergences2D;
import org.ganclassroom.sim.metrics.Grid2D;
import org.ganclassroom.sim.metrics.NoiseMesh2D;
import org.ganclassroom.sim.metrics.TrianglePushforward2D;
import org.ganclassroom.sim.nn.Mlp;
import org.ganclassroom.sim.nn.Tape;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of each stage of one exact 2-D measurement on a ring-of-8 generator trained for a given number of steps
 * (argument, default 3 000): training step, G on the mesh vertices, the deposit, the adaptive divergences, D on the
 * grid cells and the whole {@link Measurement#measure()}. Run: see docs/PERFORMANCE.md.
 */
public final class MeasureStages2d {
    private static final int REFINE = 3;

    private MeasureStages2d() {
    }

    public static void main(String[] args) {
        int trained = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int reps = 2000;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        GanTrainer trainer = new GanTrainer(ExperimentPresets.get("ring8"));
        Measurement measurement = new Measurement(trainer);
        for (int i = 0; i < trained; i++) {
            trainer.step();
        }
        Distribution2D target = trainer.data().twoD();
        int n = trainer.config().measure().grid2d();
        Grid2D grid = new Grid2D(target.lower(), target.upper(), n);
        NoiseMesh2D mesh = new NoiseMesh2D(NoiseMesh2D.sideFor(trainer.config().measure().quadrature2d()));
        TrianglePushforward2D deposit = new TrianglePushforward2D(grid, REFINE, mesh);
        int fineN = n * REFINE;
        double[] rowMajor = new double[fineN * fineN];
        target.cellMasses(target.lower(), target.upper(), fineN, rowMajor);
        double[] blocked = new double[rowMajor.length];
        for (int y = 0; y < fineN; y++) {
            for (int x = 0; x < fineN; x++) {
                blocked[(((y / REFINE) * n + x / REFINE) * REFINE + y % REFINE) * REFINE + x % REFINE] =
                        rowMajor[y * fineN + x];
            }
        }
        AdaptiveDivergences2D adaptive = new AdaptiveDivergences2D(blocked, n, REFINE);
        double[] qCoarse = new double[n * n];
        double[] out = new double[3];
        Mlp g = trainer.shownGenerator();
        double[][] noise = mesh.noise();
        int size = noise[0].length;
        Tape tape = g.newTape(size);
        double[][] image = null;
        long[] t = new long[6];
        double sink = 0;
        for (int round = 0; round < 2; round++) {
            java.util.Arrays.fill(t, 0);
            for (int i = 0; i < reps; i++) {
                long c0 = bean.getCurrentThreadCpuTime();
                trainer.step();
                long c1 = bean.getCurrentThreadCpuTime();
                image = g.evaluate(tape, noise, size);
                long c2 = bean.getCurrentThreadCpuTime();
                deposit.estimate(image[0], image[1]);
                long c3 = bean.getCurrentThreadCpuTime();
                adaptive.evaluate(deposit.cellMass(), deposit.massOutside(), qCoarse, out);
                long c4 = bean.getCurrentThreadCpuTime();
                sink += measurement.measure().jsd();
                long c5 = bean.getCurrentThreadCpuTime();
                t[0] += c1 - c0;
                t[1] += c2 - c1;
                t[2] += c3 - c2;
                t[3] += c4 - c3;
                t[4] += c5 - c4;
                sink += out[0];
            }
        }
        System.out.printf("after %d steps (+%d): train %.0f µs, G on %d vertices %.0f µs, deposit %.0f µs,"
                        + " adaptive %.0f µs (%d blocks refined), measure() %.0f µs%n", trained, 2 * reps,
                t[0] / 1e3 / reps, size, t[1] / 1e3 / reps, t[2] / 1e3 / reps, t[3] / 1e3 / reps,
                adaptive.refinedBlocks(), t[4] / 1e3 / reps);
        if (Double.isNaN(sink)) {
            System.out.println("NaN");
        }
    }
}
