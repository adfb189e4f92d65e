package org.ganclassroom.bench;

import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.parallel.PartPool;
import org.ganclassroom.sim.run.Simulation;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time per 2-D step (ring of 8), which a shared host's other work does not inflate the way it inflates JMH's
 * wall-clock throughput: training plus a measurement after every step, then one step of a live run
 * ({@link Simulation#advance}). The measurement's parts run on a {@link PartPool} with the number of helper threads
 * given as the argument (default 0: all on this thread); the CPU time is this thread's plus the helpers' (the whole
 * process's, less what its other threads took), so it includes the split's own cost. Run: see docs/PERFORMANCE.md.
 */
public final class StepCpuTime2d {
    private StepCpuTime2d() {
    }

    public static void main(String[] args) {
        int helpers = args.length > 0 && !args[0].isEmpty() ? Integer.parseInt(args[0]) : 0;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        try (PartPool pool = new PartPool(helpers, "cpu-measure")) {
            GanTrainer trainer = new GanTrainer(ExperimentPresets.get("ring8"));
            Measurement measurement = new Measurement(trainer, pool);
            Simulation live = new Simulation(ExperimentPresets.get("ring8"), pool);
            int warm = args.length > 1 && !args[1].isEmpty() ? Integer.parseInt(args[1]) : 2000;
            int reps = 3000;
            for (int i = 0; i < warm; i++) {
                trainer.step();
                measurement.measure();
                live.advance(1);
            }
            long[] c0 = cpu(bean);
            long w0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                trainer.step();
                measurement.measure();
            }
            long[] c1 = cpu(bean);
            long w1 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                live.advance(1);
            }
            long[] c2 = cpu(bean);
            long w2 = System.nanoTime();
            System.out.printf("helpers %d. measured every step: %.0f µs CPU per step (this thread %.0f), %.0f µs wall;"
                            + " live run: %.0f µs CPU per step (this thread %.0f), %.0f µs wall%n", helpers,
                    (c1[1] - c0[1]) / 1e3 / reps, (c1[0] - c0[0]) / 1e3 / reps, (w1 - w0) / 1e3 / reps,
                    (c2[1] - c1[1]) / 1e3 / reps, (c2[0] - c1[0]) / 1e3 / reps, (w2 - w1) / 1e3 / reps);
        }
    }

    /** {this thread's CPU time, this thread's plus the pool's helpers'} in ns. */
    private static long[] cpu(ThreadMXBean bean) {
        long mine = bean.getCurrentThreadCpuTime();
        long all = mine;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("cpu-measure")) {
                all += bean.getThreadCpuTime(t.getId());
            }
        }
        return new long[] {mine, all};
    }
}
