package org.ganclassroom.ui.simulator;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.sim.run.Phase;
import org.ganclassroom.sim.run.SimulationRunner;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.sim.train.TrainingFailure;
import org.ganclassroom.ui.charts.HistoryMarks;
import org.ganclassroom.ui.live.LiveRun;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * The Simulator page over one {@link LiveRun} (which owns the runner, play, step, reset, speed, failure and
 * export): its {@link ConfigForm}, its {@link SimulatorReadouts} and the generator manifold, and what they ask
 * of the run. Never blocks, never throws for bad input: invalid settings are reported by the form.
 * <p>What applies live (optimizer, learning rates, batch size, k, objective) is sent to the running simulation
 * at once; what needs a restart (data, networks, activation, noise dimension, seed) waits for
 * {@link #applyRestart()}.
 */
public final class SimulatorViewModel {
    private final LiveRun run;
    private final ConfigForm form;
    private final SimulatorReadouts readouts = new SimulatorReadouts();
    private final ManifoldLines manifold;
    private ExperimentConfig applied;
    private Frame frame;
    private long lastSerial = Long.MIN_VALUE;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.IDLE);
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<HistoryView> history = new SimpleObjectProperty<>(HistoryView.EMPTY);
    private final StringProperty preset = new SimpleStringProperty();
    private final ReadOnlyStringWrapper presetSummary = new ReadOnlyStringWrapper();
    /** The preset the running config was made from (null if none): what the summary names. */
    private String basePreset;
    private final Random seeds = new Random();
    private boolean loadingPreset;
    private final HistoryMarks marks = new HistoryMarks();

    public SimulatorViewModel(LiveRun.Runners runners, ExperimentConfig config) {
        this(runners, config, presetOf(config));
    }

    /** A run of {@code config}, made from the preset {@code basePreset} (e.g. with chips switched on), paused. */
    public SimulatorViewModel(LiveRun.Runners runners, ExperimentConfig config, String basePreset) {
        this.basePreset = basePreset;
        this.applied = Objects.requireNonNull(config, "config");
        this.run = new LiveRun(runners, () -> List.of(applied));
        this.manifold = new ManifoldLines(run);
        this.form = new ConfigForm(config, () -> applied, this::applyLive);
        run.frameProperty().addListener((o, a, f) -> update(f));
        run.onPulse(() -> manifold.take(snapshot.get()));
        update(run.frame());
        refreshPreset();
        // every preset chooser (main screen, Configure) edits this one property, so they always agree
        preset.addListener((o, a, name) -> {
            if (name != null && !loadingPreset) {
                loadPreset(name);
            }
        });
    }

    /**
     * The preset box and the summary follow the running config: the preset's name while it runs as loaded (any
     * seed), "name + chips" when chips (live settings, stabilisers among them) changed it, "name (modified)" after any other change.
     * The box then shows no choice, so choosing the preset again loads it afresh.
     */
    private void refreshPreset() {
        ExperimentConfig base = basePreset == null ? null : ExperimentPresets.get(basePreset);
        String summary = null;
        String shown = null;
        if (base != null) {
            ExperimentConfig same = applied.withSeed(base.seed());
            if (same.equals(base)) {
                summary = basePreset;
                shown = basePreset;
            } else if (!same.stabilisers().equals(base.stabilisers())
                    && same.withTraining(base.training()).withStabilisers(base.stabilisers()).equals(base)) {
                summary = basePreset + " + chips";
            } else {
                summary = basePreset + " (modified)";
            }
        }
        presetSummary.set(summary);
        loadingPreset = true;
        try {
            preset.set(shown);
        } finally {
            loadingPreset = false;
        }
    }

    private static String presetOf(ExperimentConfig c) {
        return ExperimentPresets.names().stream().filter(n -> ExperimentPresets.get(n).equals(c)).findFirst()
                .orElse(null);
    }

    /** A run of this config on a thread of its own, paused. */
    public static SimulatorViewModel start(ExperimentConfig config) {
        return new SimulatorViewModel(LiveRun.Runners.THREADED, config);
    }

    /**
     * Turns a frame (each new one of the run) into readouts; returns whether it was new. FX thread.
     */
    public boolean update(Frame f) {
        if (f == null || f.serial() == lastSerial) {
            return false;
        }
        lastSerial = f.serial();
        frame = f;
        readouts.offer(f);
        phase.set(f.phase());
        snapshot.set(f.snapshot());
        history.set(f.histories().get(0));
        manifold.requestIfStale(f.snapshot());
        return true;
    }

    // ---------------------------------------------------------------- commands

    public void togglePlay() {
        run.togglePlay();
    }

    public void play() {
        run.play();
    }

    public void pause() {
        run.pause();
    }

    public void stepOnce() {
        run.stepOnce();
    }

    /** Starts the applied configuration again from step 0 (same seed). */
    public void reset() {
        restart(applied);
    }

    private void restart(ExperimentConfig c) {
        applied = c;
        refreshPreset();
        marks.clear();
        manifold.clear();
        run.reset(false);
    }

    /** Validates the seed text; on success restarts with that seed and returns true. */
    public boolean applySeed() {
        Long seed = form.seed();
        if (seed == null) {
            return false;
        }
        restart(applied.withSeed(seed));
        return true;
    }

    /** Sends the live settings to the running simulation; false (with the form's error) if invalid. */
    public boolean applyLive() {
        TrainingSpec t = form.training();
        if (t == null) {
            return false;
        }
        Stabilisers st = form.stabilisers();
        String change = SettingChanges.describe(applied.training(), applied.stabilisers(), t, st);
        if (change != null && frame != null) {
            marks.mark(frame.snapshot().metrics().step(), change);
        }
        applied = applied.withTraining(t).withStabilisers(st);
        refreshPreset();
        run.runner().forEachSimulation(s -> s.updateSettings(t, st));
        return true;
    }

    /** Builds the whole config from the form and restarts with it; false (with an error shown) if invalid. */
    public boolean applyRestart() {
        ExperimentConfig c = form.restartConfig();
        if (c == null) {
            return false;
        }
        restart(c);
        form.markApplied();
        return true;
    }

    /** Loads an experiment preset into the form and restarts with it. */
    public void loadPreset(String name) {
        ExperimentConfig c = ExperimentPresets.get(name);
        basePreset = name;
        form.load(c);
        form.clearDrawnPoints();
        restart(c);
    }

    /** Every setting and the seed back to the Simulator's default experiment, restarted. */
    public void resetToDefaults() {
        loadPreset(ExperimentPresets.DEFAULT);
    }

    /** A fresh random seed in the seed field, and the run restarted with it (other settings kept). */
    public void randomiseSeed() {
        long seed;
        do {
            seed = seeds.nextInt(1_000_000);
        } while (seed == applied.seed());
        form.seedTextProperty().set(Long.toString(seed));
        applySeed();
    }

    /** Writes the run's history ({@link org.ganclassroom.sim.run.HistoryCsv}). */
    public void exportHistoryCsv(Path file) throws IOException {
        run.exportHistoryCsv(file);
    }

    // ---------------------------------------------------------------- parts and properties

    public LiveRun run() {
        return run;
    }

    /** Where live settings were switched in this run, for the history chart. */
    public HistoryMarks marks() {
        return marks;
    }

    public ConfigForm form() {
        return form;
    }

    public SimulatorReadouts readouts() {
        return readouts;
    }

    public SimulationRunner runner() {
        return run.runner();
    }

    public ExperimentConfig appliedConfig() {
        return applied;
    }

    public Frame frame() {
        return frame;
    }

    /** The preset last loaded (null if the run did not start from one); setting it loads that preset. */
    public StringProperty presetProperty() { return preset; }
    /** What is running, by preset: "ring8", "ring8 + chips", "ring8 (modified)"; null if not from a preset. */
    public ReadOnlyStringProperty presetSummaryProperty() { return presetSummary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty playingProperty() { return run.playingProperty(); }
    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase; }
    public ReadOnlyObjectProperty<TrainingFailure> failureProperty() { return run.failureProperty(); }
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() { return snapshot; }
    public ReadOnlyObjectProperty<HistoryView> historyProperty() { return history; }
    public ReadOnlyObjectProperty<double[][][]> manifoldProperty() { return manifold.linesProperty(); }
    public BooleanProperty manifoldWantedProperty() { return manifold.wantedProperty(); }
    public IntegerProperty speedIndexProperty() { return run.speedIndexProperty(); }
    public ReadOnlyStringProperty speedTextProperty() { return run.speedTextProperty(); }
}
