package org.ganclassroom.ui.live;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.run.HistoryCsv;
import org.ganclassroom.sim.run.SimulationRunner;
import org.ganclassroom.sim.train.Player;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.sim.train.TrainingFailure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One live run (one simulation, or two in lockstep for A/B) as the pages see it: the only place where the
 * simulation hands frames to the UI. Commands go to the {@link SimulationRunner}; {@link #pull()}, called once
 * per screen frame by {@link LivePlot}'s timer, takes the runner's newest frame when its serial is new and
 * publishes it in {@link #frameProperty()}, which every view of the run listens to. FX thread, never waits.
 * <p>A blown-up run stops playing and refuses play and step until it is reset.
 */
public final class LiveRun implements AutoCloseable {
    /** Makes the runner for a list of configs; tests pass {@link SimulationRunner#manual(List)}. */
    @FunctionalInterface
    public interface Runners extends Function<List<ExperimentConfig>, SimulationRunner> {
        Runners THREADED = SimulationRunner::new;
        Runners MANUAL = SimulationRunner::manual;
    }

    private final SimulationRunner runner;
    private final Supplier<List<ExperimentConfig>> configs;
    private final ObjectProperty<Frame> frame = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty playing = new SimpleBooleanProperty();
    private final ObjectProperty<TrainingFailure> failure = new SimpleObjectProperty<>();
    private final IntegerProperty speedIndex = new SimpleIntegerProperty();
    private final SimpleStringProperty speedText = new SimpleStringProperty();
    private long lastSerial = Long.MIN_VALUE;
    private final List<Runnable> pulseTasks = new java.util.ArrayList<>();

    /**
     * @param configs what a reset starts again from (read at each reset: the owner's current configs)
     */
    public LiveRun(Runners runners, Supplier<List<ExperimentConfig>> configs) {
        this.configs = Objects.requireNonNull(configs, "configs");
        this.runner = runners.apply(configs.get());
        speedIndex.set(Speeds.indexOf(runner.latest().speed()));
        speedText.set(Speeds.describe(Speeds.speedFor(speedIndex.get())));
        speedIndex.addListener((o, a, b) -> {
            speedText.set(Speeds.describe(Speeds.speedFor(b.intValue())));
            runner.setSpeed(Speeds.speedFor(b.intValue()));
        });
        pull();
    }

    // ------------------------------------------------------------------ frames

    /** Takes the runner's newest frame if its serial is new; returns whether it was. */
    public boolean pull() {
        pulseTasks.forEach(Runnable::run);
        Frame f = runner.latest();
        if (f.serial() == lastSerial) {
            return false;
        }
        lastSerial = f.serial();
        TrainingFailure failed = f.snapshots().stream().map(Snapshot::failure).filter(Objects::nonNull)
                .findFirst().orElse(null);
        failure.set(failed);
        // What the user asked for stands (a frame published while a command is processed may say "paused");
        // only a blow-up, which stops the runner, overrides it.
        if (failed != null && !f.playing()) {
            playing.set(false);
        }
        frame.set(f);
        return true;
    }

    /** Runs {@code task} at every pull, new frame or not (to pick up results the simulation computed aside). */
    public void onPulse(Runnable task) {
        pulseTasks.add(Objects.requireNonNull(task, "task"));
    }

    // ------------------------------------------------------------------ commands

    public void play() {
        if (failure.get() == null) {
            runner.play();
            playing.set(true);
        }
    }

    public void pause() {
        runner.pause();
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Pauses and takes exactly one step (in slow motion: one line of Algorithm 1). */
    public void stepOnce() {
        if (failure.get() == null) {
            runner.stepOnce();
            playing.set(false);
        }
    }

    /** Pauses and moves one player only: D's k updates, or G's one (a D-step then a G-step make one step). */
    public void stepOnly(Player player) {
        if (failure.get() == null) {
            runner.stepOnly(player);
            playing.set(false);
        }
    }

    /**
     * Pauses and puts the run back (or forward) at {@code step} of what it has trained, rebuilt exactly; playing goes
     * on from there as a new branch. Works after a blow-up too: a step before it is sound.
     */
    public void jumpTo(long step) {
        runner.jumpTo(step);
        playing.set(false);
    }

    /** Moves the run on by {@code steps} steps as playing would, showing only where it lands. */
    public void fastForward(long steps) {
        if (failure.get() == null) {
            runner.fastForward(steps);
        }
    }

    /**
     * Starts again from step 0 on the owner's current configs (same seeds); plays on afterwards only when
     * {@code keepPlaying} and it was playing.
     */
    public void reset(boolean keepPlaying) {
        boolean wasPlaying = playing.get();
        failure.set(null);
        runner.reset(configs.get());
        playing.set(false);
        if (keepPlaying && wasPlaying) {
            play();
        }
    }

    /** Sets the speed to the slider position closest to {@code stepsPerFrame} steps per frame. */
    public void setStepsPerFrame(int stepsPerFrame) {
        speedIndex.set(Speeds.indexOf(org.ganclassroom.sim.run.Speed.stepsPerFrame(stepsPerFrame)));
    }

    /** Writes every run's history as one CSV ({@link HistoryCsv}). */
    public void exportHistoryCsv(Path file) throws IOException {
        HistoryCsv.write(runner.latest().histories(), file);
    }

    // ------------------------------------------------------------------ state

    public SimulationRunner runner() {
        return runner;
    }

    /** The newest pulled frame (never null). */
    public Frame frame() {
        return frame.get();
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** The first run's blow-up, or null. */
    public ReadOnlyObjectProperty<TrainingFailure> failureProperty() {
        return failure;
    }

    /** The speed slider's position, 0 to {@link Speeds#MAX_INDEX}. */
    public IntegerProperty speedIndexProperty() {
        return speedIndex;
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return speedText;
    }

    /** Steps per frame now (1 in slow motion). */
    public int stepsPerFrame() {
        return Speeds.speedFor(speedIndex.get()).stepsPerFrame();
    }

    @Override
    public void close() {
        runner.close();
    }
}
