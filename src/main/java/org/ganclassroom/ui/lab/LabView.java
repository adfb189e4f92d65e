package org.ganclassroom.ui.lab;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.sim.train.Metrics;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.charts.ChartBase;
import org.ganclassroom.ui.charts.SeriesChart;
import org.ganclassroom.ui.charts.ChartPalette;
import org.ganclassroom.ui.charts.HistoryChart;
import org.ganclassroom.ui.common.Readout;
import org.ganclassroom.ui.common.FxmlLoading;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.common.PngExport;
import org.ganclassroom.ui.lab.LabViewModel.Side;
import org.ganclassroom.ui.live.LivePlot;
import org.ganclassroom.ui.live.SpeedControl;
import org.ganclassroom.ui.markdown.MarkdownView;
import org.ganclassroom.ui.markdown.MathView;
import org.ganclassroom.ui.markdown.RenderContext;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Thin controller of {@code Lab.fxml}: the chip rows, the run's live plots (A, and B in A/B mode), the chip card,
 * A/B compare and the theorem panel. All state lives in {@link LabViewModel}; the plots pull the run's frames
 * while the page is shown, and the history area redraws on each new one.
 */
public final class LabView implements Page {
    static final String THEOREM_CAPTION = "**G is frozen; only D trains.** Proposition 1 of Goodfellow et al. "
            + "(2014): for a fixed G the best discriminator is "
            + "$D^*(x) = \\frac{p_{\\text{data}}(x)}{p_{\\text{data}}(x) + p_g(x)}$, so D(x) settles onto the "
            + "dashed D*(x) curve and the gap falls. Theorem 1: at $D^*$ the value of the game is "
            + "$V(D^*, G) = -\\log 4 + 2\\,\\mathrm{JSD}(p_{\\text{data}} \\,\\|\\, p_g)$, so V(D,G) approaches "
            + "$-\\log 4 + 2\\,\\mathrm{JSD}$. Its minimum $-\\log 4$ is reached only when $p_g = p_{\\text{data}}$.";

    private final LabViewModel vm;
    private final FileDialogs dialogs;
    private final ObservableValue<Theme> theme;
    private final Map<Side, Map<Chip, ToggleButton>> chipButtons = new EnumMap<>(Side.class);
    private LivePlot plotA;
    private LivePlot plotB;
    private final HistoryChart history = new HistoryChart();
    private final SeriesChart compare = new SeriesChart();
    private final SeriesChart theoremChart = new SeriesChart();
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
    private StackPane theoremCaption;
    @FXML
    private ScrollPane cardScroll;
    @FXML
    private VBox cardHint;
    @FXML
    private VBox card;

    private LabView(LabViewModel vm, FileDialogs dialogs, ObservableValue<Theme> theme) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    public static LabView create(LabViewModel vm, FileDialogs dialogs, ObservableValue<Theme> theme) {
        return FxmlLoading.load(LabView.class, "Lab.fxml", new LabView(vm, dialogs, theme));
    }

