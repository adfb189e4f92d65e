package org.ganclassroom.ui.lab;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganclassroom.sim.config.Chip;
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
import org.ganclassroom.ui.common.FixedDecimals;
import org.ganclassroom.ui.common.Readout;
import org.ganclassroom.ui.live.LiveRun;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * State and commands of the Mini Lab, without any node: the chips of run A (and of run B in A/B mode), the open
 * chip card, A/B compare, "verify the theorem" and saving/opening experiments, over one {@link LiveRun} (one
 * simulation, or two in lockstep for A/B) that owns play, step, reset, speed, failure and export. Properties
 * change on the thread that calls the commands (the FX thread in the app).
 */
public final class LabViewModel implements AutoCloseable {
    /** Which run a chip row belongs to. */
    public enum Side { A, B }

    private static final int THEOREM_TRACE_MAX = 4000;
    /** D alone converges slowly in wall-clock terms: theorem mode runs at least this many steps per frame. */
    static final int THEOREM_MIN_SPEED = 20;

    private final LiveRun run;
    private final ChipCards cards;
    private ExperimentConfig base;
    private final StringProperty source = new SimpleStringProperty(ExperimentPresets.DEFAULT);
    private final ObjectProperty<LiveSettings> settingsA = new SimpleObjectProperty<>();
    private final ObjectProperty<LiveSettings> settingsB = new SimpleObjectProperty<>();
    private final Map<Side, Map<Chip, BooleanProperty>> chipOn = new EnumMap<>(Side.class);
    private final BooleanProperty abMode = new SimpleBooleanProperty();
    private final BooleanProperty theoremMode = new SimpleBooleanProperty();
    private final BooleanProperty theoremAvailable = new SimpleBooleanProperty(true);
    private final ObjectProperty<ChipCard> openCard = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty bLabel = new SimpleStringProperty("B = A");
    private final DoubleProperty gap = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty valueError = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty gapAtStart = new SimpleDoubleProperty(Double.NaN);
    private final ObjectProperty<TheoremTrace> theoremTrace = new SimpleObjectProperty<>(TheoremTrace.EMPTY);
    private final List<double[]> trace = new ArrayList<>();
    private long lastTraceStep = -1;

    /** gap = ∫ ½(p_data+p_g)|D − D*|, valueError = |V(D,G) − (−log 4 + 2·JSD)|, per step of theorem mode. */
    public record TheoremTrace(long[] steps, double[] gap, double[] valueError) {
        public static final TheoremTrace EMPTY = new TheoremTrace(new long[0], new double[0], new double[0]);

        public int size() {
            return steps.length;
        }
    }

    /** The app's lab: the default preset, the standard cards, a simulation thread. */
    public LabViewModel() {
        this(ExperimentPresets.COURSE_DEFAULT, ChipCards.standard(), LiveRun.Runners.THREADED);
    }

    public LabViewModel(String preset, ChipCards cards, LiveRun.Runners runners) {
        this.cards = cards;
        for (Side s : Side.values()) {
            Map<Chip, BooleanProperty> m = new EnumMap<>(Chip.class);
            for (Chip c : Chip.values()) {
                m.put(c, new SimpleBooleanProperty());
            }
            chipOn.put(s, m);
        }
        base = ExperimentPresets.get(preset);
        source.set(preset);
        setSettings(Side.A, LiveSettings.of(base));
        setSettings(Side.B, LiveSettings.of(base));
        run = new LiveRun(runners, this::configs);
        run.setStepsPerFrame(5);
        run.frameProperty().addListener((o, a, f) -> onFrame(f));
        onFrame(run.frame());
    }

    // ------------------------------------------------------------------ frames

