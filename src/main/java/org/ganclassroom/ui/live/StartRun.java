package org.ganclassroom.ui.live;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.ganclassroom.lesson.scenario.ScenarioRunner;
import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ChipParameter;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.LiveSettings;
import org.ganclassroom.sim.run.Frame;

import java.util.List;
import java.util.Objects;

/**
 * How the app's command line asks a live run to start ({@code --preset}, {@code --chip}, {@code --speed},
 * {@code --autoplay}, {@code --pause-at}, {@code --warmup}, {@code --freeze-generator}); the Simulator page and the Mini Lab both start on it, so that a scenario
 * with its chips on can be opened, run to the step where it makes its point, and looked at.
 *
 * @param preset        experiment preset, or null for the page's own
 * @param chips         chips switched on, in order, each with its number or NaN for the chip's own
 * @param stepsPerFrame speed, or 0 for the page's own
 * @param autoplay      start playing
 * @param pauseAt       pause at the first frame at or after this step (playing until then), or 0 for never
 * @param warmup        steps of the whole game G plays first, D then starting afresh and the steps counting from
 *                      there (as a lesson block's {@code warmup:}), or 0 for none
 * @param freezeGenerator G frozen from the start, only D trains (as a lesson block's {@code freezeGenerator:})
 */
public record StartRun(String preset, List<ChipSetting> chips, int stepsPerFrame, boolean autoplay, long pauseAt,
                       int warmup, boolean freezeGenerator) {

    /** A chip to switch on, and its number ({@link ChipParameter}) or NaN to keep the chip's own. */
    public record ChipSetting(Chip chip, double value) {
        public ChipSetting {
            Objects.requireNonNull(chip, "chip");
        }
    }

    public StartRun {
        chips = List.copyOf(chips);
    }

    /** A start without warm-up, G training. */
    public StartRun(String preset, List<ChipSetting> chips, int stepsPerFrame, boolean autoplay, long pauseAt) {
        this(preset, chips, stepsPerFrame, autoplay, pauseAt, 0, false);
    }

    /** Nothing asked: each page starts as it always does. */
    public static StartRun defaults() {
        return new StartRun(null, List.of(), 0, false, 0);
    }

    public boolean isDefault() {
        return equals(defaults());
    }

    /** Whether the run should play from the start ({@code --autoplay}, or a step to pause at). */
    public boolean plays() {
        return autoplay || pauseAt > 0;
    }

    /** The settings with every chip switched on and given its number. */
    public LiveSettings withChips(LiveSettings settings) {
        LiveSettings s = settings;
        for (ChipSetting c : chips) {
            s = s.with(c.chip(), true);
            if (!Double.isNaN(c.value())) {
                s = ChipParameter.of(c.chip()).orElseThrow(() -> new IllegalArgumentException(
                        "chip " + c.chip().id() + " takes no number")).with(s, c.value());
            }
        }
        return s;
    }

    /** The config with the chips on. */
    public ExperimentConfig withChips(ExperimentConfig config) {
        return withChips(LiveSettings.of(config)).applyTo(config);
    }

    /**
     * Warms G up and freezes it as asked, sets the run's speed, plays it, and pauses it once at {@link #pauseAt()}.
     * FX thread; the warm-up runs on the simulation thread, before the first step is played.
     */
    public void startOn(LiveRun run) {
        if (warmup > 0 || freezeGenerator) {
            run.runner().forEachSimulation(s -> {
                if (warmup > 0) {
                    s.reset(s.trainer().config(), ScenarioRunner.warmedUp(s.trainer().config(), warmup));
                }
                s.setGeneratorFrozen(freezeGenerator);
            });
        }
        if (stepsPerFrame > 0) {
            run.setStepsPerFrame(stepsPerFrame);
        }
        if (pauseAt > 0) {
            run.runner().pauseAt(pauseAt);
            run.frameProperty().addListener(new PauseAt(run, pauseAt));
        }
        if (plays()) {
            run.play();
        }
    }

    /**
     * The runner stops itself at the step (exactly, whatever the FX thread's pace); this puts the run's play button
     * in step with it the first time a frame shows the step, then stops listening (the user may play on).
     */
    private record PauseAt(LiveRun run, long step) implements ChangeListener<Frame> {
        @Override
        public void changed(ObservableValue<? extends Frame> o, Frame was, Frame now) {
            if (now != null && now.snapshot().metrics().step() >= step) {
                run.frameProperty().removeListener(this);
                run.pause();
            }
        }
    }
}
