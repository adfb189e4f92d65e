package org.ganclassroom.sim.run;

import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentState;
import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.train.GanTrainer;
import org.ganclassroom.sim.train.Measurement;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.sim.train.Snapshot;

/**
 * One live run: a trainer, its measurements after every step, and the history of every step's values.
 * Single-threaded: {@link SimulationRunner} drives it on its own thread; tests drive it directly.
 */
public final class Simulation {
    private GanTrainer trainer;
    private Measurement measurement;
    private final MetricsHistory history = new MetricsHistory();
    private Metrics last;
    private Phase phase = Phase.IDLE;

    public Simulation(ExperimentConfig config) {
        reset(config, null);
    }

    /** Starts over from a config (and optionally saved weights), with an empty history. */
    public void reset(ExperimentConfig config, ExperimentState state) {
        boolean frozen = trainer != null && trainer.generatorFrozen();
        trainer = new GanTrainer(config);
        if (state != null) {
            trainer.restore(state);
        }
        trainer.setGeneratorFrozen(frozen);
        measurement = new Measurement(trainer);
        history.clear();
        phase = Phase.IDLE;
        last = measurement.measure();
        history.add(last);
    }

    /**
     * Runs up to n steps, measuring and recording each; stops early if training blows up.
     * Returns the number of steps taken.
     */
    public int advance(int n) {
        int done = 0;
        while (done < n && trainer.failure() == null) {
            if (!trainer.step()) {
                break;
            }
            record();
            done++;
        }
        phase = Phase.IDLE;
        return done;
    }

    /** Moves slow motion on by one line of the algorithm; a step completes at UPDATE_G. */
    public Phase advancePhase() {
        if (trainer.failure() != null) {
            return phase;
        }
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
        return last;
    }

    /** An immutable picture of now, for the views. */
    public Snapshot snapshot() {
        return measurement.snapshot(last);
    }

    public HistoryView history() {
        return history.view();
    }

    /** Direct access for saving weights and reading settings; use on the simulation's thread only. */
    public GanTrainer trainer() {
        return trainer;
    }
}
