package org.ganclassroom.lesson.scenario;

import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentState;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.LiveSettings;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;
import org.ganclassroom.sim.train.Snapshot;

import java.util.ArrayList;
import java.util.List;

/** Runs a lesson's scenario headless, exactly as the embedded simulator would start it, and records its readouts. */
public final class ScenarioRunner {
    private ScenarioRunner() {
    }

    /** A preset with lab chips switched on, as a simulator block or a timeline link starts it. */
    public static ExperimentConfig config(String preset, List<String> chips) {
        ExperimentConfig base = ExperimentPresets.get(preset);
        LiveSettings settings = LiveSettings.of(base);
        for (String id : chips) {
            Chip chip = Chip.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown chip '" + id + "'"));
            settings = settings.with(chip, true);
        }
        return settings.applyTo(base);
    }

    /**
     * The start of a block with a warm-up: G after {@code warmupSteps} steps of the whole game, D as freshly
     * initialised, step count 0 (so the run's claims count from the end of the warm-up). Null for no warm-up.
     */
    public static ExperimentState warmedUp(ExperimentConfig config, int warmupSteps) {
        if (warmupSteps <= 0) {
            return null;
        }
        GanTrainer warm = new GanTrainer(config);
        while (warm.stepCount() < warmupSteps && warm.step()) {
            // the whole game: G learns part of the way
        }
        GanTrainer fresh = new GanTrainer(config);
        return new ExperimentState(0, warm.generator().params().clone(), fresh.discriminator().params().clone(), null);
    }

    /** A run without warm-up, precision or recall. */
    public static Trace run(ExperimentConfig config, boolean freezeGenerator, long seed, long steps, long every) {
        return run(config, freezeGenerator, 0, seed, steps, every, false);
    }

    /** A run without precision or recall. */
    public static Trace run(ExperimentConfig config, boolean freezeGenerator, int warmup, long seed, long steps,
                            long every) {
        return run(config, freezeGenerator, warmup, seed, steps, every, false);
    }

    /**
     * Trains {@code steps} steps on the seed (after {@code warmup} steps of {@link #warmedUp}) and measures at step
     * 0 and every {@code every} steps after it. A run that blows up keeps what it measured and names the step.
     * Precision and recall are NaN unless {@code precisionRecall} asks for them.
     */
    public static Trace run(ExperimentConfig config, boolean freezeGenerator, int warmup, long seed, long steps,
                            long every, boolean precisionRecall) {
        List<Long> at = new ArrayList<>();
        for (long step = 0; step < steps; step += every) {
            at.add(step);
        }
        at.add(steps);
        return run(config, freezeGenerator, warmup, seed, at.stream().mapToLong(Long::longValue).toArray(),
                precisionRecall);
    }

    /**
     * Trains on the seed (after {@code warmup} steps of {@link #warmedUp}) up to the last of {@code evalSteps}
     * (ascending, from 0) and measures at each of them, so several claims with different intervals share one run.
     * A run that blows up keeps what it measured and names the step.
     */
    public static Trace run(ExperimentConfig config, boolean freezeGenerator, int warmup, long seed, long[] evalSteps,
                            boolean precisionRecall) {
        ExperimentConfig seeded = config.withSeed(seed);
        GanTrainer trainer = new GanTrainer(seeded);
        ExperimentState start = warmedUp(seeded, warmup);
        if (start != null) {
            trainer.restore(start);
        }
        trainer.setGeneratorFrozen(freezeGenerator);
        Measurement measurement = new Measurement(trainer);
        measurement.setPrecisionRecall(precisionRecall);
        Readout[] readouts = Readout.values();
        List<Long> stepList = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        String failure = null;
        for (long next : evalSteps) {
            while (trainer.stepCount() < next) {
                if (!trainer.step()) {
                    break;
                }
            }
            if (trainer.failure() != null) {
                failure = "training blew up at step " + trainer.stepCount() + ": " + trainer.failure().message();
                break;
            }
            Snapshot s = measurement.snapshot();
            double[] row = new double[readouts.length];
            for (Readout r : readouts) {
                row[r.ordinal()] = r.of(s);
            }
            stepList.add(next);
            rows.add(row);
        }
        long[] measured = stepList.stream().mapToLong(Long::longValue).toArray();
        double[][] values = new double[readouts.length][rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            for (int r = 0; r < readouts.length; r++) {
                values[r][k] = rows.get(k)[r];
            }
        }
        return new Trace(seed, measured, values, failure);
    }
}
