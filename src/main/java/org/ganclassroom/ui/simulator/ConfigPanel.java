package org.ganclassroom.ui.simulator;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.config.SettingRules;
import org.ganclassroom.sim.loss.Objectives;
import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.optim.OptimizerKind;
import org.ganclassroom.ui.common.WholeNumberSpinners;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.ganclassroom.ui.simulator.Tips.tip;

/**
 * The nodes of the Simulator's configuration side panel over its {@link ConfigForm}: preset, the settings that
 * need a restart (with Apply), those that apply live, and the form's error. {@code done} is called when a
 * command from the panel has been taken (the page then takes the keyboard focus back).
 */
final class ConfigPanel {
    private final SimulatorViewModel vm;
    private final ConfigForm form;
    private final Runnable done;
    /** Boxed views of the int properties the spinners bind to (bidirectional bindings hold them weakly). */
    private final List<Object> keepAlive = new ArrayList<>();
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    ConfigPanel(SimulatorViewModel vm, Runnable done) {
        this.vm = vm;
        this.form = vm.form();
        this.done = done;
    }

    void fill(VBox box) {
        box.getChildren().add(section("Experiment preset"));
        ComboBox<String> presets = new ComboBox<>();
        presets.setId("sim-preset");
        presets.getItems().setAll(ExperimentPresets.names());
        QuickSettings.showSummary(presets, vm);
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.setConverter(converter(n -> n == null ? "" : n + " — " + ExperimentPresets.description(n)));
        presets.setTooltip(tip("Load a ready-made experiment (restarts the run)."));
        presets.valueProperty().bindBidirectional(vm.presetProperty());
        presets.setOnAction(e -> done.run());
        box.getChildren().add(presets);

        box.getChildren().add(section("Needs a restart ⟳"));
        ComboBox<String> data = new ComboBox<>();
        data.setId("sim-dataset");
        data.getItems().setAll(ConfigChoices.datasetChoices());
        data.setConverter(converter(ConfigChoices::datasetName));
        data.valueProperty().bindBidirectional(form.datasetProperty());
        data.setMaxWidth(Double.MAX_VALUE);
        data.setTooltip(tip("The target distribution p_data. “Draw your own”: click or drag on the plot to add "
                + "points, then press Use."));
        box.getChildren().add(field("Data set ⟳", data));
        box.getChildren().add(drawBox());

        GridPane nets = new GridPane();
        nets.setHgap(8);
        nets.setVgap(4);
        nets.addRow(0, new Label(""), small("layers"), small("width"));
        nets.addRow(1, new Label("G ⟳"), intSpinner(0, 4, form.gLayersProperty(), "sim-g-layers",
                "Hidden layers of the generator (0–4)"), intSpinner(1, 128, form.gWidthProperty(), "sim-g-width",
                "Units per hidden layer of the generator (1–128)"));
        nets.addRow(2, new Label("D ⟳"), intSpinner(0, 4, form.dLayersProperty(), "sim-d-layers",
                "Hidden layers of the discriminator (0–4)"), intSpinner(1, 128, form.dWidthProperty(), "sim-d-width",
                "Units per hidden layer of the discriminator (1–128)"));
        box.getChildren().add(nets);

        ComboBox<Activation> act = new ComboBox<>();
        act.setId("sim-activation");
        act.getItems().setAll(Activation.values());
        act.valueProperty().bindBidirectional(form.activationProperty());
        act.setConverter(converter(ConfigChoices::activationName));
        act.setTooltip(tip("The hidden layers' activation function, for both networks"));
        box.getChildren().add(field("Activation ⟳", act));
        box.getChildren().add(field("Noise dimension ⟳", intSpinner(1, 8, form.noiseDimProperty(), "sim-noise-dim",
                "Dimension of the noise z ~ N(0, I) fed to the generator (1–8)", SettingRules.NOISE_DIM),
                SettingRules.NOISE_DIM));
        box.getChildren().addAll(applyButton());

        box.getChildren().add(section("Applies live"));
        ComboBox<OptimizerKind> opt = new ComboBox<>();
        opt.setId("sim-optimizer");
        opt.getItems().setAll(OptimizerKind.values());
        opt.valueProperty().bindBidirectional(form.optimizerProperty());
        opt.setConverter(converter(ConfigChoices::optimizerName));
        opt.setTooltip(tip("The optimizer of both players"));
        box.getChildren().add(field("Optimizer", opt));
        box.getChildren().add(field("Learning rate η_G", rateField(form.lrGProperty(), "sim-lr-g",
                "The generator's learning rate, e.g. 0.001 (applies at the next step)"), SettingRules.LR_G));
        box.getChildren().add(field("Learning rate η_D", rateField(form.lrDProperty(), "sim-lr-d",
                "The discriminator's learning rate, e.g. 0.001 (applies at the next step)"), SettingRules.LR_D));
        box.getChildren().add(field("Batch size m", intSpinner(1, 1024, form.batchSizeProperty(), "sim-batch",
                "Samples per minibatch, real and generated each (1–1024)", SettingRules.BATCH_SIZE),
                SettingRules.BATCH_SIZE));
        box.getChildren().add(field("k (D steps per G step)", intSpinner(1, 20, form.kProperty(), "sim-k",
                "Discriminator updates per generator update (Algorithm 1's k)", SettingRules.D_STEPS),
                SettingRules.D_STEPS));
        ComboBox<String> obj = new ComboBox<>();
        obj.setId("sim-objective");
        obj.getItems().setAll(Objectives.ids());
        obj.valueProperty().bindBidirectional(form.objectiveProperty());
        obj.setConverter(converter(ConfigChoices::objectiveName));
        obj.setMaxWidth(Double.MAX_VALUE);
        obj.setTooltip(tip("The game the two players play: the losses of D and G"));
        box.getChildren().add(field("Objective", obj));

        Label err = new Label();
        err.setId("sim-config-error");
        err.getStyleClass().add("sim-error");
        err.setWrapText(true);
        err.textProperty().bind(form.configErrorProperty());
        err.visibleProperty().bind(form.configErrorProperty().isNotEmpty());
        err.managedProperty().bind(err.visibleProperty());
        box.getChildren().add(err);
    }

