package org.ganclassroom.ui.simulator;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.ganclassroom.sim.config.ExperimentConfig;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.charts.ChartBase;
import org.ganclassroom.ui.charts.ChartPalette;
import org.ganclassroom.ui.charts.ModelDiagram;
import org.ganclassroom.ui.common.FxmlLoading;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.common.SavedNotice;
import org.ganclassroom.ui.common.PageContext;
import org.ganclassroom.ui.common.WidestText;
import org.ganclassroom.ui.live.LivePlot;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.live.PlayerStepControl;
import org.ganclassroom.ui.live.SpeedControl;
import org.ganclassroom.ui.live.StartRun;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.io.File;
import java.util.Objects;

import static org.ganclassroom.ui.simulator.Tips.tip;
import java.util.List;
import org.ganclassroom.ui.common.KeyHint;

/**
 * Thin controller of {@code Simulator.fxml}: toolbar (play, step, reset, speed, seed, exports), the
 * configuration side panel, the run's {@link LivePlot} with the history, the readouts and Algorithm 1.
 * Keys when the page has focus: Space play/pause, → one step, ← one step back, End the last step, F fast-forward,
 * D a D-step, G a G-step, R reset, C the Configure panel, M the menu of the toolbar's other commands.
 */
public final class SimulatorView implements Page {
    private final SimulatorViewModel vm;
    private final ReadOnlyObjectProperty<Theme> theme;
    private final StartRun start;
    private final ObservableDoubleValue textScale;
    private LivePlot panel;
    private ConfigPanel configPanel;
    private final SavedNotice savedNotice = new SavedNotice("sim-saved");
    private SaveDialog saveDialog = this::chooseFile;
    private ClipButton clipButton;

    /** Asks where to save a file; null if the user cancelled. */
    interface SaveDialog {
        File choose(String title, String initialName, String kind, String pattern);
    }

    /** Where the exports ask for a file (tests answer without a window). */
    void setSaveDialog(SaveDialog d) {
        saveDialog = Objects.requireNonNull(d, "d");
    }

    /** The native save dialog over this page's window. */
    private File chooseFile(String title, String initialName, String kind, String pattern) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(initialName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return fc.showSaveDialog(root.getScene().getWindow());
    }

    @FXML private BorderPane root;
    @FXML private Button playButton;
    @FXML private Button stepButton;
    @FXML private Button resetButton;
    @FXML private PlayerStepControl playerSteps;
    @FXML private SpeedControl speedControl;
    @FXML private TextField seedField;
    @FXML private Label seedError;
    @FXML private Button pngButton;
    @FXML private Button csvButton;
    @FXML private ToggleButton configToggle;
    @FXML private ScrollPane configScroll;
    @FXML private ScrollPane sideScroll;
    @FXML private VBox configBox;
    @FXML private StackPane panelHolder;
    @FXML private GridPane readouts;
    @FXML private AlgorithmPanel algorithm;
    @FXML private ModelDiagram diagram;
    @FXML private VBox showBox;
    @FXML private FittingToolbar toolbar;

