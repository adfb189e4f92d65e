package org.ganclassroom.sim.bench;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.metrics.PaperModeScore;
import org.ganclassroom.sim.nn.Mlp;
import org.ganclassroom.sim.train.GanTrainer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Runs a {@link BenchSuite} on a fixed pool of threads: every (row, trial) is one task that trains its own model
 * from seed {@code firstSeed + trial} and scores {@link PaperModeScore#SAMPLES} samples of the generator shown
 * (G's moving average when that chip is on) on noise z ~ N(0, I) drawn from a stream seeded from that seed. A trial
 * depends only on its config and seed, never on the thread or the order it runs in.
 */
public final class BenchRunner {
    /** Offsets the evaluation noise's seed (PacGAN's code fixes its evaluation noise with seed 2333). */
    private static final long EVAL_STREAM = 2333;
    private final int threads;
    private final UnaryOperator<ExperimentConfig> adjust;

    /**
     * @param threads worker threads, ≥ 1
     * @param adjust  applied to every row's preset config before the seed is set (overrides for tuning)
     */
    public BenchRunner(int threads, UnaryOperator<ExperimentConfig> adjust) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.adjust = adjust;
    }

    /**
     * Runs every trial; {@code onDone} is called (from a worker thread, one call at a time) as each finishes.
     * Returns the results in suite order. An interrupt of the calling thread cancels the remaining trials and
     * ends the running ones at their next step, then rethrows as {@link CancellationException}.
     */
    public List<TrialResult> run(BenchSuite suite, long firstSeed, Consumer<TrialResult> onDone) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        List<Future<TrialResult>> futures = new ArrayList<>();
        Object lock = new Object();
        try {
            for (BenchSuite.Row row : suite.rows()) {
                ExperimentConfig config = adjust.apply(ExperimentPresets.get(row.preset()));
                for (int t = 0; t < suite.trials(); t++) {
                    int trial = t;
                    futures.add(pool.submit(() -> {
                        TrialResult r = trial(row, trial, config.withSeed(firstSeed + trial));
                        synchronized (lock) {
                            onDone.accept(r);
                        }
                        return r;
                    }));
                }
            }
            List<TrialResult> out = new ArrayList<>();
            for (Future<TrialResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("benchmark cancelled");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Trains one model and scores it. */
    public static TrialResult trial(BenchSuite.Row row, int trial, ExperimentConfig config) {
        long start = System.nanoTime();
        GanTrainer trainer = new GanTrainer(config);
        for (long s = 0; s < row.steps(); s++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("benchmark cancelled");
            }
            if (!trainer.step()) {
                break;
            }
        }
        int n = PaperModeScore.SAMPLES;
        // a stream of its own: the run's streams are split from SplittableRandom(seed) itself
        SplittableRandom rng = new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + EVAL_STREAM);
        double[][] z = new double[config.noiseDim()][n];
        for (double[] row0 : z) {
            for (int b = 0; b < n; b++) {
                row0[b] = rng.nextGaussian();
            }
        }
        Mlp g = trainer.shownGenerator();
        double[][] x = g.evaluate(g.newTape(n), z, n);
        PaperModeScore score = PaperModeScore.of(trainer.data().modes(), x[0], x[1], n);
        String failure = trainer.failure() == null ? null : trainer.failure().message();
        return new TrialResult(row, trial, config.seed(), score, failure, (System.nanoTime() - start) / 1e9,
                x[0].clone(), x[1].clone());
    }
}