    /** The hint, Clear and Use of a "draw your own" data set, shown only while one is chosen. */
    private VBox drawBox() {
        Label drawHint = new Label();
        drawHint.getStyleClass().add("sim-hint");
        drawHint.setWrapText(true);
        drawHint.textProperty().bind(Bindings.format(
                "Click or drag on the plot to add points (%d so far).", form.drawnCountProperty()));
        Button clear = new Button("Clear");
        clear.setId("sim-draw-clear");
        clear.setTooltip(tip("Remove all drawn points"));
        clear.setOnAction(e -> form.clearDrawnPoints());
        Button use = new Button("Use");
        use.setId("sim-draw-use");
        use.getStyleClass().add("accent");
        use.setTooltip(tip("Train on the drawn points (restarts the run)"));
        use.setOnAction(e -> vm.applyRestart());
        HBox drawButtons = new HBox(8, clear, use);
        VBox drawBox = new VBox(4, drawHint, drawButtons);
        drawBox.setId("sim-draw-box");
        Runnable refreshDraw = () -> {
            drawBox.setVisible(form.drawing());
            drawBox.setManaged(form.drawing());
        };
        form.datasetProperty().addListener((o, a, b) -> refreshDraw.run());
        refreshDraw.run();
        return drawBox;
    }

    /** "Changes marked ⟳ wait for Apply." and the Apply button, accented while a restart is pending. */
    private List<Node> applyButton() {
        Button apply = new Button("Apply (restarts)", new FontIcon(MaterialDesignR.RESTART));
        apply.setId("sim-apply-restart");
        apply.setMaxWidth(Double.MAX_VALUE);
        apply.setTooltip(tip("Restart the run with the settings marked ⟳ (data, networks, activation, noise, seed)"));
        apply.setOnAction(e -> {
            if (vm.applyRestart()) {
                done.run();
            }
        });
        form.restartPendingProperty().addListener((o, a, p) -> {
            if (p) {
                apply.getStyleClass().add("accent");
            } else {
                apply.getStyleClass().remove("accent");
            }
        });
        Label pending = new Label("Changes marked ⟳ wait for Apply.");
        pending.setId("sim-restart-pending");
        pending.getStyleClass().add("sim-restart-mark");
        pending.visibleProperty().bind(form.restartPendingProperty());
        pending.managedProperty().bind(pending.visibleProperty());
        return List.of(pending, apply);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("sim-section");
        return l;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("sim-hint");
        return l;
    }

    private static VBox field(String label, Node control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        return new VBox(2, l, control);
    }

    /**
     * A field with its {@link SettingRules} message right under it (id: the control's id + "-error"), and the control
     * marked {@code :danger} while its typed value is not allowed.
     */
    private VBox field(String label, Node control, String key) {
        VBox box = field(label, control);
        Label error = new Label();
        error.setId(control.getId() + "-error");
        error.getStyleClass().add("sim-error");
        error.setWrapText(true);
        error.textProperty().bind(form.fieldErrorProperty(key));
        error.visibleProperty().bind(form.fieldErrorProperty(key).isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().addListener((o, a, bad) -> control.pseudoClassStateChanged(DANGER, bad));
        box.getChildren().add(error);
        return box;
    }

    private TextField rateField(StringProperty p, String id, String tooltip) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setTooltip(tip(tooltip));
        applyOnEnterOrLeaving(f, vm, done);
        return f;
    }

    /**
     * A typed live setting (a learning rate) is checked as it is typed and applied on Enter or when the field is
     * left, never per keystroke (typing "1e6" would apply η = 1 on its way); the same for every field that edits it.
     */
    static void applyOnEnterOrLeaving(TextField f, SimulatorViewModel vm, Runnable done) {
        f.setOnAction(e -> {
            if (vm.applyLive()) {
                done.run();
            }
        });
        f.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                vm.applyLive();
            }
        });
    }

    private Spinner<Integer> intSpinner(int min, int max, IntegerProperty p, String id, String tooltip) {
        return intSpinner(min, max, p, id, tooltip, null);
    }

    /** With a {@link SettingRules} key, typed text is checked by the one validation and never clamped silently. */
    private Spinner<Integer> intSpinner(int min, int max, IntegerProperty p, String id, String tooltip, String key) {
        Spinner<Integer> s = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory f =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, p.get())));
        // bad text never throws: it falls back to the current value
        StringConverter<Integer> plain = WholeNumberSpinners.converter(f);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                if (key != null) {
                    Integer v = form.typedWhole(key, text);
                    return v == null ? f.getValue() : v;
                }
                return plain.fromString(text);
            }
        });
        s.setValueFactory(f);
        s.setEditable(true);
        s.setId(id);
        s.setPrefWidth(90);
        s.setTooltip(tip(tooltip));
        ObjectProperty<Integer> boxed = p.asObject();
        keepAlive.add(boxed);
        f.valueProperty().bindBidirectional(boxed);
        s.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                s.commitValue(); // typed text; a bad one falls back to the current value
            }
        });
        if (key == null) {
            // a validated setting keeps its typed text beside its message instead
            WholeNumberSpinners.showValueAfterCommit(s);
        }
        return s;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
