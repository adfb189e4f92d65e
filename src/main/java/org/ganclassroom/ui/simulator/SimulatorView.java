package org.ganclassroom.ui.simulator;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.loss.Objectives;
import org.ganclassroom.sim.nn.Activation;
import org.ganclassroom.sim.optim.OptimizerKind;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.live.LivePlot;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.live.SpeedControl;
import org.ganclassroom.ui.common.FxmlLoading;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.common.PageContext;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Thin controller of {@code Simulator.fxml}: toolbar (play, step, reset, speed, seed, exports), the
 * configuration side panel, the run's {@link LivePlot} with the history, the readouts and Algorithm 1.
 * Keys when the page has focus: Space play/pause, → one step, R reset.
 */
public final class SimulatorView implements Page {
    private final SimulatorViewModel vm;
    private final ReadOnlyObjectProperty<Theme> theme;
    private final Options options;
    private LivePlot panel;
    private final List<Object> keepAlive = new ArrayList<>();

    @FXML private BorderPane root;
    @FXML private Button playButton;
    @FXML private Button stepButton;
    @FXML private Button resetButton;
    @FXML private SpeedControl speedControl;
    @FXML private TextField seedField;
    @FXML private Label seedError;
    @FXML private Button pngButton;
    @FXML private Button csvButton;
    @FXML private ToggleButton configToggle;
    @FXML private ScrollPane configScroll;
    @FXML private VBox configBox;
    @FXML private StackPane panelHolder;
    @FXML private GridPane readouts;
    @FXML private AlgorithmPanel algorithm;
    @FXML private VBox showBox;

    /** Start-up choices (the app's {@code --autoplay}, {@code --speed}, {@code --preset}). */
    public record Options(boolean autoplay, int stepsPerFrame, String preset) {
        public static Options defaults() {
            return new Options(false, 0, null);
        }
    }

