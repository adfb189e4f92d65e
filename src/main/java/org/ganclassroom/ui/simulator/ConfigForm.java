package org.ganclassroom.ui.simulator;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.ganclassroom.sim.config.ConfigException;
import org.ganclassroom.sim.config.DataSpec;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.NetworkSpec;
import org.ganclassroom.sim.config.SettingRules;
import org.ganclassroom.sim.config.Stabilisers;
import org.ganclassroom.sim.config.TrainingSpec;
import org.ganclassroom.sim.data.DataPresets;
import org.ganclassroom.sim.loss.Objectives;
import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.optim.OptimizerKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import static org.ganclassroom.ui.simulator.ConfigChoices.DRAW_1D;
import static org.ganclassroom.ui.simulator.ConfigChoices.DRAW_2D;

/**
 * The Simulator's configuration form, without any node: the fields being edited (seed, data set, networks,
 * training), the points drawn for a "draw your own" data set, and what the fields turn into. Bad input never
 * throws: it gives {@code null} with the message in {@link #configErrorProperty()} / {@link #seedErrorProperty()}.
 * <p>A change to a field that applies live (optimizer, batch size, k, objective) calls the {@code onLiveChange} it
 * was given; the learning rates are checked as they are typed and applied when committed (Enter, leaving the field); a change to one that needs a restart marks {@link #restartPendingProperty()}.
 */
public final class ConfigForm {
    private static final int MAX_DRAWN = 2000;

    private final Supplier<ExperimentConfig> applied;
    private final StringProperty seedText = new SimpleStringProperty();
    /** Each typed field's message (empty when its value is allowed), by its {@link SettingRules} key. */
    private final Map<String, StringProperty> fieldErrors = new LinkedHashMap<>();
    private final StringProperty seedError = field(SettingRules.SEED);
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
    private final SimpleBooleanProperty restartPending = new SimpleBooleanProperty();
    private final List<double[]> drawnPoints = new ArrayList<>();
    private final IntegerProperty drawnCount = new SimpleIntegerProperty();
    private boolean loading;

    private StringProperty field(String key) {
        return fieldErrors.computeIfAbsent(key, k -> new SimpleStringProperty(""));
    }

    /**
     * A form showing {@code initial}; {@code applied} is the configuration the run uses now (what "restart
     * pending" compares against, and where the settings the form does not edit come from).
     */
    ConfigForm(ExperimentConfig initial, Supplier<ExperimentConfig> applied, Runnable onLiveChange) {
        this.applied = Objects.requireNonNull(applied, "applied");
        for (String key : List.of(SettingRules.LR_G, SettingRules.LR_D, SettingRules.BATCH_SIZE, SettingRules.D_STEPS,
                SettingRules.NOISE_DIM)) {
            field(key);
        }
        load(initial);
        for (ObservableValue<?> p : List.of(optimizer, objective, batchSize, k)) {
            onChange(p, onLiveChange);
        }
        // a rate is checked at each keystroke but applied only when committed: typing 1e6 passes through 1
        onChange(lrG, () -> checked(SettingRules.LR_G, lrG.get()));
        onChange(lrD, () -> checked(SettingRules.LR_D, lrD.get()));
        for (ObservableValue<?> p : List.of(gLayers, gWidth, dLayers, dWidth, noiseDim, activation)) {
            onChange(p, this::refreshRestartPending);
        }
        onChange(dataset, this::datasetChanged);
    }

    /** Field changes made by {@link #load} are not the user's: they apply nothing. */
    private void onChange(ObservableValue<?> p, Runnable r) {
        p.addListener((o, a, b) -> {
            if (!loading) {
                r.run();
            }
        });
    }

    /** Shows {@code c} in every field and clears the messages. */
    void load(ExperimentConfig c) {
        loading = true;
        try {
            dataset.set(datasetId(c));
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
            fieldErrors.values().forEach(e -> e.set(""));
            configError.set("");
            restartPending.set(false);
        } finally {
            loading = false;
        }
    }

    private static String datasetId(ExperimentConfig c) {
        return c.data().isDrawn() ? (c.data().dimension() == 1 ? DRAW_1D : DRAW_2D) : c.data().preset();
    }

