package org.ganclassroom.sim.run;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentState;
import org.ganclassroom.sim.config.SavedHistory;
import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.sim.train.Player;
import org.ganclassroom.sim.train.Snapshot;

/**
 * One live run: a trainer, its measurements, and the history of the measured steps' values. A step is measured
 * when its number is a multiple of {@link Measurement#stepsPerMeasurement()} (every step in 1-D, every few in 2-D,
 * where one measurement costs several training steps), and the current step is measured before anything reads it
 * ({@link #snapshot()}, {@link #lastMetrics()}), so what is shown is never stale; the history holds the measured steps.
 * Single-threaded: {@link SimulationRunner} drives it on its own thread; tests drive it directly.
 */
public final class Simulation {
    private GanTrainer trainer;
    private Measurement measurement;
    private final MetricsHistory history = new MetricsHistory();
    private Metrics last;
    /** Whether {@link #last} is the trainer's current step. */
    private boolean current;
    private Phase phase = Phase.IDLE;

    public Simulation(ExperimentConfig config) {
        reset(config, null);
    }

    /**
     * In 2-D, precision and recall (every pair of about a thousand points) are computed on every this-many-th
     * measurement and repeated in between, so the live readouts cost a fraction of a measurement.
     */
    public static final int PRECISION_RECALL_EVERY = 8;

    /** Starts over from a config (and optionally saved weights), with an empty history. */
    public void reset(ExperimentConfig config, ExperimentState state) {
        boolean frozen = trainer != null && trainer.generatorFrozen();
        trainer = new GanTrainer(config);
        if (state != null) {
            trainer.restore(state);
        }
        trainer.setGeneratorFrozen(frozen);
        measurement = new Measurement(trainer);
        if (config.data().dimension() == 2) {
            measurement.setPrecisionRecall(true, PRECISION_RECALL_EVERY);
        }
        history.clear();
        phase = Phase.IDLE;
        record();
    }

    /**
     * Runs up to n steps, measuring and recording every {@link Measurement#stepsPerMeasurement()}-th; stops early
     * if training blows up.
     * Returns the number of steps taken.
     */
    public int advance(int n) {
        int done = 0;
        while (done < n && trainer.failure() == null) {
            if (!trainer.step()) {
                // the failed step is not measured (its statistics are not finite): the last measured one stays
                current = true;
                break;
            }
            current = false;
            if (trainer.stepCount() % measurement.stepsPerMeasurement() == 0) {
                record();
            }
            done++;
        }
        phase = Phase.IDLE;
        return done;
    }

    /**
     * One player's half of a step alone ({@link GanTrainer#stepOnly}); slow motion starts its next step afresh.
     * A G-step is recorded like a full step (it advances the step count); a D-step, which does not, is measured
     * for the views but leaves the history, one point per step, alone. Returns false once training has blown up.
     */
    public boolean stepOnly(Player player) {
        phase = Phase.IDLE;
        if (trainer.failure() != null) {
            return false;
        }
        long before = trainer.stepCount();
        if (!trainer.stepOnly(player)) {
            current = true; // as in advance: the failed step is not measured
            return false;
        }
        if (trainer.stepCount() != before) {
            current = false;
            if (trainer.stepCount() % measurement.stepsPerMeasurement() == 0) {
                record();
            }
        } else {
            last = measurement.measure();
            current = true;
        }
        return true;
    }

    /** Moves slow motion on by one line of the algorithm; a step completes at UPDATE_G. */
    public Phase advancePhase() {
        if (trainer.failure() != null) {
            return phase;
        }
        measureCurrent();
        phase = switch (phase) {
            case IDLE, UPDATE_G -> Phase.SAMPLE_NOISE;
            case SAMPLE_NOISE -> Phase.SAMPLE_DATA;
            case SAMPLE_DATA -> {
                if (trainer.discriminatorPhase()) {
                    last = measurement.measure();
                }
                yield Phase.UPDATE_D;
            }
            case UPDATE_D -> {
                if (trainer.generatorPhase()) {
                    record();
                }
                yield Phase.UPDATE_G;
            }
        };
        return phase;
    }

    private void record() {
        last = measurement.measure();
        history.add(last);
        current = true;
    }

    /** Measures (and records) the current step if the cadence skipped it. */
    private void measureCurrent() {
        if (!current) {
            record();
        }
    }

    public void updateSettings(TrainingSpec training, Stabilisers stabilisers) {
        trainer.updateSettings(training, stabilisers);
    }

    public void setGeneratorFrozen(boolean frozen) {
        trainer.setGeneratorFrozen(frozen);
    }

    public Phase phase() {
        return phase;
    }

    public Metrics lastMetrics() {
        measureCurrent();
        return last;
    }

    /** An immutable picture of now, for the views. */
    public Snapshot snapshot() {
        measureCurrent();
        return measurement.snapshot(last);
    }

    public HistoryView history() {
        return history.view();
    }

    /** Puts a saved run's history in front of its restored step, so the chart shows where the run came from. */
    public void restoreHistory(SavedHistory saved) {
        measureCurrent();
        SavedHistory h = saved.before(trainer.stepCount());
        history.clear();
        for (int i = 0; i < h.size(); i++) {
            history.add(h.steps()[i], h.jsd()[i], h.dLoss()[i], h.gLoss()[i]);
        }
        history.add(last);
    }

    /** Direct access for saving weights and reading settings; use on the simulation's thread only. */
    public GanTrainer trainer() {
        return trainer;
    }
}
