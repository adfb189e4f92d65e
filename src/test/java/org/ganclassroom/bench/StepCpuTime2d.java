package org.ganclassroom.bench;

import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Simulation;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time per 2-D step (ring of 8) of this thread, which a shared host's other work does not inflate the way it
 * inflates JMH's wall-clock throughput: training plus a measurement after every step, then one step of a live run
 * ({@link Simulation#advance}). Run: see docs/PERFORMANCE.md.
 */
public final class StepCpuTime2d {
    private StepCpuTime2d() {
    }

    public static void main(String[] args) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        GanTrainer trainer = new GanTrainer(ExperimentPresets.get("ring8"));
        Measurement measurement = new Measurement(trainer);
        Simulation live = new Simulation(ExperimentPresets.get("ring8"));
        int warm = 2000;
        int reps = 3000;
        for (int i = 0; i < warm; i++) {
            trainer.step();
            measurement.measure();
            live.advance(1);
        }
        long c0 = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            trainer.step();
            measurement.measure();
        }
        long c1 = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            live.advance(1);
        }
        long c2 = bean.getCurrentThreadCpuTime();
        System.out.printf("measured every step: %.0f µs CPU per step; live run: %.0f µs CPU per step%n",
                (c1 - c0) / 1e3 / reps, (c2 - c1) / 1e3 / reps);
    }
}
