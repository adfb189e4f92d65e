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
import org.ganclassroom.sim.parallel.PartRunner;

/**
 * One live run: a trainer, its measurements, and the history of the measured steps' values. A step is measured
 * when its number is a multiple of {@link Measurement#stepsPerMeasurement()} (every step in 1-D, every few in 2-D,
 * where one measurement costs several training steps), and the current step is measured before anything reads it
 * ({@link #snapshot()}, {@link #lastMetrics()}), so what is shown is never stale; the history holds the measured steps.
 * Any step the run made can be rebuilt exactly ({@link #jumpTo}, from the checkpoints and logged inputs of its
 * {@link Timeline}); moving on from a past step starts a new branch there.
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
    /** The run's checkpoints and the inputs of its steps, to rebuild any past step. */
    private Timeline timeline;
    /** The settings the next phase takes: the last ones set. */
    private Timeline.Inputs inputs;
    private final int checkpointSpacing;
    /** Runs the parts of each measurement ({@link Measurement}). */
    private final PartRunner measureParts;

    /** Measuring on the calling thread. */
    public Simulation(ExperimentConfig config) {
        this(config, PartRunner.currentThread());
    }

    /** With each measurement's parts run by {@code measureParts} (the same readouts whatever runs them). */
    public Simulation(ExperimentConfig config, PartRunner measureParts) {
        this(config, Timeline.INITIAL_SPACING, measureParts);
    }

    /** With checkpoints every {@code checkpointSpacing} steps (tests use a short spacing). */
    Simulation(ExperimentConfig config, int checkpointSpacing) {
        this(config, checkpointSpacing, PartRunner.currentThread());
    }

    private Simulation(ExperimentConfig config, int checkpointSpacing, PartRunner measureParts) {
        this.checkpointSpacing = checkpointSpacing;
        this.measureParts = java.util.Objects.requireNonNull(measureParts, "measureParts");
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
        inputs = new Timeline.Inputs(config.training(), config.stabilisers(), frozen);
        timeline = new Timeline(trainer, checkpointSpacing, Timeline.MAX_CHECKPOINTS);
        measurement = new Measurement(trainer, measureParts);
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
            if (!(runPhase(Timeline.Kind.D) && runPhase(Timeline.Kind.G))) {
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
        boolean moved = player == Player.DISCRIMINATOR ? runPhase(Timeline.Kind.D)
                // a frozen G does not move (nor is the phase kept)
                : trainer.generatorFrozen() || runPhase(Timeline.Kind.G_ALONE);
        if (!moved) {
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
                if (runPhase(Timeline.Kind.D)) {
                    last = measurement.measure();
                }
                yield Phase.UPDATE_D;
            }
            case UPDATE_D -> {
                if (runPhase(Timeline.Kind.G)) {
                    record();
                }
                yield Phase.UPDATE_G;
            }
        };
        return phase;
    }

    /** Runs one phase live, noting it in the timeline (which starts a new branch when it runs from a past step). */
    private boolean runPhase(Timeline.Kind kind) {
        if (timeline.beforeLivePhase(trainer, inputs)) {
            history.truncateAfter(trainer.stepCount());
        }
        long before = trainer.stepCount();
        boolean ok = switch (kind) {
            case D -> trainer.discriminatorPhase();
            case G -> trainer.generatorPhase();
            case G_ALONE -> trainer.stepOnly(Player.GENERATOR);
        };
        timeline.afterLivePhase(trainer, kind, before);
        return ok;
    }

    /**
     * Puts the run at {@code step} of its current branch (clamped to the steps it has made), rebuilt from the
     * checkpoint before it, and measures it; the history stays whole until the run moves on from there, when the
     * steps after it are forgotten (a new branch). It is measured with the settings it had (G frozen or not, the
     * chips); the next step takes the settings last set. Returns the step reached.
     */
    public long jumpTo(long step) {
        phase = Phase.IDLE;
        long reached = timeline.rebuild(trainer, step);
        measureAfresh();
        Timeline.resume(trainer, inputs);
        return reached;
    }

    /** Measures the current step with precision and recall computed now, not carried over from another step. */
    private void measureAfresh() {
        if (trainer.data().dimension() == 2) {
            measurement.setPrecisionRecall(true, PRECISION_RECALL_EVERY);
        }
        last = measurement.measure();
        current = true;
    }

    /**
     * Moves the run on by {@code n} steps as playing would, without publishing anything in between: steps this
     * branch already made with the same settings are rebuilt from a checkpoint; new ones are trained, with the history
     * measured on about {@link #FAST_FORWARD_POINTS} of them. Stops early if training blows up. Returns the step
     * reached.
     */
    public long fastForward(long n) {
        long target = trainer.stepCount() + Math.max(0, n);
        long known = timeline.replayableUntil(trainer.stepCount(), target, inputs);
        if (known > trainer.stepCount()) {
            jumpTo(known);
        }
        long left = target - trainer.stepCount();
        int every = measurement.stepsPerMeasurement();
        every *= (int) Math.max(1, (left / FAST_FORWARD_POINTS + every - 1) / every);
        phase = Phase.IDLE;
        while (trainer.stepCount() < target && trainer.failure() == null) {
            if (!(runPhase(Timeline.Kind.D) && runPhase(Timeline.Kind.G))) {
                break;
            }
            current = false;
            if (trainer.stepCount() % every == 0) {
                record();
            }
        }
        measureAfresh();
        return trainer.stepCount();
    }

    /** About how many history points a fast-forward over new steps measures. */
    public static final int FAST_FORWARD_POINTS = 500;

    /** The first step the run can be put back to (where it started), and the last one its branch reached. */
    public long firstStep() {
        return timeline.first();
    }

    public long lastStep() {
        return timeline.head();
    }

    /** Memory the rewind checkpoints hold, in bytes, and how many there are. */
    public long checkpointBytes() {
        return timeline.checkpointBytes();
    }

    public int checkpointCount() {
        return timeline.checkpointCount();
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
        inputs = new Timeline.Inputs(training, stabilisers, inputs.frozen());
        trainer.updateSettings(training, stabilisers);
    }

    public void setGeneratorFrozen(boolean frozen) {
        inputs = new Timeline.Inputs(inputs.training(), inputs.stabilisers(), frozen);
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
