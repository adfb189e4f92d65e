package org.ganclassroom.ui.lab;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ChipParameter;
import org.ganclassroom.sim.config.ConfigException;
import org.ganclassroom.sim.config.Experiment;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentJson;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.ExperimentState;
import org.ganclassroom.sim.config.LiveSettings;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.run.SimulationRunner;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.ui.charts.HistoryMarks;
import org.ganclassroom.ui.common.FixedDecimals;
import org.ganclassroom.ui.common.Readout;
import org.ganclassroom.ui.live.LiveRun;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * State and commands of the Mini Lab, without any node: the {@link AbPair} of chip rows (run A, and run B in A/B
 * mode), the open chip card, {@link TheoremMode} and saving/opening experiments, over one {@link LiveRun} (one
 * simulation, or two in lockstep for A/B) that owns play, step, reset, speed, failure and export. Properties
 * change on the thread that calls the commands (the FX thread in the app).
 */
public final class LabViewModel implements AutoCloseable {
    /** Which run a chip row belongs to. */
    public enum Side { A, B }

    private final LiveRun run;
    private final ChipCards cards;
    private final AbPair pair;
    private final TheoremMode theorem;
    private ExperimentConfig base;
    private final StringProperty source = new SimpleStringProperty(ExperimentPresets.DEFAULT);
    private final ObjectProperty<ChipCard> openCard = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final HistoryMarks marks = new HistoryMarks();
    private final StringProperty historyNote = new SimpleStringProperty("");
    /** The experiment preset run A started from, written into a saved file (null: a custom run). */
    private String basePreset;
    private boolean playsOnFirstShow = true;

    /** The app's lab: the default preset, the standard cards, a simulation thread. */
    public LabViewModel() {
        this(ExperimentPresets.COURSE_DEFAULT, ChipCards.standard(), LiveRun.Runners.THREADED);
    }

    public LabViewModel(String preset, ChipCards cards, LiveRun.Runners runners) {
        this.cards = cards;
        base = ExperimentPresets.get(preset);
        basePreset = preset;
        source.set(preset);
        pair = new AbPair(LiveSettings.of(base));
        run = new LiveRun(runners, () -> pair.configs(base));
        theorem = new TheoremMode(run);
        run.setStepsPerFrame(5);
        run.frameProperty().addListener((o, a, f) -> onFrame(f));
        onFrame(run.frame());
    }

    // ------------------------------------------------------------------ frames

    /** Each new frame of the run: the theorem trace and the status line. */
    private void onFrame(Frame f) {
        Metrics m = f.snapshot().metrics();
        if (theorem.isOn()) {
            theorem.record(m);
        }
        StringBuilder sb = new StringBuilder("step ").append(FixedDecimals.grouped(m.step())).append("   JSD ")
                .append(nats(m.jsd()));
        if (f.snapshots().size() > 1) {
            sb.append("   ·   B: JSD ").append(nats(f.snapshots().get(1).metrics().jsd()));
        }
        if (f.snapshot().failure() != null) {
            sb.append("   ·   stopped: ").append(f.snapshot().failure());
        }
        status.set(sb.toString());
    }

    private static String nats(double v) {
        return Readout.number(v) + (Double.isFinite(v) ? " nats" : "");
    }

    // ------------------------------------------------------------------ playback

    public void play() {
        run.play();
    }

    /**
     * Whether the page's first showing starts the run (it does, unless the command line already said whether to
     * play and where to stop: playing then would run past a {@code --pause-at} the run has reached).
     */
    public boolean playsOnFirstShow() {
        return playsOnFirstShow;
    }

    /** The command line decides whether the run plays; the first showing leaves it as it is. */
    public void leavePlayingToTheCommandLine() {
        playsOnFirstShow = false;
    }

    public void pause() {
        run.pause();
    }

    public void togglePlay() {
        run.togglePlay();
    }

    public void stepOnce() {
        run.stepOnce();
    }

    public void setSpeed(int stepsPerFrame) {
        run.setStepsPerFrame(stepsPerFrame);
    }

    /** Starts the run(s) again from step 0 with the current chips (same seed), playing on if it was. */
    public void restart() {
        historyNote.set("");
        run.reset(true);
        theorem.restarted();
    }

    /** Loads an experiment preset (chips as the preset has them) and starts over. */
    public void loadPreset(String name) {
        ExperimentConfig c = ExperimentPresets.get(name);
        base = c;
        basePreset = name;
        source.set(name);
        pair.setBoth(LiveSettings.of(c));
        updateTheoremAvailable();
        restart();
    }

    /**
     * What the timeline and the lessons ask for: a preset (or null) and a chip to switch on in run A and explain
     * (or null). An unknown name is ignored with a note in the status line.
     */
    public void open(String preset, String chip) {
        if (preset != null && !preset.isBlank()) {
            if (ExperimentPresets.names().contains(preset.trim())) {
                loadPreset(preset.trim());
            } else {
                status.set("no preset called \"" + preset + "\"");
            }
        }
        if (chip != null && !chip.isBlank()) {
            Optional<Chip> c = Chip.fromId(chip);
            if (c.isPresent()) {
                setChip(Side.A, c.get(), true);
                showCard(c.get());
            } else {
                status.set("no chip called \"" + chip + "\"");
            }
        }
    }

    /**
     * What a lesson's simulator block asks for: a preset, chips switched on (the last one's card is shown) and
     * optionally a frozen generator (theorem mode). Unknown names are ignored with a note in the status line.
     */
    public void openExperiment(String preset, List<String> chips, boolean freezeGenerator) {
        open(preset, null);
        for (String chip : chips == null ? List.<String>of() : chips) {
            open(null, chip);
        }
        if (freezeGenerator) {
            setTheoremMode(true);
        }
    }

