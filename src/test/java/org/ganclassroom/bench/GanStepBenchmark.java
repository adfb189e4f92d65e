package org.ganclassroom.bench;

import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.parallel.PartPool;
import org.ganclassroom.sim.run.Simulation;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;
import org.ganclassroom.sim.train.Metrics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Steps per second of the engine. One operation = one GAN step (one D update, one G update, k = 1).
 * The reference config (preset "reference"): data 0.5·N(−2, 0.5²) + 0.5·N(2, 0.5²), z ~ N(0,1), G and D
 * 1-16-16-1 tanh, PyTorch default init, batch 64, Adam(1e-3, 0.5, 0.999), non-saturating loss.
 * The 2-D benchmarks measure in parts on a {@link PartPool} of {@code -Dbench.measureHelpers} helper threads
 * (default 1: both cores of a two-core machine; 0 runs every part on the benchmark's thread).
 * Run: see docs/PERFORMANCE.md.
 */
@BenchmarkMode(Mode.Throughput)
@Warmup(iterations = 3, time = 2)
@org.openjdk.jmh.annotations.Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class GanStepBenchmark {
    private GanTrainer reference;
    private GanTrainer reference2;
    private Measurement referenceMeasure;
    private GanTrainer ring;
    private Measurement ringMeasure;
    private Simulation ringLive;
    private PartPool measureParts;

    @Setup(Level.Trial)
    public void setUp() {
        measureParts = new PartPool(Integer.getInteger("bench.measureHelpers", 1), "bench-measure");
        reference = new GanTrainer(ExperimentPresets.get("reference"));
        reference2 = new GanTrainer(ExperimentPresets.get("reference"));
        referenceMeasure = new Measurement(reference2);
        ring = new GanTrainer(ExperimentPresets.get("ring8"));
        ringMeasure = new Measurement(ring, measureParts);
        ringLive = new Simulation(ExperimentPresets.get("ring8"), measureParts);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        measureParts.close();
    }

    /** A run that blew up would "step" instantly and flatter the figure; refuse to measure it. */
    private static boolean checked(GanTrainer t) {
        if (!t.step()) {
            throw new IllegalStateException(t.failure().message());
        }
        return true;
    }

    /** Training alone, one thread. */
    @Benchmark
    @org.openjdk.jmh.annotations.OutputTimeUnit(TimeUnit.SECONDS)
    public boolean trainOnly1d() {
        return checked(reference);
    }

    /** Training plus every measurement after every step, 1-D. */
    @Benchmark
    @org.openjdk.jmh.annotations.OutputTimeUnit(TimeUnit.SECONDS)
    public Metrics trainAndMeasure1d() {
        checked(reference2);
        return referenceMeasure.measure();
    }

    /** Training plus every measurement after every step, 2-D ring of 8. */
    @Benchmark
    @org.openjdk.jmh.annotations.OutputTimeUnit(TimeUnit.SECONDS)
    public Metrics trainAndMeasure2d() {
        checked(ring);
        return ringMeasure.measure();
    }

    /**
     * One step of a live 2-D run (ring of 8), as the simulator takes it: training, the measurement at the run's
     * cadence ({@link Measurement#stepsPerMeasurement()}) and the history.
     */
    @Benchmark
    @org.openjdk.jmh.annotations.OutputTimeUnit(TimeUnit.SECONDS)
    public int liveRun2d() {
        if (ringLive.advance(1) != 1) {
            throw new IllegalStateException(ringLive.trainer().failure().message());
        }
        return 1;
    }
}