    private SimulatorView(SimulatorViewModel vm, ReadOnlyObjectProperty<Theme> theme, Options options) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.theme = theme;
        this.options = options;
    }

    public static SimulatorView create(SimulatorViewModel vm, ReadOnlyObjectProperty<Theme> theme, Options options) {
        return FxmlLoading.load(SimulatorView.class, "Simulator.fxml", new SimulatorView(vm, theme, options));
    }

    /** The page of {@link AppView#SIMULATOR}: the options' preset (or the default), runs from {@code runners}. */
    public static SimulatorView create(PageContext ctx, LiveRun.Runners runners, Options options) {
        String preset = options.preset() != null ? options.preset() : ExperimentPresets.DEFAULT;
        ExperimentConfig config = ExperimentPresets.get(preset);
        return create(new SimulatorViewModel(runners, config), ctx.theme(), options);
    }

    @FXML
    private void initialize() {
        panel = new LivePlot(vm.run(), 0, true);
        panel.setOnReset(vm::reset);
        panel.manifoldProperty().bind(javafx.beans.binding.Bindings.when(vm.manifoldWantedProperty())
                .then(vm.manifoldProperty()).otherwise((double[][][]) null));
        new DrawingOnPlot(vm, panel);
        panelHolder.getChildren().add(panel);
        buildToolbar();
        buildReadouts();
        buildShowOptions();
        buildConfig();
        algorithm.setMaxWidth(Double.MAX_VALUE);
        vm.phaseProperty().addListener((o, a, p) -> algorithm.setPhase(p));
        algorithm.setPhase(vm.phaseProperty().get());
        vm.kProperty().addListener((o, a, b) -> algorithm.setK(b.intValue()));
        algorithm.setK(vm.kProperty().get());
        vm.runningObjectiveProperty().addListener((o, a, b) -> algorithm.setObjective(b));
        algorithm.setObjective(vm.runningObjectiveProperty().get());
        configScroll.visibleProperty().bind(configToggle.selectedProperty());
        configScroll.managedProperty().bind(configToggle.selectedProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.setOnMousePressed(e -> {
            if (!(e.getTarget() instanceof Control)) {
                root.requestFocus();
            }
        });
        if (theme != null) {
            panel.followTheme(theme);
        }
        if (options.stepsPerFrame() > 0) {
            vm.run().setStepsPerFrame(options.stepsPerFrame());
        }
        if (options.autoplay()) {
            vm.play();
        }
    }

    // ------------------------------------------------------------------ toolbar

    private void buildToolbar() {
        for (Node n : ((HBox) root.getTop()).getChildren()) {
            if (n instanceof javafx.scene.control.Labeled l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        playButton.textProperty().bind(javafx.beans.binding.Bindings.when(vm.playingProperty())
                .then("Pause").otherwise("Play"));
        vm.playingProperty().addListener((o, a, p) -> playButton.setGraphic(icon(p ? MaterialDesignP.PAUSE
                : MaterialDesignP.PLAY)));
        playButton.setGraphic(icon(vm.playingProperty().get() ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        playButton.setTooltip(tip("Play or pause training (Space)"));
        playButton.disableProperty().bind(vm.failureProperty().isNotNull());
        stepButton.setGraphic(icon(MaterialDesignS.SKIP_NEXT));
        stepButton.setTooltip(tip("Pause and take exactly one training step (→). In slow motion: one line of "
                + "Algorithm 1."));
        stepButton.disableProperty().bind(vm.failureProperty().isNotNull());
        resetButton.setGraphic(icon(MaterialDesignR.RESTORE));
        resetButton.setTooltip(tip("Start the same run again from step 0 with the same seed (R)"));

        speedControl.bind(vm.run());

        seedField.textProperty().bindBidirectional(vm.seedTextProperty());
        seedField.setTooltip(tip("The run's random seed: the same seed and settings give the same run, bit for bit. "
                + "Press Enter to restart with this seed."));
        seedField.setOnAction(e -> {
            if (vm.applySeed()) {
                root.requestFocus();
            }
        });
        seedError.textProperty().bind(vm.seedErrorProperty());
        seedError.visibleProperty().bind(vm.seedErrorProperty().isNotEmpty());
        seedError.managedProperty().bind(seedError.visibleProperty());

        pngButton.setGraphic(icon(MaterialDesignF.FILE_IMAGE));
        pngButton.setTooltip(tip("Save the plot as a PNG image"));
        pngButton.setOnAction(e -> exportPng());
        csvButton.setGraphic(icon(MaterialDesignT.TABLE_ARROW_DOWN));
        csvButton.setTooltip(tip("Save the run's history (step, JSD, D loss, G loss) as CSV"));
        csvButton.setOnAction(e -> exportCsv());
        configToggle.setGraphic(icon(MaterialDesignC.COG));
        configToggle.setTooltip(tip("Show or hide the configuration panel"));
    }

    @FXML
    private void onPlay() {
        vm.togglePlay();
        root.requestFocus();
    }

    @FXML
    private void onStep() {
        vm.stepOnce();
        root.requestFocus();
    }

    @FXML
    private void onReset() {
        vm.reset();
        root.requestFocus();
    }

    private void exportPng() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save the plot as PNG");
        fc.setInitialFileName("gan-step-" + vm.stepProperty().get() + ".png");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = fc.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            try {
                panel.exportPng(f.toPath());
            } catch (IOException ex) {
                new Alert(Alert.AlertType.ERROR, "Could not save " + f + ": " + ex.getMessage()).show();
            }
        }
    }

    private void exportCsv() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save the history as CSV");
        fc.setInitialFileName("gan-history.csv");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = fc.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            try {
                vm.exportHistoryCsv(f.toPath());
            } catch (IOException ex) {
                new Alert(Alert.AlertType.ERROR, "Could not save " + f + ": " + ex.getMessage()).show();
            }
        }
    }

    private void onKey(KeyEvent e) {
        if (org.ganclassroom.ui.common.Keys.withModifier(e)) {
            return;
        }
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl || focus instanceof Slider || focus instanceof Spinner
                || focus instanceof ComboBox) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE) {
            vm.togglePlay();
        } else if (e.getCode() == KeyCode.RIGHT) {
            vm.stepOnce();
        } else if (e.getCode() == KeyCode.R && !e.isShortcutDown()) {
            vm.reset();
        } else {
            return;
        }
        e.consume();
    }

    // ------------------------------------------------------------------ readouts

    private void buildReadouts() {
        int row = 0;
        row = readout(row, "Step", "sim-step-value", vm.stepProperty(), null, true,
                "SGD steps taken so far. One step = k discriminator updates and one generator update.");
        row = readout(row, "JSD (nats)", "sim-jsd", vm.jsdProperty(), null, true,
                "Jensen–Shannon divergence between p_data and p_g, computed on the plot's grid, in nats "
                        + "(0 = identical, ln 2 ≈ 0.6931 = no overlap).");
        row = readout(row, "JSD (bits)", "sim-jsd-bits", vm.jsdBitsProperty(), null, false,
                "The same JSD divided by ln 2: between 0 (identical) and 1 (no overlap).");
        row = readout(row, "V(D,G) batch", "sim-value-batch", vm.valueBatchProperty(), vm.valueShownProperty(), false,
                "The value function V(D,G) = E[log D(x)] + E[log(1 − D(G(z)))] estimated on the last minibatch.");
        row = readout(row, "V(D,G) grid", "sim-value-grid", vm.valueGridProperty(), vm.valueShownProperty(), false,
                "V(D,G) = ∫ p_data log D + ∫ p_g log(1 − D), integrated on the grid (no sampling noise).");
        row = readout(row, "−log 4 + 2·JSD", "sim-theory", vm.theoryProperty(), vm.valueShownProperty(), false,
                "What V(D*,G) must equal for the optimal discriminator D* (Goodfellow et al. 2014, Theorem 1). "
                        + "Compare it with V(D,G) grid: the closer D is to D*, the closer the two numbers.");
        row = readout(row, "D loss", "sim-d-loss", vm.dLossProperty(), null, false,
                "The discriminator's loss in its last update (for the chosen objective).");
        row = readout(row, "G loss", "sim-g-loss", vm.gLossProperty(), null, false,
                "The generator's loss in its last update (for the chosen objective).");
        row = readout(row, "W₁", "sim-w1", vm.w1Property(), vm.w1ShownProperty(), false,
                "Wasserstein-1 (earth mover's) distance ∫|F_data − F_g| dx between the two distributions (1-D only).");
        row = readout(row, "Modes captured", "sim-modes", vm.modesProperty(), vm.modesShownProperty(), true,
                "k / K: how many of the target's K modes receive enough high-quality generated samples.");
        row = readout(row, "High quality", "sim-hq", vm.highQualityProperty(), vm.modesShownProperty(), false,
                "Share of generated samples within 3 standard deviations of some mode of the target.");
        row = readout(row, "f-GAN bound", "sim-fbound", vm.fBoundProperty(), vm.fGanShownProperty(), false,
                "The variational lower bound E_p[T] − E_q[f*(T)] that the f-GAN critic currently reaches.");
        row = readout(row, "true f-divergence", "sim-ftrue", vm.fTrueProperty(), vm.fGanShownProperty(), false,
                "The true f-divergence ∫ q f(p/q) computed on the grid: the bound can at best reach it.");
        readout(row, "D gap", "sim-dgap", vm.dGapProperty(), vm.dGapShownProperty(), false,
                "∫ ½(p_data + p_g) |D − D*|: how far the discriminator is from the optimal one (0 = optimal).");
    }

    private int readout(int row, String name, String id, ObservableStringValue value, ObservableBooleanValue shown,
                        boolean big, String tooltip) {
        Label n = new Label(name);
        n.getStyleClass().add("sim-readout-name");
        Label v = new Label();
        v.setId(id);
        v.getStyleClass().add("sim-readout-value");
        if (big) {
            v.getStyleClass().add("sim-readout-big");
        }
        v.textProperty().bind(value);
        v.setMinWidth(Label.USE_PREF_SIZE);
        Tooltip t = tip(tooltip);
        n.setTooltip(t);
        v.setTooltip(t);
        if (shown != null) {
            for (Label l : List.of(n, v)) {
                l.visibleProperty().bind(shown);
                l.managedProperty().bind(shown);
            }
        }
        readouts.addRow(row, n, v);
        return row + 1;
    }

    // ------------------------------------------------------------------ display options

    private void buildShowOptions() {
        var d = panel.densityChart();
        var h = panel.heatmap();
        check("D(x) discriminator", "sim-show-d", true, d::setShowDiscriminator, vm.oneDProperty(),
                "The discriminator's output D(x) (right axis, 0 to 1): its belief that x is real.");
        check("D*(x) optimal discriminator", "sim-show-dstar", true, d::setShowOptimalDiscriminator, vm.oneDProperty(),
                "The best possible discriminator for the current generator: D* = p_data / (p_data + p_g).");
        check("Minibatches", "sim-show-batches", true, on -> {
            d.setShowBatches(on);
            h.setShowBatches(on);
        }, null, "The last real (blue) and generated (vermillion) minibatch.");
        check("Generator gradient arrows", "sim-show-push", true, on -> {
            d.setShowGradientPush(on);
            h.setShowGradientPush(on);
        }, null, "Arrows on the generated samples: the direction the generator's gradient moves each one.");
        check("Density contours", "sim-show-contours", true, h::setShowContours, vm.oneDProperty().not(),
                "Contour lines of p_data (blue) and p_g (vermillion) at 10 % and 50 % of their peaks.");
        check("Generator manifold", "sim-show-manifold", true, on -> {
            vm.manifoldWantedProperty().set(on);
            h.setShowManifold(on);
        }, vm.oneDProperty().not(), "A grid of lines in noise space pushed through G: how G folds and stretches "
                + "the noise into the data space.");
        check("All generated samples", "sim-show-generated", false, h::setShowGenerated, vm.oneDProperty().not(),
                "The whole fixed set of noise samples pushed through G (small dots), not just the minibatch.");
    }

    private void check(String text, String id, boolean initial, java.util.function.Consumer<Boolean> apply,
                       ObservableBooleanValue shown, String tooltip) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setSelected(initial);
        c.setTooltip(tip(tooltip));
        c.selectedProperty().addListener((o, a, b) -> apply.accept(b));
        apply.accept(initial);
        if (shown != null) {
            c.visibleProperty().bind(shown);
            c.managedProperty().bind(shown);
        }
        showBox.getChildren().add(c);
    }

    // ------------------------------------------------------------------ configuration

    private void buildConfig() {
        configBox.getChildren().add(section("Experiment preset"));
        ComboBox<String> presets = new ComboBox<>();
        presets.setId("sim-preset");
        presets.getItems().setAll(ExperimentPresets.names());
        presets.setPromptText("Load a preset…");
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.setConverter(converter(n -> n == null ? "" : n + " — " + ExperimentPresets.description(n)));
        presets.setTooltip(tip("Load a ready-made experiment (restarts the run)."));
        presets.setOnAction(e -> {
            if (presets.getValue() != null) {
                vm.loadPreset(presets.getValue());
                root.requestFocus();
            }
        });
        configBox.getChildren().add(presets);

        configBox.getChildren().add(section("Needs a restart ⟳"));
        ComboBox<String> data = new ComboBox<>();
        data.setId("sim-dataset");
        data.getItems().setAll(SimulatorViewModel.datasetChoices());
        data.setConverter(converter(SimulatorViewModel::datasetName));
        data.valueProperty().bindBidirectional(vm.datasetProperty());
        data.setMaxWidth(Double.MAX_VALUE);
        data.setTooltip(tip("The target distribution p_data. “Draw your own”: click or drag on the plot to add "
                + "points, then press Use."));
        configBox.getChildren().add(field("Data set ⟳", data));

        Label drawHint = new Label();
        drawHint.getStyleClass().add("sim-hint");
        drawHint.setWrapText(true);
        drawHint.textProperty().bind(javafx.beans.binding.Bindings.format(
                "Click or drag on the plot to add points (%d so far).", vm.drawnCountProperty()));
        Button clear = new Button("Clear");
        clear.setId("sim-draw-clear");
        clear.setTooltip(tip("Remove all drawn points"));
        clear.setOnAction(e -> vm.clearDrawnPoints());
        Button use = new Button("Use");
        use.setId("sim-draw-use");
        use.getStyleClass().add("accent");
        use.setTooltip(tip("Train on the drawn points (restarts the run)"));
        use.setOnAction(e -> vm.applyRestart());
        HBox drawButtons = new HBox(8, clear, use);
        VBox drawBox = new VBox(4, drawHint, drawButtons);
        drawBox.setId("sim-draw-box");
        Runnable refreshDraw = () -> {
            drawBox.setVisible(vm.drawing());
            drawBox.setManaged(vm.drawing());
        };
        vm.datasetProperty().addListener((o, a, b) -> refreshDraw.run());
        refreshDraw.run();
        configBox.getChildren().add(drawBox);

        GridPane nets = new GridPane();
        nets.setHgap(8);
        nets.setVgap(4);
        nets.addRow(0, new Label(""), small("layers"), small("width"));
        nets.addRow(1, new Label("G ⟳"), intSpinner(0, 4, vm.gLayersProperty(), "sim-g-layers",
                "Hidden layers of the generator (0–4)"), intSpinner(1, 128, vm.gWidthProperty(), "sim-g-width",
                "Units per hidden layer of the generator (1–128)"));
        nets.addRow(2, new Label("D ⟳"), intSpinner(0, 4, vm.dLayersProperty(), "sim-d-layers",
                "Hidden layers of the discriminator (0–4)"), intSpinner(1, 128, vm.dWidthProperty(), "sim-d-width",
                "Units per hidden layer of the discriminator (1–128)"));
        configBox.getChildren().add(nets);

        ComboBox<Activation> act = new ComboBox<>();
        act.setId("sim-activation");
        act.getItems().setAll(Activation.values());
        act.valueProperty().bindBidirectional(vm.activationProperty());
        act.setConverter(converter(a -> a == null ? "" : switch (a) {
            case IDENTITY -> "identity (linear)";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU (0.2)";
            case TANH -> "tanh";
            case SIGMOID -> "sigmoid";
        }));
        act.setTooltip(tip("The hidden layers' activation function, for both networks"));
        configBox.getChildren().add(field("Activation ⟳", act));
        configBox.getChildren().add(field("Noise dimension ⟳", intSpinner(1, 8, vm.noiseDimProperty(), "sim-noise-dim",
                "Dimension of the noise z ~ N(0, I) fed to the generator (1–8)")));

        Button apply = new Button("Apply (restarts)", icon(MaterialDesignR.RESTART));
        apply.setId("sim-apply-restart");
        apply.setMaxWidth(Double.MAX_VALUE);
        apply.setTooltip(tip("Restart the run with the settings marked ⟳ (data, networks, activation, noise, seed)"));
        apply.setOnAction(e -> {
            if (vm.applyRestart()) {
                root.requestFocus();
            }
        });
        vm.restartPendingProperty().addListener((o, a, p) -> {
            if (p) {
                apply.getStyleClass().add("accent");
            } else {
                apply.getStyleClass().remove("accent");
            }
        });
        Label pending = new Label("Changes marked ⟳ wait for Apply.");
        pending.setId("sim-restart-pending");
        pending.getStyleClass().add("sim-restart-mark");
        pending.visibleProperty().bind(vm.restartPendingProperty());
        pending.managedProperty().bind(pending.visibleProperty());
        configBox.getChildren().addAll(pending, apply);

        configBox.getChildren().add(section("Applies live"));
        ComboBox<OptimizerKind> opt = new ComboBox<>();
        opt.setId("sim-optimizer");
        opt.getItems().setAll(OptimizerKind.values());
        opt.valueProperty().bindBidirectional(vm.optimizerProperty());
        opt.setConverter(converter(o -> o == null ? "" : switch (o) {
            case SGD -> "SGD";
            case MOMENTUM -> "SGD with momentum";
            case ADAM -> "Adam";
        }));
        opt.setTooltip(tip("The optimizer of both players"));
        configBox.getChildren().add(field("Optimizer", opt));
        configBox.getChildren().add(field("Learning rate η_G", rateField(vm.lrGProperty(), "sim-lr-g",
                "The generator's learning rate, e.g. 0.001 (applies at the next step)")));
        configBox.getChildren().add(field("Learning rate η_D", rateField(vm.lrDProperty(), "sim-lr-d",
                "The discriminator's learning rate, e.g. 0.001 (applies at the next step)")));
        configBox.getChildren().add(field("Batch size m", intSpinner(1, 1024, vm.batchSizeProperty(), "sim-batch",
                "Samples per minibatch, real and generated each (1–1024)")));
        configBox.getChildren().add(field("k (D steps per G step)", intSpinner(1, 20, vm.kProperty(), "sim-k",
                "Discriminator updates per generator update (Algorithm 1's k)")));
        ComboBox<String> obj = new ComboBox<>();
        obj.setId("sim-objective");
        obj.getItems().setAll(Objectives.ids());
        obj.valueProperty().bindBidirectional(vm.objectiveProperty());
        obj.setConverter(converter(SimulatorViewModel::objectiveName));
        obj.setMaxWidth(Double.MAX_VALUE);
        obj.setTooltip(tip("The game the two players play: the losses of D and G"));
        configBox.getChildren().add(field("Objective", obj));

        Label err = new Label();
        err.setId("sim-config-error");
        err.getStyleClass().add("sim-error");
        err.setWrapText(true);
        err.textProperty().bind(vm.configErrorProperty());
        err.visibleProperty().bind(vm.configErrorProperty().isNotEmpty());
        err.managedProperty().bind(err.visibleProperty());
        configBox.getChildren().add(err);
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

    private TextField rateField(javafx.beans.property.StringProperty p, String id, String tooltip) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        f.setTooltip(tip(tooltip));
        f.setOnAction(e -> root.requestFocus());
        return f;
    }

    private Spinner<Integer> intSpinner(int min, int max, IntegerProperty p, String id, String tooltip) {
        Spinner<Integer> s = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory f =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, p.get())));
        // bad text never throws: it falls back to the current value
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int v = Integer.parseInt(text.trim());
                    return Math.max(min, Math.min(max, v));
                } catch (RuntimeException e) {
                    return f.getValue();
                }
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

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(380);
        t.setShowDelay(javafx.util.Duration.millis(300));
        return t;
    }

    private static FontIcon icon(Ikon ikon) {
        return new FontIcon(ikon);
    }

    // ------------------------------------------------------------------ page

    @Override
    public String name() {
        return AppView.SIMULATOR.displayName();
    }

    @Override
    public Ikon icon() {
        return AppView.SIMULATOR.icon();
    }

    @Override
    public Parent getView() {
        return root;
    }

    @Override
    public void onShow() {
        panel.start();
        root.requestFocus();
    }

    @Override
    public void onHide() {
        panel.stop();
        vm.pause();
    }

    public SimulatorViewModel viewModel() {
        return vm;
    }

    public LivePlot panel() {
        return panel;
    }
}