    private SimulatorView(SimulatorViewModel vm, ReadOnlyObjectProperty<Theme> theme, ObservableDoubleValue textScale,
                          StartRun start) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.theme = theme;
        this.textScale = Objects.requireNonNull(textScale, "textScale");
        this.start = Objects.requireNonNull(start, "start");
    }

    /** A page on {@code vm}'s run, started (speed, play, pause) as {@code start} asks; its charts' text at normal size. */
    public static SimulatorView create(SimulatorViewModel vm, ReadOnlyObjectProperty<Theme> theme, StartRun start) {
        return create(vm, theme, ChartBase.NORMAL_TEXT, start);
    }

    /** A page on {@code vm}'s run whose charts' text follows {@code textScale} (the app's text zoom). */
    public static SimulatorView create(SimulatorViewModel vm, ReadOnlyObjectProperty<Theme> theme,
                                       ObservableDoubleValue textScale, StartRun start) {
        return FxmlLoading.load(SimulatorView.class, "Simulator.fxml", new SimulatorView(vm, theme, textScale, start));
    }

    /**
     * The page of {@link AppView#SIMULATOR}: the start's preset (or the course default) with its chips on, runs from
     * {@code runners}.
     */
    public static SimulatorView create(PageContext ctx, LiveRun.Runners runners, StartRun start) {
        String preset = start.preset() != null ? start.preset() : ExperimentPresets.COURSE_DEFAULT;
        ExperimentConfig config = start.withChips(ExperimentPresets.get(preset));
        return create(new SimulatorViewModel(runners, config, preset), ctx.theme(), ctx.textScale(), start);
    }

    @FXML
    private void initialize() {
        panel = new LivePlot(vm.run(), 0, true, textScale);
        panel.setOnReset(vm::reset);
        panel.setMarks(vm.marks());
        panel.enableRewind();
        panel.manifoldProperty().bind(Bindings.when(vm.manifoldWantedProperty())
                .then(vm.manifoldProperty()).otherwise((double[][][]) null));
        new DrawingOnPlot(vm.form(), panel);
        panelHolder.getChildren().addAll(panel, savedNotice);
        StackPane.setAlignment(savedNotice, javafx.geometry.Pos.TOP_CENTER);
        buildToolbar();
        ReadoutGrid.fill(readouts, vm.readouts());
        PlotLayerToggles.fill(showBox, panel, vm);
        configPanel = new ConfigPanel(vm, root::requestFocus);
        configPanel.fill(configBox);
        algorithm.setMaxWidth(Double.MAX_VALUE);
        vm.phaseProperty().addListener((o, a, p) -> algorithm.setPhase(p));
        algorithm.setPhase(vm.phaseProperty().get());
        vm.form().kProperty().addListener((o, a, b) -> algorithm.setK(b.intValue()));
        algorithm.setK(vm.form().kProperty().get());
        vm.readouts().runningObjectiveProperty().addListener((o, a, b) -> algorithm.setObjective(b));
        algorithm.setObjective(vm.readouts().runningObjectiveProperty().get());
        wireDiagram();
        // the side panels give way on a projector's narrow window, so the plot keeps a usable width
        for (ScrollPane side : new ScrollPane[]{configScroll, sideScroll}) {
            side.prefWidthProperty().bind(Bindings.max(240, Bindings.min(300, root.widthProperty().multiply(0.28))));
        }
        configScroll.visibleProperty().bind(configToggle.selectedProperty());
        configScroll.managedProperty().bind(configToggle.selectedProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED,
                new SimulatorKeys(root, vm, panel, playerSteps, configToggle, toolbar)::onKey);
        root.setOnMousePressed(e -> {
            if (!(e.getTarget() instanceof Control)) {
                root.requestFocus();
            }
        });
        if (theme != null) {
            panel.followTheme(theme);
        }
        start.startOn(vm.run());
    }

    /** The model diagram follows the running config and phase; clicking G or D opens that network's settings. */
    private void wireDiagram() {
        diagram.setTextScale(textScale);
        ModelDiagramModel.follow(diagram, vm);
        diagram.setOnOpen(part -> {
            configToggle.setSelected(true);
            Node field = root.lookup(part == ModelDiagram.Part.G ? "#sim-g-layers" : "#sim-d-layers");
            if (field != null) {
                field.requestFocus();
                javafx.application.Platform.runLater(() -> {
                    double y = configBox.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
                    double room = configBox.getHeight() - configScroll.getViewportBounds().getHeight();
                    configScroll.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
                });
            }
        });
        if (theme != null) {
            ChartPalette.follow(theme, diagram::setPalette);
        }
    }

    // ------------------------------------------------------------------ toolbar

    private void buildToolbar() {
        for (Node n : ((Pane) root.getTop()).getChildren()) {
            if (n instanceof Labeled l && n != playButton) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        playButton.textProperty().bind(Bindings.when(vm.playingProperty())
                .then("Pause").otherwise("Play"));
        vm.playingProperty().addListener((o, a, p) -> playButton.setGraphic(icon(p ? MaterialDesignP.PAUSE
                : MaterialDesignP.PLAY)));
        playButton.setGraphic(icon(vm.playingProperty().get() ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        playButton.setTooltip(tip("Play or pause training (Space)"));
        WidestText.fit(playButton, "Play", "Pause");
        playButton.disableProperty().bind(vm.failureProperty().isNotNull());
        stepButton.setGraphic(icon(MaterialDesignS.SKIP_NEXT));
        stepButton.setTooltip(tip("Pause and take exactly one training step (→). In slow motion: one line of "
                + "Algorithm 1."));
        stepButton.disableProperty().bind(vm.failureProperty().isNotNull());
        resetButton.setGraphic(icon(MaterialDesignR.RESTORE));
        resetButton.setTooltip(tip("Start the same run again from step 0 with the same seed (R)"));

        speedControl.bind(vm.run());
        playerSteps.bind(vm.run());

        seedField.textProperty().bindBidirectional(vm.form().seedTextProperty());
        seedField.setTooltip(tip("The run's random seed: the same seed and settings give the same run, bit for bit. "
                + "Press Enter to restart with this seed."));
        seedField.setOnAction(e -> {
            if (vm.applySeed()) {
                root.requestFocus();
            }
        });
        seedError.textProperty().bind(vm.form().seedErrorProperty());
        seedError.visibleProperty().bind(vm.form().seedErrorProperty().isNotEmpty());
        seedError.managedProperty().bind(seedError.visibleProperty());
        Runnable done = root::requestFocus;
        Pane seedBox = (Pane) seedField.getParent();
        seedBox.getChildren().add(seedBox.getChildren().indexOf(seedField) + 1, QuickSettings.randomSeedButton(vm, done));
        Pane bar = toolbar;
        List<Node> quick = QuickSettings.controls(vm, done);
        bar.getChildren().addAll(bar.getChildren().indexOf(pngButton), quick);
        ButtonBase pen = new PenTool(vm, panel).button();
        bar.getChildren().add(bar.getChildren().indexOf(pngButton), pen);

        pngButton.setGraphic(icon(MaterialDesignF.FILE_IMAGE));
        pngButton.setTooltip(tip("Save the plot as a PNG image"));
        PlotExports exports = new PlotExports(vm, panel, savedNotice, (title, name, kind, pattern) ->
                saveDialog.choose(title, name, kind, pattern));
        pngButton.setOnAction(e -> exports.png());
        csvButton.setGraphic(icon(MaterialDesignT.TABLE_ARROW_DOWN));
        csvButton.setTooltip(tip("Save the run's history (step, JSD, D loss, G loss) as CSV"));
        csvButton.setOnAction(e -> exports.csv());
        clipButton = new ClipButton(vm, theme, name -> java.util.Optional.ofNullable(
                saveDialog.choose("Export a clip", name, "Animated GIF", "*.gif")).map(File::toPath));
        bar.getChildren().add(bar.getChildren().indexOf(csvButton) + 1, clipButton.button());
        configToggle.setGraphic(icon(MaterialDesignC.COG));
        configToggle.setTooltip(tip("Show or hide the configuration panel (C)"));
        ButtonBase defaults = (ButtonBase) quick.get(quick.size() - 1);
        Labeled stepD = (Labeled) playerSteps.lookup("#step-d");
        Labeled stepG = (Labeled) playerSteps.lookup("#step-g");
        toolbar.iconable(stepButton, stepD, stepG, resetButton, defaults, pen, pngButton, csvButton,
                clipButton.button(), configToggle);
        // the preset box names itself in its tooltip, and the update counts say what the moved-tag says
        Node presetLabel = ((Pane) quick.get(0)).getChildren().get(0);
        toolbar.droppedWhenNarrow(playerSteps.lookup("#player-moved"), presetLabel);
        // the counts grow with the run: on a projector they would push Speed onto a third row
        toolbar.droppedWithMenu(playerSteps.lookup("#player-updates"));
        toolbar.overflow(configToggle, defaults, pen, pngButton, csvButton, clipButton.button());
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

    private static FontIcon icon(Ikon ikon) {
        return new FontIcon(ikon);
    }

    // ------------------------------------------------------------------ page

    @Override
    public List<KeyHint> keys() {
        return SimulatorKeys.HINTS;
    }

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

    ClipButton clipButton() {
        return clipButton;
    }

    public SimulatorViewModel viewModel() {
        return vm;
    }

    public PlayerStepControl playerSteps() {
        return playerSteps;
    }

    public LivePlot panel() {
        return panel;
    }
}
