package org.ganclassroom.ui.lab.bench;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ganclassroom.sim.bench.BenchSuite;
import org.ganclassroom.sim.bench.BenchTable;
import org.ganclassroom.sim.bench.TrialResult;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.charts.ChartPalette;
import org.ganclassroom.ui.common.FxmlLoading;
import org.ganclassroom.ui.common.WholeNumberSpinners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The Mini Lab's "Reproduce the table" mode: the suite's controls, the table and each trial's small multiple. */
public final class BenchView {
    private static final Map<String, String> SUITE_NAMES = Map.of(
            "ring", "Ring of 8 — every method", "grid", "Grid of 25 — every method",
            "papers", "Ring and grid — every method");

    private final BenchViewModel vm;
    private final ObservableValue<Theme> theme;
    private final Map<BenchSuite.Row, FlowPane> rowsOfMultiples = new LinkedHashMap<>();
    private ChartPalette palette = ChartPalette.light();

    @FXML
    private ScrollPane root;
    @FXML
    private ComboBox<String> suiteBox;
    @FXML
    private Spinner<Integer> trialsSpinner;
    @FXML
    private ComboBox<Long> stepsBox;
    @FXML
    private Button startButton;
    @FXML
    private Button cancelButton;
    @FXML
    private Button copyButton;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label progressLabel;
    @FXML
    private TableView<List<String>> table;
    @FXML
    private VBox multiples;

    private BenchView(BenchViewModel vm, ObservableValue<Theme> theme) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    public static BenchView create(BenchViewModel vm, ObservableValue<Theme> theme) {
        return FxmlLoading.load(BenchView.class, "Bench.fxml", new BenchView(vm, theme));
    }

    @FXML
    private void initialize() {
        suiteBox.getItems().setAll(BenchViewModel.SUITES);
        suiteBox.setConverter(converter(s -> SUITE_NAMES.getOrDefault(s, s)));
        suiteBox.valueProperty().bindBidirectional(vm.suiteProperty());
        trialsSpinner.setValueFactory(WholeNumberSpinners.factory(1, 10, vm.trialsProperty().get()));
        WholeNumberSpinners.showValueAfterCommit(trialsSpinner);
        trialsSpinner.valueProperty().addListener((o, a, b) -> vm.trialsProperty().set(b));
        stepsBox.getItems().setAll(BenchViewModel.STEPS);
        stepsBox.setConverter(converter(s -> s == BenchViewModel.AS_IN_THE_DOCS
                ? "as in the docs (ring " + spaced(BenchSuite.RING_STEPS) + ", grid " + spaced(BenchSuite.GRID_STEPS) + ")"
                : spaced(s) + (s < 500 ? " (a quick look)" : "")));
        stepsBox.setValue(vm.stepsProperty().get());
        stepsBox.valueProperty().addListener((o, a, b) -> vm.stepsProperty().set(b));

        var running = vm.stateProperty().isEqualTo(BenchViewModel.State.RUNNING);
        startButton.disableProperty().bind(running);
        cancelButton.disableProperty().bind(running.not());
        suiteBox.disableProperty().bind(running);
        trialsSpinner.disableProperty().bind(running);
        stepsBox.disableProperty().bind(running);
        progressBar.progressProperty().bind(vm.progressProperty());
        progressLabel.textProperty().bind(vm.progressTextProperty());

        table.getColumns().setAll(List.of(column("Method", 0, 200), column("Steps", 1, 90),
                column("Trials", 2, 55),
                group("Ring of 8", column("Modes", 3, 75), column("HQ %", 4, 75), column("Reverse KL", 5, 130)),
                group("Grid of 25", column("Modes", 6, 75), column("HQ %", 7, 75), column("Reverse KL", 8, 130))));
        // every row in view: ours (up to two data sets' methods) and the papers' five
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(table.getItems()).multiply(26).add(84));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(List<String> item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("paper"),
                        item != null && !item.get(0).startsWith("ours: "));
            }
        });
        vm.tableProperty().addListener((o, a, t) -> table.getItems().setAll(t.cells()));
        table.getItems().setAll(vm.tableProperty().get().cells());

        vm.finished().addListener((ListChangeListener<TrialResult>) c -> {
            while (c.next()) {
                if (c.wasRemoved() && vm.finished().isEmpty()) {
                    clearMultiples();
                }
                c.getAddedSubList().forEach(this::addMultiple);
            }
        });
        vm.finished().forEach(this::addMultiple);
        ChartPalette.follow(theme, this::applyPalette);
    }

    /** A column showing cell {@code index} of {@link BenchTable#cells()}'s rows. */
    private static TableColumn<List<String>, String> column(String title, int index, double width) {
        TableColumn<List<String>, String> column = new TableColumn<>(title);
        column.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().get(index)));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        return column;
    }

    @SafeVarargs
    private static TableColumn<List<String>, String> group(String title,
                                                           TableColumn<List<String>, String>... children) {
        TableColumn<List<String>, String> column = new TableColumn<>(title);
        column.getColumns().setAll(children);
        column.setReorderable(false);
        return column;
    }

    private void clearMultiples() {
        rowsOfMultiples.clear();
        multiples.getChildren().clear();
    }

    private void addMultiple(TrialResult r) {
        FlowPane row = rowsOfMultiples.get(r.row());
        if (row == null) {
            row = new FlowPane(6, 6);
            Label title = new Label(r.row().method() + "\non " + r.row().data());
            title.getStyleClass().add("lab-muted");
            title.setMinWidth(130);
            javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(10, title, row);
            javafx.scene.layout.HBox.setHgrow(row, javafx.scene.layout.Priority.ALWAYS);
            row.getProperties().put("line", line);
            rowsOfMultiples.put(r.row(), row);
            // rows in the suite's order, whatever order their first trials finish in
            List<BenchSuite.Row> order = vm.runningSuite().rows();
            multiples.getChildren().setAll(rowsOfMultiples.entrySet().stream()
                    .sorted(java.util.Comparator.comparingInt(e -> order.indexOf(e.getKey())))
                    .map(e -> (Node) e.getValue().getProperties().get("line")).toList());
        }
        TrialThumbnail thumb = new TrialThumbnail(r);
        thumb.setPalette(palette);
        Label caption = new Label(String.format(Locale.ROOT, "seed %d · %d/%d · %.0f %%", r.seed(),
                r.score().modesCaptured(), r.score().modeCount(), 100 * r.score().highQualityShare()));
        caption.getStyleClass().add("bench-caption");
        VBox cell = new VBox(2, thumb, caption);
        cell.getStyleClass().add("bench-cell");
        cell.setUserData(r.trial());
        // trials finish out of order; keep each row in trial order
        int at = 0;
        while (at < row.getChildren().size() && (int) row.getChildren().get(at).getUserData() < r.trial()) {
            at++;
        }
        row.getChildren().add(at, cell);
    }

    private void applyPalette(ChartPalette p) {
        palette = p;
        for (FlowPane row : rowsOfMultiples.values()) {
            for (Node cell : row.getChildren()) {
                ((TrialThumbnail) ((VBox) cell).getChildren().get(0)).setPalette(p);
            }
        }
    }

    @FXML
    private void onStart() {
        vm.start();
    }

    @FXML
    private void onCancel() {
        vm.cancel();
    }

    @FXML
    private void onCopy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.tableProperty().get().markdown());
        Clipboard.getSystemClipboard().setContent(content);
    }

    public ScrollPane root() {
        return root;
    }

    public BenchViewModel viewModel() {
        return vm;
    }

    /** 16000 as "16 000". */
    static String spaced(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
