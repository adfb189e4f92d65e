package org.ganclassroom.ui.lab;

import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.charts.ChartBase;
import org.ganclassroom.ui.charts.ChartPalette;
import org.ganclassroom.ui.charts.HistoryChart;
import org.ganclassroom.ui.charts.SeriesChart;
import org.ganclassroom.ui.common.FxmlLoading;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.common.SavedNotice;
import org.ganclassroom.ui.common.WidestText;
import org.ganclassroom.ui.lab.LabViewModel.Side;
import org.ganclassroom.ui.lab.bench.BenchView;
import org.ganclassroom.ui.lab.bench.BenchViewModel;
import org.ganclassroom.ui.live.LivePlot;
import org.ganclassroom.ui.live.PlayerStepControl;
import org.ganclassroom.ui.live.SpeedControl;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ganclassroom.ui.common.KeyHint;

/**
 * Thin controller of {@code Lab.fxml}: the toolbar, the {@link ChipRow}s, the run's live plots (A, and B in A/B
 * mode), the {@link HistoryArea}, the {@link ChipCardPane} and the {@link TheoremPanel}. All state lives in
 * {@link LabViewModel}; the plots pull the run's frames while the page is shown, and the history area redraws on
 * each new one.
 */
public final class LabView implements Page {
    private final LabViewModel vm;
    private final FileDialogs dialogs;
    private final ObservableValue<Theme> theme;
    private final ObservableDoubleValue textScale;
    private final Map<Side, Map<Chip, ToggleButton>> chipButtons = new EnumMap<>(Side.class);
    private LivePlot plotA;
    private LivePlot plotB;
    private HistoryArea historyArea;
    private ChipCardPane cardPane;
    private TheoremPanel theoremPanel;
    private LabFileActions files;
    private boolean updatingPreset;
    private boolean shownBefore;

    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<String> presetBox;
    @FXML
    private Button playButton;
    @FXML
    private SpeedControl speedControl;
    @FXML
    private PlayerStepControl playerSteps;
    @FXML
    private ToggleButton abToggle;
    @FXML
    private ToggleButton theoremToggle;
    @FXML
    private Label statusLabel;
    @FXML
    private HBox rowB;
    @FXML
    private Label rowALabel;
    @FXML
    private FlowPane chipsA;
    @FXML
    private FlowPane chipsB;
    @FXML
    private VBox plotsBox;
    @FXML
    private VBox plotPaneB;
    @FXML
    private Label plotTitleA;
    @FXML
    private Label plotTitleB;
    @FXML
    private StackPane plotSlotA;
    @FXML
    private StackPane plotSlotB;
    @FXML
    private StackPane historySlot;
    @FXML
    private VBox theoremPane;
    @FXML
    private Label gapLabel;
    @FXML
    private Label valueErrorLabel;
    @FXML
    private Label valueLabel;
    @FXML
    private Label optimumLabel;
    @FXML
    private Label valueVsLabel;
    @FXML
    private StackPane theoremCaption;
    @FXML
    private ScrollPane cardScroll;
    @FXML
    private VBox cardHint;
    @FXML
    private VBox card;

    @FXML
    private ToggleButton benchToggle;
    @FXML
    private VBox chipRows;
    @FXML
    private Button stepButton;
    @FXML
    private Button resetButton;
    @FXML
    private HBox labBody;
    @FXML
    private VBox sideColumn;
    @FXML
    private ScrollPane chipScroll;
    @FXML
    private Label subtitle;
    /** Page height below which the subtitle gives its lines to the plots. */
    private static final double SHORT_PAGE = 800;
    private final BenchViewModel benchVm;
    private BenchView bench;