    @FXML
    private void initialize() {
        buildChips(Side.A, chipsA);
        buildChips(Side.B, chipsB);

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

        vm.playingProperty().addListener((o, a, b) -> updatePlayButton());
        updatePlayButton();

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
            showCard(vm.openCardProperty().get());
            cardScroll.setVvalue(0);
            redraw();
        });
        show(rowB, vm.abModeProperty());
        show(rowALabel, vm.abModeProperty());
        show(plotPaneB, vm.abModeProperty());
        show(plotTitleA, vm.abModeProperty());
        show(theoremPane, vm.theoremModeProperty());
        plotTitleA.setText("A");
        plotTitleB.textProperty().bind(vm.bLabelProperty());
        statusLabel.textProperty().bind(vm.statusProperty());

        plotA = new LivePlot(vm.run(), 0, false);
        plotB = new LivePlot(vm.run(), 1, false);
        for (LivePlot p : List.of(plotA, plotB)) {
            p.setOnReset(vm::restart);
            p.setPrefSize(520, 300);
        }
        plotSlotA.getChildren().add(plotA);
        plotSlotB.getChildren().add(plotB);
        vm.frameProperty().addListener((o, a, f) -> redraw());
        history.setId("lab-history-chart");
        compare.setId("lab-compare-chart");
        compare.setYLabel("JSD (nats)");
        compare.setYRange(0, Math.log(2));
        theoremChart.setId("lab-theorem-chart");
        historySlot.getChildren().setAll(history);
        Node caption = MarkdownView.renderInline(THEOREM_CAPTION, RenderContext.PLAIN);
        caption.getStyleClass().add("lab-caption");
        theoremCaption.getChildren().setAll(caption);

        vm.openCardProperty().addListener((o, a, b) -> showCard(b));
        showCard(vm.openCardProperty().get());

        ChartPalette.follow(theme, this::applyPalette);
        redraw();
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

    // ------------------------------------------------------------------ chips

    private void buildChips(Side side, FlowPane pane) {
        Map<Chip, ToggleButton> buttons = new EnumMap<>(Chip.class);
        for (Chip chip : Chip.values()) {
            ToggleButton b = new ToggleButton(chip.displayName(), new FontIcon(icon(chip)));
            b.setId("chip-" + side.name().toLowerCase(Locale.ROOT) + "-" + chip.id());
            b.getStyleClass().add("lab-chip");
            b.setFocusTraversable(true);
            b.setSelected(vm.chipOn(side, chip).get());
            vm.chipOn(side, chip).addListener((o, was, now) -> b.setSelected(now));
            b.setOnAction(e -> {
                vm.toggleChip(side, chip);
                b.setSelected(vm.chipOn(side, chip).get());
            });
            Tooltip t = new Tooltip(tooltipText(chip));
            t.setWrapText(true);
            t.setMaxWidth(360);
            t.setShowDelay(Duration.millis(400));
            b.setTooltip(t);
            buttons.put(chip, b);
            pane.getChildren().add(b);
        }
        chipButtons.put(side, buttons);
    }

    private String tooltipText(Chip chip) {
        return vm.cards().card(chip).map(c -> c.name() + "\n" + plain(c.what())
                + "\nClick to switch it on or off and open its card.").orElse(chip.displayName());
    }

    /** A little LaTeX → plain text, for tooltips. */
    static String plain(String s) {
        return s.replace("$", "").replace("\\log", "log").replace("\\approx", "≈").replace("\\sigma", "σ")
                .replace("\\lambda", "λ").replace("\\gamma", "γ").replace("\\beta", "β").replace("\\theta", "θ")
                .replace("p_{\\text{data}}", "p_data").replace("\\,", " ").replace("\\", "");
    }

    static String icon(Chip chip) {
        return switch (chip) {
            case NONSATURATING -> "mdi2t-trending-up";
            case DSTEPS -> "mdi2r-repeat";
            case LABEL_SMOOTHING -> "mdi2l-label-outline";
            case INSTANCE_NOISE -> "mdi2b-blur";
            case GRADIENT_PENALTY -> "mdi2s-slope-uphill";
            case R1 -> "mdi2t-target";
            case SPECTRAL_NORM -> "mdi2s-scale-balance";
            case WASSERSTEIN -> "mdi2e-excavator";
            case TTUR -> "mdi2c-clock-fast";
            case MINIBATCH_STD -> "mdi2c-chart-scatter-plot";
            case EMA -> "mdi2w-waves";
        };
    }

    // ------------------------------------------------------------------ card

    private void showCard(ChipCard c) {
        boolean has = c != null;
        boolean hint = !has && !vm.isTheoremMode();
        cardHint.setVisible(hint);
        cardHint.setManaged(hint);
        card.setVisible(has);
        card.setManaged(has);
        card.getChildren().clear();
        if (!has) {
            return;
        }
        FontIcon icon = new FontIcon(icon(c.chip()));
        icon.getStyleClass().add("lab-card-icon");
        Label name = new Label(c.name());
        name.setId("lab-card-title");
        name.getStyleClass().add("title-3");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("lab-card-close");
        close.getStyleClass().addAll("flat", "button-circle");
        close.setTooltip(new Tooltip("Close the card"));
        close.setOnAction(e -> vm.closeCard());
        HBox header = new HBox(10, icon, name, close);
        header.setAlignment(Pos.CENTER_LEFT);

        Label state = new Label();
        state.setId("lab-card-state");
        state.getStyleClass().add("lab-card-state");
        Runnable updateState = () -> {
            boolean a = vm.chipOn(Side.A, c.chip()).get();
            String text = vm.isAbMode()
                    ? "A: " + (a ? "on" : "off") + "   ·   B: " + (vm.chipOn(Side.B, c.chip()).get() ? "on" : "off")
                    : (a ? "On in the running GAN" : "Off in the running GAN");
            state.setText(text);
            state.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("on"), a);
        };
        updateState.run();
        vm.chipOn(Side.A, c.chip()).addListener((o, x, y) -> updateState.run());
        vm.chipOn(Side.B, c.chip()).addListener((o, x, y) -> updateState.run());
        vm.abModeProperty().addListener((o, x, y) -> updateState.run());

        MathView formula = new MathView(c.formula(), true);
        formula.setId("lab-card-formula");
        formula.getStylesheets().add(MarkdownView.stylesheetUrl());
        Group formulaGroup = new Group(formula);
        StackPane formulaBox = new StackPane(formulaGroup);
        formulaBox.getStyleClass().add("lab-formula");
        formulaBox.setMinWidth(0);
        Runnable fit = () -> {
            double avail = formulaBox.getWidth() - formulaBox.snappedLeftInset() - formulaBox.snappedRightInset();
            double w = formula.prefWidth(-1);
            double s = avail > 0 && w > avail ? avail / w : 1;
            formula.setScaleX(s);
            formula.setScaleY(s);
        };
        formulaBox.widthProperty().addListener((o, a, b) -> fit.run());
        formula.widthProperty().addListener((o, a, b) -> fit.run());

        VBox papers = new VBox(4);
        for (ChipCard.Paper p : c.papers()) {
            Label l = new Label(p.citation());
            l.setWrapText(true);
            l.getStyleClass().add("lab-paper");
            l.setMinHeight(Region.USE_PREF_SIZE);
            papers.getChildren().add(l);
        }
        papers.setId("lab-card-papers");

        card.getChildren().addAll(header, state,
                section("WHAT IT DOES"), text(c.what(), "lab-card-what"),
                formulaBox,
                section("WHY IT HELPS"), text(c.why(), "lab-card-why"),
                section(c.papers().size() > 1 ? "PAPERS" : "PAPER"), papers,
                section("WHAT TO WATCH"), text(c.watch(), "lab-card-watch"));
        cardScroll.setVvalue(0);
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("lab-section-label");
        return l;
    }

    private static Node text(String markdown, String id) {
        Node n = MarkdownView.renderInline(markdown, RenderContext.PLAIN);
        n.setId(id);
        n.getStyleClass().add("lab-card-text");
        return n;
    }

    // ------------------------------------------------------------------ frames

    /** Pulls the run's newest frame now, as the plots' timer does each pulse (tests, screenshots). FX thread. */
    public void refresh() {
        vm.run().pull();
    }

    /** The history area for the current frame: the history, the A/B comparison or the theorem trace. */
    private void redraw() {
        Frame f = vm.frameProperty().get();
        if (f == null) {
            return;
        }
        Node wanted;
        if (vm.isTheoremMode()) {
            LabViewModel.TheoremTrace t = vm.theoremTraceProperty().get();
            theoremChart.setSeries(List.of(
                    new SeriesChart.Series("D gap ∫½(p_data+p_g)|D − D*|", t.steps(), t.gap(),
                            ChartPalette::discriminator, 2.4, false),
                    new SeriesChart.Series("|V(D,G) − (−log 4 + 2·JSD)|", t.steps(), t.valueError(),
                            ChartPalette::text, 1.8, true)));
            wanted = theoremChart;
            updateReadouts(f.snapshot().metrics());
        } else if (vm.isAbMode() && f.histories().size() > 1) {
            HistoryView a = f.histories().get(0);
            HistoryView b = f.histories().get(1);
            compare.setSeries(List.of(
                    new SeriesChart.Series("A: JSD", a.copySteps(), a.copyOf(HistoryView.Series.JSD), ChartPalette::text, 2.4, false),
                    new SeriesChart.Series("B: JSD  (" + vm.bLabelProperty().get() + ")", b.copySteps(), b.copyOf(HistoryView.Series.JSD),
                            p -> ChartPalette.OKABE_PURPLE, 2.4, false)));
            wanted = compare;
        } else {
            history.setHistory(f.histories().get(0));
            wanted = history;
        }
        if (historySlot.getChildren().size() != 1 || historySlot.getChildren().get(0) != wanted) {
            historySlot.getChildren().setAll(wanted);
        }
    }

    private void updateReadouts(Metrics m) {
        double start = vm.gapAtStartProperty().get();
        gapLabel.setText(Readout.number(vm.gapProperty().get())
                + (Double.isFinite(vm.gapProperty().get()) && Double.isFinite(start)
                ? "   (from " + Readout.number(start) + ")" : ""));
        valueErrorLabel.setText(Readout.number(vm.valueErrorProperty().get()));
        valueLabel.setText(Readout.number(m.valueGrid()) + "   vs   " + Readout.number(m.theoryValue()));
    }

    private void applyPalette(ChartPalette p) {
        for (ChartBase c : List.of(history, compare, theoremChart)) {
            c.setPalette(p);
        }
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
        dialogs.open(window(), "Open experiment", "GAN Classroom experiment", "json").ifPresent(path ->
                vm.open(path).ifPresent(error -> showError("Could not open the experiment", error)));
        refresh();
    }

    @FXML
    private void onSave() {
        dialogs.save(window(), "Save experiment", "GAN Classroom experiment", "json", suggested("json"))
                .ifPresent(path -> vm.save(path).whenComplete((p, err) -> Platform.runLater(() -> {
                    if (err != null) {
                        showError("Could not save the experiment", message(err));
                    } else {
                        statusLabel.textProperty().unbind();
                        statusLabel.setText("saved " + p.getFileName());
                        statusLabel.textProperty().bind(vm.statusProperty());
                    }
                })));
    }

    @FXML
    private void onExportPng() {
        dialogs.save(window(), "Export plot", "PNG image", "png", suggested("png")).ifPresent(path -> {
            try {
                javafx.scene.image.WritableImage img = plotsBox.snapshot(null, null);
                PngExport.write(PngExport.toBufferedImage(img), path);
            } catch (IOException | RuntimeException e) {
                showError("Could not export the PNG", message(e));
            }
        });
    }

    @FXML
    private void onExportCsv() {
        dialogs.save(window(), "Export metrics", "CSV", "csv", suggested("csv")).ifPresent(path -> {
            try {
                vm.exportCsv(path);
            } catch (IOException | RuntimeException e) {
                showError("Could not export the CSV", message(e));
            }
        });
    }

    private String suggested(String ext) {
        String base = vm.sourceProperty().get().replaceAll("\\.json$", "").replaceAll("[^A-Za-z0-9_-]", "-");
        return "lab-" + base + "." + ext;
    }

    private static String message(Throwable t) {
        Throwable c = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Mini Lab");
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setId("lab-error-dialog");
        alert.getDialogPane().setMinWidth(520);
        Window w = window();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.show();
    }

    // ------------------------------------------------------------------ page

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
            vm.play(); // the first visit starts on a running GAN; later visits keep the user's pause
        }
    }

    @Override
    public void onHide() {
        plotA.stop();
        vm.pause();
    }

    // for tests and screenshots
    HistoryChart historyChart() {
        return history;
    }

    SeriesChart compareChart() {
        return compare;
    }

    SeriesChart theoremChart() {
        return theoremChart;
    }

    Node plots() {
        return plotsBox;
    }

    ChartBase plotChart(Side side) {
        return (side == Side.A ? plotA : plotB).chart();
    }

    ToggleButton chipButton(Side side, Chip chip) {
        return chipButtons.get(side).get(chip);
    }
}
