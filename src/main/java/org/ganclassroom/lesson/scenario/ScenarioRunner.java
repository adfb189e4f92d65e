package org.ganclassroom.lesson.scenario;

import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ExperimentConfig;
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

    /** {@link #run(ExperimentConfig, boolean, long, long, long, boolean)} without precision and recall. */
    public static Trace run(ExperimentConfig config, boolean freezeGenerator, long seed, long steps, long every) {
        return run(config, freezeGenerator, seed, steps, every, false);
    }

    /**
     * Trains {@code steps} steps on the seed and measures at step 0 and every {@code every} steps after it.
     * A run that blows up keeps what it measured and names the step. Precision and recall are NaN unless
     * {@code precisionRecall} asks for them.
     */
    public static Trace run(ExperimentConfig config, boolean freezeGenerator, long seed, long steps, long every,
                            boolean precisionRecall) {
        GanTrainer trainer = new GanTrainer(config.withSeed(seed));
        trainer.setGeneratorFrozen(freezeGenerator);
        Measurement measurement = new Measurement(trainer);
        measurement.setPrecisionRecall(precisionRecall);
        Readout[] readouts = Readout.values();
        List<long[]> stepList = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        String failure = null;
        for (long step = 0; ; ) {
            Snapshot s = measurement.snapshot();
            double[] row = new double[readouts.length];
            for (Readout r : readouts) {
                row[r.ordinal()] = r.of(s);
            }
            stepList.add(new long[]{step});
            rows.add(row);
            if (step >= steps) {
                break;
            }
            long next = Math.min(steps, step + every);
            while (trainer.stepCount() < next) {
                if (!trainer.step()) {
                    break;
                }
            }
            if (trainer.failure() != null) {
                failure = "training blew up at step " + trainer.stepCount() + ": " + trainer.failure().message();
                break;
            }
            step = next;
        }
        long[] evalSteps = stepList.stream().mapToLong(a -> a[0]).toArray();
        double[][] values = new double[readouts.length][rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            for (int r = 0; r < readouts.length; r++) {
                values[r][k] = rows.get(k)[r];
            }
        }
        return new Trace(seed, evalSteps, values, failure);
    }
}
