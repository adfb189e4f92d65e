package org.ganclassroom.ui.timeline;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.ganclassroom.lesson.LessonBlock.TimelineEntry;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.FxmlLoading;
import org.ganclassroom.ui.common.Page;
import org.kordamp.ikonli.Ikon;

import java.util.Objects;
import java.util.function.Function;
import java.util.List;
import org.ganclassroom.ui.common.KeyHint;

/** Thin controller of {@code Timeline.fxml}: the drawn axis, the detail card and the keyboard. */
public final class TimelineView implements Page {
    private final TimelineViewModel viewModel;
    private final Function<String, Node> textRenderer;
    private TimelineAxis axis;

    @FXML
    private BorderPane root;
    @FXML
    private ScrollPane axisScroll;
    @FXML
    private VBox emptyState;
    @FXML
    private VBox card;
    @FXML
    private VBox cardHint;
    @FXML
    private VBox cardBody;
    @FXML
    private Label cardYear;
    @FXML
    private Label cardTitle;
    @FXML
    private Label cardAuthors;
    @FXML
    private VBox ideaBox;
    @FXML
    private VBox problemBox;
    @FXML
    private Button openInLab;
    @FXML
    private Button previous;
    @FXML
    private Button next;

    private TimelineView(TimelineViewModel viewModel, Function<String, Node> textRenderer) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.textRenderer = Objects.requireNonNull(textRenderer, "textRenderer");
    }

    public static TimelineView create(TimelineViewModel viewModel, Function<String, Node> textRenderer) {
        return FxmlLoading.load(TimelineView.class, "Timeline.fxml", new TimelineView(viewModel, textRenderer));
    }

    @FXML
    private void initialize() {
        axis = new TimelineAxis(i -> {
            viewModel.select(i);
            axis.requestFocus();
        });
        axis.setFocusTraversable(true);
        axis.setOnMousePressed(e -> axis.requestFocus());
        axis.setAccessibleText("Timeline of milestones; use the left and right arrow keys");
        axisScroll.setContent(axis);
        axisScroll.viewportBoundsProperty().addListener((o, a, b) -> axis.setAvailableWidth(b.getWidth()));
        axisScroll.setFocusTraversable(false);
        axisScroll.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                axis.requestFocus(); // the scroll pane takes the focus on clicks; the axis handles the keys
            }
        });
        Tooltip.install(axisScroll, new Tooltip("Click a milestone, or use ← → to step through them"));

        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        emptyState.managedProperty().bind(emptyState.visibleProperty());
        for (Node n : new Node[]{axisScroll, card}) {
            n.visibleProperty().bind(viewModel.emptyProperty().not());
            n.managedProperty().bind(n.visibleProperty());
        }
        cardBody.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        cardBody.managedProperty().bind(cardBody.visibleProperty());
        cardHint.visibleProperty().bind(viewModel.selectedProperty().isNull());
        cardHint.managedProperty().bind(cardHint.visibleProperty());
        openInLab.visibleProperty().bind(viewModel.canOpenInLabProperty());
        openInLab.managedProperty().bind(openInLab.visibleProperty());
        openInLab.setOnAction(e -> viewModel.openInLab());
        previous.setOnAction(e -> viewModel.selectPrevious());
        next.setOnAction(e -> viewModel.selectNext());

        viewModel.entries().addListener((javafx.collections.ListChangeListener<TimelineEntry>) c -> redraw());
        viewModel.selectedIndexProperty().addListener((o, a, i) -> showSelected(i.intValue()));
        redraw();

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        if (org.ganclassroom.ui.common.Keys.withModifier(e)) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.LEFT || code == KeyCode.RIGHT) {
            if (code == KeyCode.LEFT) {
                viewModel.selectPrevious();
            } else {
                viewModel.selectNext();
            }
            e.consume();
        } else if (code == KeyCode.ENTER && axis.isFocused()) {
            if (viewModel.getSelected() == null) {
                viewModel.selectNext();
            }
            e.consume();
        } else if (code == KeyCode.ESCAPE && viewModel.getSelected() != null) {
            viewModel.clearSelection();
            e.consume();
        }
    }

    private void redraw() {
        axis.setEntries(viewModel.entries());
        showSelected(viewModel.selectedIndexProperty().get());
    }

    private void showSelected(int index) {
        axis.setSelected(index);
        TimelineEntry e = viewModel.getSelected();
        if (e == null) {
            return;
        }
        cardYear.setText(Integer.toString(e.year()));
        cardTitle.setText(e.title());
        cardAuthors.setText(e.authors() == null ? "" : e.authors());
        ideaBox.getChildren().setAll(textRenderer.apply(e.idea() == null ? "" : e.idea()));
        problemBox.getChildren().setAll(textRenderer.apply(e.problem() == null ? "" : e.problem()));
        openInLab.getTooltip().setText("Open the Mini Lab with " + TimelineViewModel.labTargetText(e));
        previous.setDisable(index <= 0);
        next.setDisable(index >= viewModel.entries().size() - 1);
        scrollIntoView(index);
    }

    private void scrollIntoView(int index) {
        double content = axis.getPrefWidth();
        double viewport = axisScroll.getViewportBounds().getWidth();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        double x = axis.nodeX(index);
        double left = axisScroll.getHvalue() * (content - viewport);
        if (x - 100 < left || x + 100 > left + viewport) {
            double target = Math.max(0, Math.min(content - viewport, x - viewport / 2));
            axisScroll.setHvalue(target / (content - viewport));
        }
    }

    public TimelineViewModel viewModel() {
        return viewModel;
    }

    @Override
    public void onShow() {
        viewModel.refresh();
    }

    @Override
    public List<KeyHint> keys() {
        return List.of(
                new KeyHint("← →", "previous / next milestone"),
                new KeyHint("Enter (on the axis)", "open the first milestone"),
                new KeyHint("Esc", "close the milestone's card"));
    }

    @Override
    public String name() {
        return AppView.TIMELINE.displayName();
    }

    @Override
    public Ikon icon() {
        return AppView.TIMELINE.icon();
    }

    @Override
    public Parent getView() {
        return root;
    }
}