    private LabView(LabViewModel vm, BenchViewModel benchVm, FileDialogs dialogs, ObservableValue<Theme> theme,
                    ObservableDoubleValue textScale) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.benchVm = Objects.requireNonNull(benchVm, "benchVm");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.textScale = Objects.requireNonNull(textScale, "textScale");
    }

    public static LabView create(LabViewModel vm, BenchViewModel bench, FileDialogs dialogs,
                                 ObservableValue<Theme> theme) {
        return create(vm, bench, dialogs, theme, ChartBase.NORMAL_TEXT);
    }

    /** A Mini Lab page whose charts' text follows {@code textScale} (the app's text zoom). */
    public static LabView create(LabViewModel vm, BenchViewModel bench, FileDialogs dialogs,
                                 ObservableValue<Theme> theme, ObservableDoubleValue textScale) {
        return FxmlLoading.load(LabView.class, "Lab.fxml", new LabView(vm, bench, dialogs, theme, textScale));
    }

    /** The benchmark replaces the live plots; the live run pauses so the trials get the cores. */
    private void showBench(boolean on) {
        if (on) {
            vm.pause();
            if (bench == null) {
                bench = BenchView.create(benchVm, theme);
            }
            root.setCenter(bench.root());
        } else {
            root.setCenter(labBody);
        }
        chipRows.setVisible(!on);
        chipRows.setManaged(!on);
        abToggle.setDisable(on);
        playButton.setDisable(on);
        stepButton.setDisable(on);
        resetButton.setDisable(on);
        playerSteps.setDisable(on); // D-step and G-step would move the run the table hides
        theoremToggle.setVisible(!on);
        theoremToggle.setManaged(!on);
    }

    @FXML
    private void initialize() {
        chipButtons.put(Side.A, ChipRow.fill(Side.A, chipsA, vm));
        chipButtons.put(Side.B, ChipRow.fill(Side.B, chipsB, vm));
        historyArea = new HistoryArea(vm, historySlot, textScale);
        giveThePlotsTheHeight();
        cardPane = new ChipCardPane(vm, cardHint, card, cardScroll);
        theoremPanel = new TheoremPanel(vm.theorem(), new TheoremPanel.Readouts(optimumLabel, gapLabel,
                valueErrorLabel, valueVsLabel, valueLabel), theoremCaption);
        SavedNotice saved = new SavedNotice("lab-saved");
        plotSlotA.getChildren().add(saved);
        StackPane.setAlignment(saved, javafx.geometry.Pos.TOP_CENTER);
        files = new LabFileActions(vm, dialogs, root, plotsBox, saved);

        presetBox.getItems().setAll(LabViewModel.presets());
        presetBox.setValue(vm.sourceProperty().get());
        presetBox.setTooltip(new Tooltip("Start over on a preset experiment (its chips as the preset has them)"));
        presetBox.setOnAction(e -> {
            String v = presetBox.getValue();
            if (!updatingPreset && v != null && !v.equals(vm.sourceProperty().get())) {
                vm.loadPreset(v);
            }
        });
        vm.sourceProperty().addListener((o, a, b) -> {
            updatingPreset = true;
            presetBox.setValue(b);
            updatingPreset = false;
        });

        speedControl.bind(vm.run());
        playerSteps.bind(vm.run());
        playerSteps.generatorFrozenProperty().bind(vm.theoremModeProperty());
        playerSteps.installKeys(root);

        vm.playingProperty().addListener((o, a, b) -> updatePlayButton());
        updatePlayButton();
        WidestText.fit(playButton, "Play", "Pause");

        abToggle.setSelected(vm.isAbMode());
        abToggle.setOnAction(e -> vm.setAbMode(abToggle.isSelected()));
        vm.abModeProperty().addListener((o, a, b) -> {
            abToggle.setSelected(b);
            redraw();
        });
        theoremToggle.setSelected(vm.isTheoremMode());
        theoremToggle.setOnAction(e -> vm.setTheoremMode(theoremToggle.isSelected()));
        theoremToggle.disableProperty().bind(vm.theoremAvailableProperty().not());
        vm.theoremModeProperty().addListener((o, a, b) -> {
            theoremToggle.setSelected(b);
            cardPane.show(vm.openCardProperty().get());
            cardScroll.setVvalue(0);
            redraw();
        });
        benchToggle.setOnAction(e -> showBench(benchToggle.isSelected()));
        show(rowB, vm.abModeProperty());
        show(rowALabel, vm.abModeProperty());
        show(plotPaneB, vm.abModeProperty());
        show(plotTitleA, vm.abModeProperty());
        show(theoremPane, vm.theoremModeProperty());
        plotTitleA.setText("A");
        plotTitleB.textProperty().bind(vm.bLabelProperty());
        statusLabel.textProperty().bind(vm.statusProperty());

        plotA = new LivePlot(vm.run(), 0, false, textScale);
        plotB = new LivePlot(vm.run(), 1, false, textScale);
        for (LivePlot p : List.of(plotA, plotB)) {
            p.setOnReset(vm::restart);
            p.setPrefSize(520, 300);
        }
        plotSlotA.getChildren().add(0, plotA);
        plotSlotB.getChildren().add(plotB);
        vm.frameProperty().addListener((o, a, f) -> redraw());

        vm.openCardProperty().addListener((o, a, b) -> cardPane.show(b));
        cardPane.show(vm.openCardProperty().get());

        ChartPalette.follow(theme, this::applyPalette);
        redraw();
    }

    /**
     * On a short window (a projector) the chips scroll in at most half the side column, the history takes under a third
     * of the plots' column and the subtitle goes, so the 1-D plot keeps a readable height.
     */
    private void giveThePlotsTheHeight() {
        chipScroll.maxHeightProperty().bind(sideColumn.heightProperty().multiply(0.5));
        historySlot.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(historySlot.getMinHeight(), Math.min(230, plotsBox.getHeight() * 0.28)),
                plotsBox.heightProperty()));
        show(subtitle, root.heightProperty().greaterThan(SHORT_PAGE));
        // B's row appears below A's: turning A/B on scrolls it into view, so its chips are there to click
        vm.abModeProperty().addListener((o, was, on) -> {
            if (on) {
                chipScroll.applyCss();
                chipScroll.layout();
                scrollIntoView(rowB);
            }
        });
        // Tab onto a chip below the fold scrolls it into view
        for (FlowPane pane : List.of(chipsA, chipsB)) {
            for (Node chip : pane.getChildren()) {
                chip.focusedProperty().addListener((o, was, now) -> {
                    if (now) {
                        scrollIntoView(chip);
                    }
                });
            }
        }
    }

    private void scrollIntoView(Node chip) {
        double content = chipScroll.getContent().getLayoutBounds().getHeight();
        double view = chipScroll.getViewportBounds().getHeight();
        if (content <= view) {
            return;
        }
        double y = chipScroll.getContent().sceneToLocal(chip.localToScene(chip.getLayoutBounds())).getMinY();
        double top = chipScroll.getVvalue() * (content - view);
        double margin = 8; // the focus ring and the rows' padding show too
        double h = chip.getLayoutBounds().getHeight();
        if (y - margin < top) {
            chipScroll.setVvalue(Math.max(0, (y - margin) / (content - view)));
        } else if (y + h + margin > top + view) {
            chipScroll.setVvalue(Math.min(1, (y + h + margin - view) / (content - view)));
        }
    }

    private static void show(Node n, ObservableValue<Boolean> when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(when);
    }

    private void updatePlayButton() {
        boolean p = vm.playingProperty().get();
        playButton.setText(p ? "Pause" : "Play");
        playButton.setGraphic(new FontIcon(p ? "mdi2p-pause" : "mdi2p-play"));
    }

    // ------------------------------------------------------------------ frames

    /** Pulls the run's newest frame now, as the plots' timer does each pulse (tests, screenshots). FX thread. */
    public void refresh() {
        vm.run().pull();
    }

    /** The history area (and the theorem panel's numbers) for the current frame. */
    private void redraw() {
        Frame f = vm.frameProperty().get();
        if (f == null) {
            return;
        }
        historyArea.show(f);
        if (vm.isTheoremMode()) {
            theoremPanel.update(f.snapshot());
        }
    }

    private void applyPalette(ChartPalette p) {
        historyArea.setPalette(p);
        plotA.setPalette(p);
        plotB.setPalette(p);
    }

    // ------------------------------------------------------------------ buttons

    @FXML
    private void onPlay() {
        vm.togglePlay();
        updatePlayButton();
    }

    @FXML
    private void onStep() {
        vm.stepOnce();
        updatePlayButton();
    }

    @FXML
    private void onRestart() {
        vm.restart();
    }

    @FXML
    private void onOpen() {
        files.open();
        refresh();
    }

    @FXML
    private void onSave() {
        files.save();
    }

    @FXML
    private void onExportPng() {
        files.exportPng();
    }

    @FXML
    private void onExportCsv() {
        files.exportCsv();
    }

    // ------------------------------------------------------------------ page

    @Override
    public List<KeyHint> keys() {
        return List.of(
                new KeyHint("D", "D-step: train only the discriminator (its k updates), in both runs"),
                new KeyHint("G", "G-step: train only the generator (off while the theorem freezes G)"),
                new KeyHint("Space (on a chip)", "switch the chip on or off and open its card"));
    }

    @Override
    public String name() {
        return AppView.LAB.displayName();
    }

    @Override
    public Ikon icon() {
        return AppView.LAB.icon();
    }

    @Override
    public Parent getView() {
        return root;
    }

    @Override
    public void onShow() {
        plotA.start();
        if (!shownBefore) {
            shownBefore = true;
            if (vm.playsOnFirstShow()) {
                vm.play(); // the first visit starts on a running GAN; later visits keep the user's pause
            }
        }
    }

    @Override
    public void onHide() {
        plotA.stop();
        vm.pause();
    }

    // for tests and screenshots
    HistoryChart historyChart() {
        return historyArea.historyChart();
    }

    SeriesChart compareChart() {
        return historyArea.compareChart();
    }

    SeriesChart theoremChart() {
        return historyArea.theoremChart();
    }

    Node plots() {
        return plotsBox;
    }

    ChartBase plotChart(Side side) {
        return (side == Side.A ? plotA : plotB).chart();
    }

    PlayerStepControl playerSteps() {
        return playerSteps;
    }

    ToggleButton chipButton(Side side, Chip chip) {
        return chipButtons.get(side).get(chip);
    }
}