    // ------------------------------------------------------------------ chips

    /** Flips a chip on the running simulation of that side, and opens its card. */
    public void toggleChip(Side side, Chip chip) {
        setChip(side, chip, !chipOn(side, chip).get());
        showCard(chip);
    }

    /** Switches a chip on or off on the running simulation (from the next step on). */
    public void setChip(Side side, Chip chip, boolean on) {
        if (side == Side.A && chipOn(side, chip).get() != on) {
            marks.mark(run.frame().snapshot().metrics().step(), (on ? "+ " : "− ") + chip.displayName());
        }
        pair.setChip(side, chip, on);
        updateTheoremAvailable();
        pair.pushTo(run.runner());
    }

    /** Sets a chip's number on the running simulation of that side, from its next step on. */
    public void setParameter(Side side, ChipParameter p, double value) {
        pair.setParameter(side, p, value);
        pair.pushTo(run.runner());
    }

    public void showCard(Chip chip) {
        openCard.set(cards.card(chip).orElse(null));
    }

    public void closeCard() {
        openCard.set(null);
    }

    private void updateTheoremAvailable() {
        theorem.setAvailable(!pair.criticOn());
    }

    // ------------------------------------------------------------------ A/B and theorem

    /**
     * A/B compare on: two runs from the same seed and config, in lockstep, both from step 0. B starts as A with
     * the open card's chip flipped ("B = A + this chip"), or equal to A when no card is open; each side's chips
     * can then be switched on their own. Off: run A alone, from step 0.
     */
    public void setAbMode(boolean on) {
        if (on == pair.isAbMode()) {
            return;
        }
        ChipCard card = openCard.get();
        pair.setAbMode(on, card == null ? null : card.chip());
        updateTheoremAvailable();
        restart();
    }

    /** Switches {@link TheoremMode} on or off (on only while D is a classifier). */
    public void setTheoremMode(boolean on) {
        theorem.set(on);
    }

    // ------------------------------------------------------------------ files

    /**
     * Saves run A as an experiment file: config with its current chips, weights, the preset it started from and its
     * measured history.
     */
    public CompletableFuture<Path> save(Path file) {
        ExperimentConfig config = settings(Side.A).applyTo(base);
        CompletableFuture<Path> done = new CompletableFuture<>();
        String preset = basePreset;
        run.runner().inspect(s -> {
            try {
                ExperimentJson.write(new Experiment(config, s.trainer().state(), preset, s.history().saved()), file);
                done.complete(file);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /**
     * Opens an experiment file: its config and, if saved, its weights, as run A (A/B and theorem mode end).
     * A bad file changes nothing and gives the one-line message naming the field.
     */
    public Optional<String> open(Path file) {
        Experiment e;
        try {
            e = ExperimentJson.read(file);
        } catch (ConfigException ex) {
            return Optional.of(ex.getMessage());
        }
        setTheoremMode(false);
        pair.abModeProperty().set(false);
        ExperimentConfig c = e.config();
        base = c;
        basePreset = e.preset() != null ? e.preset() : OpenedPreset.matching(c);
        source.set(OpenedPreset.label(basePreset, c, file.getFileName().toString()));
        pair.setBoth(LiveSettings.of(c));
        updateTheoremAvailable();
        run.reset(false);
        historyNote.set(OpenedPreset.historyNote(e));
        if (e.hasState()) {
            ExperimentState state = e.state();
            run.runner().forEachSimulation(s -> {
                s.reset(c, state);
                if (e.hasHistory()) {
                    s.restoreHistory(e.history());
                }
            });
        }
        return Optional.empty();
    }

    /** Writes the history of every run ({@link org.ganclassroom.sim.run.HistoryCsv}). */
    public void exportCsv(Path file) throws IOException {
        run.exportHistoryCsv(file);
    }

    // ------------------------------------------------------------------ accessors

    public LiveRun run() {
        return run;
    }

    public SimulationRunner runner() {
        return run.runner();
    }

    public TheoremMode theorem() {
        return theorem;
    }

    public ExperimentConfig baseConfig() {
        return base;
    }

    public LiveSettings settings(Side side) {
        return pair.settings(side);
    }

    public ReadOnlyObjectProperty<LiveSettings> settingsProperty(Side side) {
        return pair.settingsProperty(side);
    }

    public ReadOnlyBooleanProperty chipOn(Side side, Chip chip) {
        return pair.chipOn(side, chip);
    }

    /** Where run A's chips were switched, for the history chart (marks past a restart are forgotten there). */
    public HistoryMarks marks() {
        return marks;
    }

    public ChipCards cards() {
        return cards;
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source;
    }

    public BooleanProperty abModeProperty() {
        return pair.abModeProperty();
    }

    public boolean isAbMode() {
        return pair.isAbMode();
    }

    public BooleanProperty theoremModeProperty() {
        return theorem.onProperty();
    }

    public boolean isTheoremMode() {
        return theorem.isOn();
    }

    public ReadOnlyBooleanProperty theoremAvailableProperty() {
        return theorem.availableProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return run.playingProperty();
    }

    public ReadOnlyObjectProperty<ChipCard> openCardProperty() {
        return openCard;
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return run.frameProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Why the history chart is shorter than the run, after opening a file without its history (else empty). */
    public ReadOnlyStringProperty historyNoteProperty() {
        return historyNote;
    }

    public ReadOnlyStringProperty bLabelProperty() {
        return pair.bLabelProperty();
    }

    /** Preset names for the picker. */
    public static List<String> presets() {
        return ExperimentPresets.names();
    }

    @Override
    public void close() {
        run.close();
    }
}
