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

/**
 * Time of each part of the exact 2-D deposit and divergences (run one after the other on this thread) on a ring-of-8
 * generator, for split rows given as arguments (default: the middle): how evenly a split shares the work.
 */
public final class PartBalance2d {
    private static final int R = 3;

    private PartBalance2d() {
    }

    public static void main(String[] args) {
        GanTrainer trainer = new GanTrainer(ExperimentPresets.get("ring8"));
        Distribution2D target = trainer.data().twoD();
        int n = trainer.config().measure().grid2d();
        int split = args.length > 0 && !args[0].isEmpty() ? Integer.parseInt(args[0]) : n / 2;
        Grid2D grid = new Grid2D(target.lower(), target.upper(), n);
        NoiseMesh2D mesh = new NoiseMesh2D(NoiseMesh2D.sideFor(trainer.config().measure().quadrature2d()));
        int[] rows = {0, split, n};
        TrianglePushforward2D deposit = new TrianglePushforward2D(grid, R, mesh, rows);
        int fineN = n * R;
        double[] rowMajor = new double[fineN * fineN];
        target.cellMasses(target.lower(), target.upper(), fineN, rowMajor);
        double[] blocked = new double[rowMajor.length];
        for (int y = 0; y < fineN; y++) {
            for (int x = 0; x < fineN; x++) {
                blocked[(((y / R) * n + x / R) * R + y % R) * R + x % R] = rowMajor[y * fineN + x];
            }
        }
        AdaptiveDivergences2D adaptive = new AdaptiveDivergences2D(blocked, n, R);
        double[] qCoarse = new double[n * n];
        double[][] sums = new double[2][AdaptiveDivergences2D.SUMS];
        Mlp g = trainer.shownGenerator();
        double[][] noise = mesh.noise();
        Tape tape = g.newTape(noise[0].length);
        for (int stage = 0; stage < 4; stage++) {
            for (int i = 0; i < 1000; i++) {
                trainer.step();
            }
            long[] t = new long[4];
            int reps = 500;
            for (int i = 0; i < reps; i++) {
                trainer.step();
                double[][] img = g.evaluate(tape, noise, noise[0].length);
                deposit.prepare(img[0], img[1], 0);
                deposit.prepare(img[0], img[1], 1);
                deposit.join();
                for (int p = 0; p < 2; p++) {
                    long a = System.nanoTime();
                    deposit.deposit(p);
                    long b = System.nanoTime();
                    adaptive.evaluateBlocks(deposit.cellMass(), rows[p] * n, rows[p + 1] * n, qCoarse, sums[p]);
                    long c = System.nanoTime();
                    t[2 * p] += b - a;
                    t[2 * p + 1] += c - b;
                }
                deposit.finish();
            }
            System.out.printf("step %d, split %d: part 0 deposit %.0f µs + divergences %.0f µs (%d refined);"
                            + " part 1 %.0f + %.0f µs (%d refined)%n", trainer.stepCount(), split,
                    t[0] / 1e3 / reps, t[1] / 1e3 / reps, (int) sums[0][3], t[2] / 1e3 / reps, t[3] / 1e3 / reps,
                    (int) sums[1][3]);
        }
    }
}
