package org.ganclassroom.sim.train;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The training loop allocates nothing per step, whatever chips are on (JMH's gc profiler agrees: docs/PERFORMANCE.md). */
class TrainingAllocationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"reference", "ring8", "wgan-gp"})
    void stepsAllocateNothing(String preset) {
        ExperimentConfig c = TrainerFixtures.withChips(ExperimentPresets.get(preset), b -> {
            b.instanceNoise = true;
            b.r1 = true;
            b.spectralNorm = true;
            b.minibatchStd = true;
            b.generatorEma = true;
            b.labelSmoothing = true;
        });
        GanTrainer t = new GanTrainer(c);
        for (int i = 0; i < 1000; i++) {
            t.step();
        }
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = bean.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 1500; i++) {
            t.step();
        }
        long allocated = bean.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertTrue(allocated < 64 * 1024, preset + ": " + allocated + " bytes over 1500 steps");
        assertTrue(t.failure() == null, String.valueOf(t.failure()));
    }
}
