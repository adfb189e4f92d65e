package org.ganclassroom.ui.simulator;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganclassroom.sim.config.DataSpec;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.NetworkSpec;
import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.data.DataPresets;
import org.ganclassroom.sim.loss.FDivergence;
import org.ganclassroom.sim.loss.Objectives;
import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.optim.OptimizerKind;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.sim.run.Phase;
import org.ganclassroom.sim.run.SimulationRunner;
import org.ganclassroom.sim.run.Speed;
import org.ganclassroom.sim.train.Manifold;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.sim.train.TrainingFailure;
import org.ganclassroom.ui.common.FixedDecimals;
import org.ganclassroom.ui.common.Readout;
import org.ganclassroom.ui.live.LiveRun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The Simulator page's configuration form and readouts over one {@link LiveRun} (which owns the runner, play,
 * step, reset, speed, failure and export): each new frame of the run becomes readout texts in
 * {@link #update(Frame)}. Never blocks, never throws for bad input: invalid settings are reported in
 * {@link #configErrorProperty()} / {@link #seedErrorProperty()}.
 * <p>What applies live (optimizer, learning rates, batch size, k, objective) is sent to the running simulation
 * at once; what needs a restart (data, networks, activation, noise dimension, seed) waits for
 * {@link #applyRestart()}.
 */
public final class SimulatorViewModel {
    /** Data set choices beyond the presets. */
    public static final String DRAW_1D = "draw-1d";
    public static final String DRAW_2D = "draw-2d";
    static final int MANIFOLD_LINES = 11;
    static final int MANIFOLD_POINTS = 48;

    private final LiveRun run;
    private ExperimentConfig applied;
    private Frame frame;
    private long lastSerial = Long.MIN_VALUE;
    /**
     * While a run plays at speed the numbers are refreshed this often, not every frame: ten readings a second
     * can be read, sixty cannot, and each refresh re-lays out the readout column. The plots still move every
     * frame; paused, stepped or in slow motion every frame's numbers are shown.
     */
    static final long READOUT_INTERVAL_NANOS = 100_000_000L;
    private LongSupplier clock = System::nanoTime;
    private long lastReadout;
    private Snapshot readoutSnapshot;

    // readouts
    private final StringProperty step = new SimpleStringProperty("0");
    private final StringProperty jsd = new SimpleStringProperty("—");
    private final StringProperty jsdBits = new SimpleStringProperty("—");
    private final StringProperty valueBatch = new SimpleStringProperty("—");
    private final StringProperty valueGrid = new SimpleStringProperty("—");
    private final StringProperty theory = new SimpleStringProperty("—");
    private final StringProperty dLoss = new SimpleStringProperty("—");
    private final StringProperty gLoss = new SimpleStringProperty("—");
    private final StringProperty w1 = new SimpleStringProperty("—");
    private final StringProperty modes = new SimpleStringProperty("—");
    private final StringProperty highQuality = new SimpleStringProperty("—");
    private final StringProperty fBound = new SimpleStringProperty("—");
    private final StringProperty fTrue = new SimpleStringProperty("—");
    private final StringProperty dGap = new SimpleStringProperty("—");
    private final BooleanProperty oneD = new SimpleBooleanProperty(true);
    private final BooleanProperty w1Shown = new SimpleBooleanProperty();
    private final BooleanProperty modesShown = new SimpleBooleanProperty();
    private final BooleanProperty fGanShown = new SimpleBooleanProperty();
    /** The objective of the shown snapshot (the running one, which a chip may have changed). */
    private final StringProperty runningObjective = new SimpleStringProperty("minimax");
    private final BooleanProperty valueShown = new SimpleBooleanProperty();
    private final BooleanProperty dGapShown = new SimpleBooleanProperty();
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.IDLE);
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<HistoryView> history = new SimpleObjectProperty<>(HistoryView.EMPTY);
    private final ObjectProperty<double[][][]> manifold = new SimpleObjectProperty<>();
    private final BooleanProperty manifoldWanted = new SimpleBooleanProperty(true);
    private final AtomicBoolean manifoldPending = new AtomicBoolean();
    /** Used only on the simulation thread (inside {@code runner.inspect}), which runs one request at a time. */
    private final Manifold.Tracer manifoldTracer = new Manifold.Tracer();
    private final AtomicReference<ManifoldResult> manifoldResult = new AtomicReference<>();
    private long manifoldStep = -1;
    private long manifoldGeneration;

    // seed
    private final StringProperty seedText = new SimpleStringProperty();
    private final StringProperty seedError = new SimpleStringProperty("");

    // configuration being edited
    private final StringProperty dataset = new SimpleStringProperty();
    private final IntegerProperty gLayers = new SimpleIntegerProperty();
    private final IntegerProperty gWidth = new SimpleIntegerProperty();
    private final IntegerProperty dLayers = new SimpleIntegerProperty();
    private final IntegerProperty dWidth = new SimpleIntegerProperty();
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>();
    private final IntegerProperty noiseDim = new SimpleIntegerProperty();
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>();
    private final StringProperty lrG = new SimpleStringProperty();
    private final StringProperty lrD = new SimpleStringProperty();
    private final IntegerProperty batchSize = new SimpleIntegerProperty();
    private final IntegerProperty k = new SimpleIntegerProperty();
    private final StringProperty objective = new SimpleStringProperty();
    private final StringProperty configError = new SimpleStringProperty("");
    private final BooleanProperty restartPending = new SimpleBooleanProperty();
    private final List<double[]> drawnPoints = new ArrayList<>();
    private final IntegerProperty drawnCount = new SimpleIntegerProperty();
    private boolean loading;

    public SimulatorViewModel(LiveRun.Runners runners, ExperimentConfig config) {
        this.applied = Objects.requireNonNull(config, "config");
        this.run = new LiveRun(runners, () -> List.of(applied));
        load(config);
        onChange(optimizer, this::applyLive);
        onChange(objective, this::applyLive);
        onChange(lrG, this::applyLive);
        onChange(lrD, this::applyLive);
        onChange(batchSize, this::applyLive);
        onChange(k, this::applyLive);
        onChange(gLayers, this::refreshRestartPending);
        onChange(gWidth, this::refreshRestartPending);
        onChange(dLayers, this::refreshRestartPending);
        onChange(dWidth, this::refreshRestartPending);
        onChange(noiseDim, this::refreshRestartPending);
        onChange(activation, this::refreshRestartPending);
        onChange(dataset, this::datasetChanged);
        run.frameProperty().addListener((o, a, f) -> update(f));
        run.onPulse(this::takeManifold);
        update(run.frame());
    }

    private static void onChange(javafx.beans.value.ObservableValue<?> p, Runnable r) {
        p.addListener((o, a, b) -> r.run());
    }

    /** A run of this config on a thread of its own, paused. */
    public static SimulatorViewModel start(ExperimentConfig config) {
        return new SimulatorViewModel(LiveRun.Runners.THREADED, config);
    }

    private void load(ExperimentConfig c) {
        loading = true;
        try {
            dataset.set(c.data().isDrawn() ? (c.data().dimension() == 1 ? DRAW_1D : DRAW_2D) : c.data().preset());
            gLayers.set(c.generator().hidden().size());
            gWidth.set(c.generator().hidden().isEmpty() ? 16 : c.generator().hidden().get(0));
            dLayers.set(c.discriminator().hidden().size());
            dWidth.set(c.discriminator().hidden().isEmpty() ? 16 : c.discriminator().hidden().get(0));
            activation.set(c.generator().activation());
            noiseDim.set(c.noiseDim());
            optimizer.set(c.training().optimizer());
            lrG.set(number(c.training().lrG()));
            lrD.set(number(c.training().lrD()));
            batchSize.set(c.training().batchSize());
            k.set(c.stabilisers().dSteps());
            objective.set(c.training().objective());
            seedText.set(Long.toString(c.seed()));
            seedError.set("");
            configError.set("");
            restartPending.set(false);
        } finally {
            loading = false;
        }
    }

    // ---------------------------------------------------------------- frames

    /** Shows manifold lines the simulation thread has traced since the last pulse. */
    private void takeManifold() {
        ManifoldResult m = manifoldResult.getAndSet(null);
        if (m != null && m.generation == manifoldGeneration) {
            manifold.set(m.lines);
        }
        requestManifoldIfStale();
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
        Snapshot s = f.snapshot();
        long now = clock.getAsLong();
        boolean live = f.playing() && !f.speed().isSlowMotion() && s.failure() == null;
        if (!live || readoutSnapshot == null || now - lastReadout >= READOUT_INTERVAL_NANOS || now < lastReadout
                || readoutSnapshot.dimension() != s.dimension()
                || !readoutSnapshot.training().objective().equals(s.training().objective())) {
            showReadouts(s);
            lastReadout = now;
        }
        phase.set(f.phase());
        snapshot.set(s);
        history.set(f.histories().get(0));
        requestManifoldIfStale();
        return true;
    }

    /** The snapshot whose numbers the readouts show (while playing at speed, up to a tenth of a second old). */
    public Snapshot readoutSnapshot() {
        return readoutSnapshot;
    }

    /** For tests: the clock that paces the readouts while playing. */
    void setClock(LongSupplier clock) {
        this.clock = clock;
    }

    private void showReadouts(Snapshot s) {
        readoutSnapshot = s;
        Metrics mt = s.metrics();
        step.set(Long.toString(mt.step()));
        jsd.set(Readout.number(mt.jsd()));
        jsdBits.set(Readout.number(mt.jsdBits()));
        valueBatch.set(Readout.number(mt.valueBatch()));
        valueGrid.set(Readout.number(mt.valueGrid()));
        theory.set(Readout.number(mt.theoryValue()));
        dLoss.set(Readout.number(mt.dLoss()));
        gLoss.set(Readout.number(mt.gLoss()));
        w1.set(Readout.number(mt.w1()));
        modes.set(mt.modeCount() > 0 ? mt.modesCaptured() + " / " + mt.modeCount() : "—");
        highQuality.set(Double.isFinite(mt.highQualityShare())
                ? FixedDecimals.format(100 * mt.highQualityShare(), 0) + " %" : "—");
        fBound.set(Readout.number(mt.fBound()));
        fTrue.set(Readout.number(mt.fTrue()));
        dGap.set(Readout.number(mt.dGap()));
        oneD.set(s.dimension() == 1);
        w1Shown.set(s.dimension() == 1 && Double.isFinite(mt.w1()));
        modesShown.set(mt.modeCount() > 0 && s.dimension() == 2);
        fGanShown.set(s.training().objective().startsWith("fgan-"));
        runningObjective.set(s.training().objective());
        valueShown.set(s.dStar() != null);
        dGapShown.set(s.dStar() != null);
    }

    private void requestManifoldIfStale() {
        Snapshot s = snapshot.get();
        if (s == null || s.dimension() != 2 || !manifoldWanted.get()) {
            return;
        }
        long at = s.metrics().step();
        if (at == manifoldStep || !manifoldPending.compareAndSet(false, true)) {
            return;
        }
        manifoldStep = at;
        long generation = manifoldGeneration;
        run.runner().inspect(sim -> {
            try {
                if (sim.trainer().data().dimension() == 2) {
                    double[][][] lines = manifoldTracer.lines(sim.trainer().shownGenerator(), MANIFOLD_LINES,
                            MANIFOLD_POINTS, 2.5);
                    manifoldResult.set(new ManifoldResult(generation, lines));
                }
            } finally {
                manifoldPending.set(false);
            }
        });
    }

    private record ManifoldResult(long generation, double[][][] lines) {
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
        manifoldGeneration++;
        manifold.set(null);
        manifoldStep = -1;
        run.reset(false);
    }

    /** Validates the seed text; on success restarts with that seed and returns true. */
    public boolean applySeed() {
        Long seed = parseSeed(seedText.get());
        if (seed == null) {
            return false;
        }
        restart(applied.withSeed(seed));
        return true;
    }

    private Long parseSeed(String text) {
        String t = text == null ? "" : text.trim();
        try {
            long v = Long.parseLong(t);
            if (v < 0) {
                seedError.set("The seed must be 0 or more.");
                return null;
            }
            seedError.set("");
            return v;
        } catch (NumberFormatException e) {
            seedError.set(t.isEmpty() ? "Type a seed, a whole number such as 42."
                    : "“" + t + "” is not a whole number; a seed is a whole number such as 42.");
            return null;
        }
    }

    /** Sends the live settings to the running simulation; false (with {@link #configErrorProperty()}) if invalid. */
    public boolean applyLive() {
        if (loading) {
            return false;
        }
        TrainingSpec t = trainingFromFields();
        if (t == null) {
            return false;
        }
        Stabilisers st = stabilisersFromFields();
        applied = applied.withTraining(t).withStabilisers(st);
        run.runner().forEachSimulation(s -> s.updateSettings(t, st));
        return true;
    }

    /** Builds the whole config from the fields and restarts with it; false (with an error shown) if invalid. */
    public boolean applyRestart() {
        Long seed = parseSeed(seedText.get());
        TrainingSpec t = trainingFromFields();
        DataSpec data = dataFromFields();
        if (seed == null || t == null || data == null) {
            return false;
        }
        String err = checkNetworks();
        if (err != null) {
            configError.set(err);
            return false;
        }
        ExperimentConfig c = new ExperimentConfig(seed, data, noiseDim.get(),
                new NetworkSpec(Collections.nCopies(gLayers.get(), gWidth.get()), activation.get()),
                new NetworkSpec(Collections.nCopies(dLayers.get(), dWidth.get()), activation.get()),
                t, stabilisersFromFields(), applied.measure());
        configError.set("");
        restart(c);
        restartPending.set(false);
        return true;
    }

    /** Loads an experiment preset into the fields and restarts with it. */
    public void loadPreset(String name) {
        ExperimentConfig c = ExperimentPresets.get(name);
        load(c);
        drawnPoints.clear();
        drawnCount.set(0);
        restart(c);
    }

    private String checkNetworks() {
        if (gLayers.get() < 0 || gLayers.get() > 4 || dLayers.get() < 0 || dLayers.get() > 4) {
            return "Hidden layers must be 0 to 4.";
        }
        if (gWidth.get() < 1 || gWidth.get() > 128 || dWidth.get() < 1 || dWidth.get() > 128) {
            return "Layer width must be 1 to 128.";
        }
        if (noiseDim.get() < 1 || noiseDim.get() > 8) {
            return "Noise dimension must be 1 to 8.";
        }
        if (activation.get() == null) {
            return "Choose an activation.";
        }
        return null;
    }

    private TrainingSpec trainingFromFields() {
        Double g = parseRate(lrG.get(), "η_G");
        if (g == null) {
            return null;
        }
        Double d = parseRate(lrD.get(), "η_D");
        if (d == null) {
            return null;
        }
        if (batchSize.get() < 1 || batchSize.get() > 1024) {
            configError.set("Batch size must be 1 to 1024.");
            return null;
        }
        if (k.get() < 1 || k.get() > 20) {
            configError.set("k must be 1 to 20.");
            return null;
        }
        if (objective.get() == null || !Objectives.ids().contains(objective.get())) {
            configError.set("Choose an objective.");
            return null;
        }
        if (optimizer.get() == null) {
            configError.set("Choose an optimizer.");
            return null;
        }
        configError.set("");
        TrainingSpec a = applied.training();
        return new TrainingSpec(objective.get(), optimizer.get(), g, d, a.beta1(), a.beta2(), batchSize.get());
    }

    private Stabilisers stabilisersFromFields() {
        Stabilisers.Builder b = applied.stabilisers().toBuilder();
        b.dSteps = k.get();
        return b.build();
    }

    private Double parseRate(String text, String name) {
        String t = text == null ? "" : text.trim();
        try {
            double v = Double.parseDouble(t);
            if (!(v > 0) || v > 1) {
                configError.set("Learning rate " + name + " must be above 0 and at most 1 (e.g. 0.001).");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            configError.set("Learning rate " + name + ": “" + t + "” is not a number (e.g. 0.001 or 1e-3).");
            return null;
        }
    }

    private DataSpec dataFromFields() {
        String id = dataset.get();
        if (DRAW_1D.equals(id) || DRAW_2D.equals(id)) {
            if (drawnPoints.size() < 2) {
                configError.set("Draw at least 2 points on the plot (click or drag), then press Use.");
                return null;
            }
            double[] xs = drawnPoints.stream().mapToDouble(p -> p[0]).toArray();
            double[] ys = DRAW_2D.equals(id) ? drawnPoints.stream().mapToDouble(p -> p[1]).toArray() : null;
            return new DataSpec(DataSpec.DRAWN, xs, ys);
        }
        if (id == null || !DataPresets.ids().contains(id)) {
            configError.set("Choose a data set.");
            return null;
        }
        return DataSpec.preset(id);
    }

    /** A 2-D target needs at least 2 noise dimensions to be reachable without folding a line: suggest 2. */
    private void datasetChanged() {
        String id = dataset.get();
        boolean twoD = DRAW_2D.equals(id) || (id != null && DataPresets.ids().contains(id) && !DataPresets.isOneD(id));
        if (!loading && twoD && noiseDim.get() < 2) {
            noiseDim.set(2);
        }
        refreshRestartPending();
    }

    private void refreshRestartPending() {
        if (loading) {
            return;
        }
        ExperimentConfig c = applied;
        String current = c.data().isDrawn() ? (c.data().dimension() == 1 ? DRAW_1D : DRAW_2D) : c.data().preset();
        boolean differs = !Objects.equals(current, dataset.get())
                || gLayers.get() != c.generator().hidden().size()
                || dLayers.get() != c.discriminator().hidden().size()
                || (!c.generator().hidden().isEmpty() && gWidth.get() != c.generator().hidden().get(0))
                || (!c.discriminator().hidden().isEmpty() && dWidth.get() != c.discriminator().hidden().get(0))
                || activation.get() != c.generator().activation()
                || noiseDim.get() != c.noiseDim();
        restartPending.set(differs);
    }

    // ---------------------------------------------------------------- drawing your own data

    /** Whether the plot is in drawing mode (a "draw your own" data set is chosen). */
    public boolean drawing() {
        return DRAW_1D.equals(dataset.get()) || DRAW_2D.equals(dataset.get());
    }

    public void addDrawnPoint(double x, double y) {
        if (Double.isFinite(x) && (DRAW_1D.equals(dataset.get()) || Double.isFinite(y)) && drawnPoints.size() < 2000) {
            drawnPoints.add(new double[]{x, y});
            drawnCount.set(drawnPoints.size());
        }
    }

    public void clearDrawnPoints() {
        drawnPoints.clear();
        drawnCount.set(0);
    }

    public double[] drawnXs() {
        return drawnPoints.stream().mapToDouble(p -> p[0]).toArray();
    }

    public double[] drawnYs() {
        return drawnPoints.stream().mapToDouble(p -> p[1]).toArray();
    }

    public ReadOnlyIntegerProperty drawnCountProperty() {
        return drawnCount;
    }

    // ---------------------------------------------------------------- export

    /** Writes the run's history ({@link org.ganclassroom.sim.run.HistoryCsv}). */
    public void exportHistoryCsv(Path file) throws IOException {
        run.exportHistoryCsv(file);
    }

    // ---------------------------------------------------------------- formatting and speed

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** A friendly name for an objective id. */
    public static String objectiveName(String id) {
        return switch (id) {
            case "minimax" -> "Minimax (original, saturating)";
            case "nonsaturating" -> "Non-saturating (−log D(G(z)))";
            case "leastsquares" -> "Least squares (LSGAN)";
            case "wasserstein" -> "Wasserstein (WGAN critic)";
            case "hinge" -> "Hinge";
            default -> {
                if (id.startsWith("fgan-")) {
                    for (FDivergence f : FDivergence.values()) {
                        if (id.equals("fgan-" + f.id())) {
                            yield "f-GAN: " + f.displayName();
                        }
                    }
                }
                yield id;
            }
        };
    }

    /** A friendly name for a data set choice. */
    public static String datasetName(String id) {
        if (DRAW_1D.equals(id)) {
            return "Draw your own (1-D)";
        }
        if (DRAW_2D.equals(id)) {
            return "Draw your own (2-D)";
        }
        return DataPresets.ids().contains(id) ? (DataPresets.isOneD(id) ? "1-D · " : "2-D · ") + DataPresets.name(id) : id;
    }

    /** Data set choices: 1-D presets, 2-D presets, then the two drawing modes. */
    public static List<String> datasetChoices() {
        List<String> out = new ArrayList<>(DataPresets.oneDIds());
        out.addAll(DataPresets.twoDIds());
        out.add(DRAW_1D);
        out.add(DRAW_2D);
        return out;
    }

    // ---------------------------------------------------------------- properties

    public LiveRun run() {
        return run;
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

    public ReadOnlyStringProperty stepProperty() { return step; }
    public ReadOnlyStringProperty jsdProperty() { return jsd; }
    public ReadOnlyStringProperty jsdBitsProperty() { return jsdBits; }
    public ReadOnlyStringProperty valueBatchProperty() { return valueBatch; }
    public ReadOnlyStringProperty valueGridProperty() { return valueGrid; }
    public ReadOnlyStringProperty theoryProperty() { return theory; }
    public ReadOnlyStringProperty dLossProperty() { return dLoss; }
    public ReadOnlyStringProperty gLossProperty() { return gLoss; }
    public ReadOnlyStringProperty w1Property() { return w1; }
    public ReadOnlyStringProperty modesProperty() { return modes; }
    public ReadOnlyStringProperty highQualityProperty() { return highQuality; }
    public ReadOnlyStringProperty fBoundProperty() { return fBound; }
    public ReadOnlyStringProperty fTrueProperty() { return fTrue; }
    public ReadOnlyStringProperty dGapProperty() { return dGap; }
    public ReadOnlyBooleanProperty oneDProperty() { return oneD; }
    public ReadOnlyBooleanProperty w1ShownProperty() { return w1Shown; }
    public ReadOnlyBooleanProperty modesShownProperty() { return modesShown; }
    public ReadOnlyBooleanProperty fGanShownProperty() { return fGanShown; }
    public ReadOnlyStringProperty runningObjectiveProperty() { return runningObjective; }
    public ReadOnlyBooleanProperty valueShownProperty() { return valueShown; }
    public ReadOnlyBooleanProperty dGapShownProperty() { return dGapShown; }
    public ReadOnlyBooleanProperty playingProperty() { return run.playingProperty(); }
    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase; }
    public ReadOnlyObjectProperty<TrainingFailure> failureProperty() { return run.failureProperty(); }
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() { return snapshot; }
    public ReadOnlyObjectProperty<HistoryView> historyProperty() { return history; }
    public ReadOnlyObjectProperty<double[][][]> manifoldProperty() { return manifold; }
    public BooleanProperty manifoldWantedProperty() { return manifoldWanted; }
    public IntegerProperty speedIndexProperty() { return run.speedIndexProperty(); }
    public ReadOnlyStringProperty speedTextProperty() { return run.speedTextProperty(); }
    public StringProperty seedTextProperty() { return seedText; }
    public ReadOnlyStringProperty seedErrorProperty() { return seedError; }
    public StringProperty datasetProperty() { return dataset; }
    public IntegerProperty gLayersProperty() { return gLayers; }
    public IntegerProperty gWidthProperty() { return gWidth; }
    public IntegerProperty dLayersProperty() { return dLayers; }
    public IntegerProperty dWidthProperty() { return dWidth; }
    public ObjectProperty<Activation> activationProperty() { return activation; }
    public IntegerProperty noiseDimProperty() { return noiseDim; }
    public ObjectProperty<OptimizerKind> optimizerProperty() { return optimizer; }
    public StringProperty lrGProperty() { return lrG; }
    public StringProperty lrDProperty() { return lrD; }
    public IntegerProperty batchSizeProperty() { return batchSize; }
    public IntegerProperty kProperty() { return k; }
    public StringProperty objectiveProperty() { return objective; }
    public ReadOnlyStringProperty configErrorProperty() { return configError; }
    public ReadOnlyBooleanProperty restartPendingProperty() { return restartPending; }
}
