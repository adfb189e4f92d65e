package org.ganclassroom.bench;

import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Simulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Time to rewind a 100 000-step run to a random step: restore the checkpoint at or before it, replay the steps
 * in between, measure the step (what the Simulator shows after a click on the history). One operation = one jump.
 * 1-D: the default preset (mixture of two Gaussians); 2-D: the ring of 8. {@link #main} gives the same jumps'
 * thread CPU time, which the host's other work inflates less than wall time. Run: see docs/PERFORMANCE.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class RewindBenchmark {
    static final long RUN_STEPS = 100_000;
    private Simulation oneD;
    private Simulation twoD;
    private final SplittableRandom targets = new SplittableRandom(17);

    @Setup(Level.Trial)
    public void setUp() {
        oneD = trained(ExperimentPresets.DEFAULT);
        twoD = trained(ExperimentPresets.DEFAULT_2D);
    }

    static Simulation trained(String preset) {
        Simulation s = new Simulation(ExperimentPresets.get(preset));
        s.fastForward(RUN_STEPS);
        if (s.lastStep() != RUN_STEPS) {
            throw new IllegalStateException(preset + " stopped at step " + s.lastStep());
        }
        return s;
    }

    @Benchmark
    public long jump1d() {
        return oneD.jumpTo(targets.nextLong(RUN_STEPS + 1));
    }

    @Benchmark
    public long jump2d() {
        return twoD.jumpTo(targets.nextLong(RUN_STEPS + 1));
    }

    /** Thread CPU time of random jumps in both runs: mean and worst of {@code JUMPS} after a warm-up. */
    public static void main(String[] args) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (String preset : new String[] {ExperimentPresets.DEFAULT, ExperimentPresets.DEFAULT_2D}) {
            Simulation s = trained(preset);
            SplittableRandom r = new SplittableRandom(17);
            for (int i = 0; i < 100; i++) {
                s.jumpTo(r.nextLong(RUN_STEPS + 1));
            }
            int jumps = 200;
            long total = 0;
            long worst = 0;
            for (int i = 0; i < jumps; i++) {
                long c0 = bean.getCurrentThreadCpuTime();
                s.jumpTo(r.nextLong(RUN_STEPS + 1));
                long c = bean.getCurrentThreadCpuTime() - c0;
                total += c;
                worst = Math.max(worst, c);
            }
            System.out.printf("%s: %d checkpoints, %.1f MB; jump to a random step: %.1f ms CPU mean, %.1f ms worst%n",
                    preset, s.checkpointCount(), s.checkpointBytes() / 1e6, total / 1e6 / jumps, worst / 1e6);
        }
    }
}