    /** Each new frame of the run: the theorem trace and the status line. */
    private void onFrame(Frame f) {
        Metrics m = f.snapshot().metrics();
        if (theoremMode.get()) {
            recordTheorem(m);
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

    private void recordTheorem(Metrics m) {
        double g = m.dGap();
        double err = Math.abs(m.valueGrid() - m.theoryValue());
        gap.set(g);
        valueError.set(err);
        if (Double.isNaN(gapAtStart.get())) {
            gapAtStart.set(g);
        }
        if (m.step() == lastTraceStep) {
            return;
        }
        lastTraceStep = m.step();
        trace.add(new double[] {m.step(), g, err});
        if (trace.size() > THEOREM_TRACE_MAX) {
            for (int i = 0; i < trace.size() / 2; i++) {
                trace.set(i, trace.get(2 * i));
            }
            trace.subList(trace.size() / 2, trace.size()).clear();
        }
        int n = trace.size();
        long[] s = new long[n];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = trace.get(i);
            s[i] = (long) p[0];
            a[i] = p[1];
            b[i] = p[2];
        }
        theoremTrace.set(new TheoremTrace(s, a, b));
    }

    // ------------------------------------------------------------------ playback

    public void play() {
        run.play();
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
        run.reset(true);
        if (theoremMode.get()) {
            run.runner().forEachSimulation(s -> s.setGeneratorFrozen(true));
            clearTrace();
        }
    }

    /** Loads an experiment preset (chips as the preset has them) and starts over. */
    public void loadPreset(String name) {
        ExperimentConfig c = ExperimentPresets.get(name);
        base = c;
        source.set(name);
        setSettings(Side.A, LiveSettings.of(c));
        setSettings(Side.B, LiveSettings.of(c));
        updateBLabel();
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
        setSettings(side, chip.apply(settings(side), on));
        if (side == Side.A && !abMode.get()) {
            setSettings(Side.B, settings(Side.A));
        }
        updateBLabel();
        updateTheoremAvailable();
        pushSettings();
    }

    public void showCard(Chip chip) {
        openCard.set(cards.card(chip).orElse(null));
    }

    public void closeCard() {
        openCard.set(null);
    }

    private void setSettings(Side side, LiveSettings s) {
        (side == Side.A ? settingsA : settingsB).set(s);
        for (Chip c : Chip.values()) {
            chipOn.get(side).get(c).set(c.isOn(s));
        }
    }

    /** Sends A's settings to the first simulation and B's to the second. */
    private void pushSettings() {
        LiveSettings a = settings(Side.A);
        LiveSettings b = settings(Side.B);
        AtomicInteger index = new AtomicInteger();
        run.runner().forEachSimulation(s -> {
            LiveSettings ls = index.getAndIncrement() == 0 ? a : b;
            s.updateSettings(ls.training(), ls.stabilisers());
        });
    }

    private List<ExperimentConfig> configs() {
        ExperimentConfig a = settings(Side.A).applyTo(base);
        return abMode.get() ? List.of(a, settings(Side.B).applyTo(base)) : List.of(a);
    }

    private void updateBLabel() {
        LiveSettings a = settings(Side.A);
        LiveSettings b = settings(Side.B);
        List<String> diff = new ArrayList<>();
        for (Chip c : Chip.values()) {
            if (c.isOn(a) != c.isOn(b)) {
                diff.add((c.isOn(b) ? "+ " : "− ") + c.displayName());
            }
        }
        bLabel.set(diff.isEmpty() ? "B = A" : "B = A " + String.join(", ", diff));
    }

    private void updateTheoremAvailable() {
        boolean critic = Chip.WASSERSTEIN.isOn(settings(Side.A))
                || abMode.get() && Chip.WASSERSTEIN.isOn(settings(Side.B));
        theoremAvailable.set(!critic);
        if (critic && theoremMode.get()) {
            setTheoremMode(false);
        }
    }

    // ------------------------------------------------------------------ A/B

    /**
     * A/B compare on: two runs from the same seed and config, in lockstep, both from step 0. B starts as A with
     * the open card's chip flipped ("B = A + this chip"), or equal to A when no card is open; each side's chips
     * can then be switched on their own. Off: run A alone, from step 0.
     */
    public void setAbMode(boolean on) {
        if (on == abMode.get()) {
            return;
        }
        abMode.set(on);
        if (on) {
            ChipCard card = openCard.get();
            setSettings(Side.B, card == null ? settings(Side.A) : card.chip().toggle(settings(Side.A)));
        } else {
            setSettings(Side.B, settings(Side.A));
        }
        updateBLabel();
        updateTheoremAvailable();
        restart();
    }

    // ------------------------------------------------------------------ theorem

    /**
     * "Verify the theorem": G frozen, only D trains. D should settle onto D* = p_data/(p_data+p_g)
     * (Proposition 1 of Goodfellow et al. 2014) and V(D,G) onto −log 4 + 2·JSD (Theorem 1). Leaving the mode
     * unfreezes G. Needs a classifier D (not available with the Wasserstein critic). Starts playing, at least
     * {@value #THEOREM_MIN_SPEED} steps per frame.
     */
    public void setTheoremMode(boolean on) {
        if (on && !theoremAvailable.get()) {
            return;
        }
        if (on == theoremMode.get()) {
            return;
        }
        theoremMode.set(on);
        run.runner().forEachSimulation(s -> s.setGeneratorFrozen(on));
        if (on) {
            clearTrace();
            if (run.stepsPerFrame() < THEOREM_MIN_SPEED) {
                setSpeed(THEOREM_MIN_SPEED);
            }
            play();
        }
    }

    private void clearTrace() {
        trace.clear();
        lastTraceStep = -1;
        gapAtStart.set(Double.NaN);
        gap.set(Double.NaN);
        valueError.set(Double.NaN);
        theoremTrace.set(TheoremTrace.EMPTY);
    }

    // ------------------------------------------------------------------ files

    /** Saves run A (config with its current chips, and its weights) as an experiment file. */
    public CompletableFuture<Path> save(Path file) {
        ExperimentConfig config = settings(Side.A).applyTo(base);
        CompletableFuture<Path> done = new CompletableFuture<>();
        run.runner().inspect(s -> {
            try {
                ExperimentJson.write(new Experiment(config, s.trainer().state()), file);
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
        abMode.set(false);
        ExperimentConfig c = e.config();
        base = c;
        source.set(file.getFileName().toString());
        setSettings(Side.A, LiveSettings.of(c));
        setSettings(Side.B, LiveSettings.of(c));
        updateBLabel();
        updateTheoremAvailable();
        run.reset(false);
        if (e.hasState()) {
            ExperimentState state = e.state();
            run.runner().forEachSimulation(s -> s.reset(c, state));
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

    public ExperimentConfig baseConfig() {
        return base;
    }

    public LiveSettings settings(Side side) {
        return (side == Side.A ? settingsA : settingsB).get();
    }

    public ReadOnlyObjectProperty<LiveSettings> settingsProperty(Side side) {
        return side == Side.A ? settingsA : settingsB;
    }

    public ReadOnlyBooleanProperty chipOn(Side side, Chip chip) {
        return chipOn.get(side).get(chip);
    }

    public ChipCards cards() {
        return cards;
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source;
    }

    public BooleanProperty abModeProperty() {
        return abMode;
    }

    public boolean isAbMode() {
        return abMode.get();
    }

    public BooleanProperty theoremModeProperty() {
        return theoremMode;
    }

    public boolean isTheoremMode() {
        return theoremMode.get();
    }

    public ReadOnlyBooleanProperty theoremAvailableProperty() {
        return theoremAvailable;
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

    public ReadOnlyStringProperty bLabelProperty() {
        return bLabel;
    }

    public ReadOnlyDoubleProperty gapProperty() {
        return gap;
    }

    public ReadOnlyDoubleProperty valueErrorProperty() {
        return valueError;
    }

    public ReadOnlyDoubleProperty gapAtStartProperty() {
        return gapAtStart;
    }

    public ReadOnlyObjectProperty<TheoremTrace> theoremTraceProperty() {
        return theoremTrace;
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