    /** As a person types it: 0.0004, not Double.toString's "4.0E-4". */
    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v)
                : new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------- what the fields say

    /** The seed typed, or null (with {@link #seedErrorProperty()} saying why, as {@link SettingRules} words it). */
    Long seed() {
        ExperimentConfig c = checked(SettingRules.SEED, seedText.get());
        return c == null ? null : c.seed();
    }

    /**
     * The default experiment with the typed value in place, or null with the field's message set: the rules of
     * every entry point ({@link SettingRules}), so the form says what a file or {@code sim --set} would.
     */
    private ExperimentConfig checked(String key, String text) {
        try {
            ExperimentConfig c = SettingRules.withValue(key, text == null ? "" : text.trim());
            fieldErrors.get(key).set("");
            return c;
        } catch (ConfigException e) {
            fieldErrors.get(key).set(e.getMessage());
            return null;
        }
    }

    /**
     * A whole number typed into a spinner for {@code key}, or null (the field's message says why; the spinner keeps
     * its value): typed text is never clamped silently.
     */
    Integer typedWhole(String key, String text) {
        ExperimentConfig c = checked(key, text);
        if (c == null) {
            return null;
        }
        return switch (key) {
            case SettingRules.BATCH_SIZE -> c.training().batchSize();
            case SettingRules.D_STEPS -> c.stabilisers().dSteps();
            case SettingRules.NOISE_DIM -> c.noiseDim();
            default -> throw new IllegalArgumentException("not a whole-number field: " + key);
        };
    }

    /** The training settings of the fields (Adam's betas as applied), or null with the error shown. */
    TrainingSpec training() {
        ExperimentConfig gc = checked(SettingRules.LR_G, lrG.get());
        ExperimentConfig dc = checked(SettingRules.LR_D, lrD.get());
        if (gc == null || dc == null) {
            return null;
        }
        double g = gc.training().lrG();
        double d = dc.training().lrD();
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
        TrainingSpec a = applied.get().training();
        return new TrainingSpec(objective.get(), optimizer.get(), g, d, a.beta1(), a.beta2(), batchSize.get(),
                a.lrDecay());
    }

    /** The applied stabilisers with the form's k. */
    Stabilisers stabilisers() {
        Stabilisers.Builder b = applied.get().stabilisers().toBuilder();
        b.dSteps = k.get();
        return b.build();
    }

    /** The whole configuration of the fields, or null with the error shown. */
    ExperimentConfig restartConfig() {
        Long seed = seed();
        TrainingSpec t = training();
        DataSpec data = data();
        if (seed == null || t == null || data == null) {
            return null;
        }
        String err = checkNetworks();
        if (err != null) {
            configError.set(err);
            return null;
        }
        ExperimentConfig c = new ExperimentConfig(seed, data, noiseDim.get(),
                new NetworkSpec(Collections.nCopies(gLayers.get(), gWidth.get()), activation.get()),
                new NetworkSpec(Collections.nCopies(dLayers.get(), dWidth.get()), activation.get()),
                t, stabilisers(), applied.get().measure());
        configError.set("");
        return c;
    }

    /** The run now uses what the fields say. */
    void markApplied() {
        restartPending.set(false);
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

    private DataSpec data() {
        String id = dataset.get();
        if (ConfigChoices.isDrawn(id)) {
            if (drawnPoints.size() < 2) {
                configError.set("Draw at least 2 points on the plot (click or drag), then press Use.");
                return null;
            }
            double[] xs = drawnXs();
            double[] ys = DRAW_2D.equals(id) ? drawnYs() : null;
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
        if (twoD && noiseDim.get() < 2) {
            noiseDim.set(2);
        }
        refreshRestartPending();
    }

    private void refreshRestartPending() {
        ExperimentConfig c = applied.get();
        boolean differs = !Objects.equals(datasetId(c), dataset.get())
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
        return ConfigChoices.isDrawn(dataset.get());
    }

    public void addDrawnPoint(double x, double y) {
        if (Double.isFinite(x) && (DRAW_1D.equals(dataset.get()) || Double.isFinite(y))
                && drawnPoints.size() < MAX_DRAWN) {
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

    public ReadOnlyIntegerProperty drawnCountProperty() { return drawnCount; }

    // ---------------------------------------------------------------- properties

    public StringProperty seedTextProperty() { return seedText; }
    public ReadOnlyStringProperty seedErrorProperty() { return seedError; }
    /** The message beside the field of a {@link SettingRules} key (empty when its value is allowed). */
    public ReadOnlyStringProperty fieldErrorProperty(String key) { return fieldErrors.get(key); }
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
