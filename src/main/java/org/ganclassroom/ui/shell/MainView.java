package org.ganclassroom.ui.shell;

import javafx.beans.value.ObservableDoubleValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.FxmlLoading;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.common.PageContext;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Thin controller of {@code Main.fxml}: header, sidebar and content area, all driven by {@link MainViewModel}. */
public final class MainView {
    private final MainViewModel viewModel;
    private final PageRegistry pages;
    private final Optional<Path> lessonsDir;
    private final ObservableDoubleValue textScale;
    private final Map<AppView, Page> createdPages = new EnumMap<>(AppView.class);
    private final Map<AppView, ToggleButton> navButtons = new EnumMap<>(AppView.class);
    private Page shownPage;

    @FXML
    private BorderPane root;
    @FXML
    private Label productName;
    @FXML
    private Label viewTitle;
    @FXML
    private Button themeToggle;
    @FXML
    private FontIcon themeIcon;
    @FXML
    private VBox sidebar;
    @FXML
    private VBox navItems;
    @FXML
    private Label shortcutHint;
    @FXML
    private StackPane content;
    @FXML
    private HBox noticeBar;
    @FXML
    private VBox noticeLines;

    /** @param textScale the app's text zoom (1 = normal), handed to each page it creates */
    public MainView(MainViewModel viewModel, PageRegistry pages, Optional<Path> lessonsDir,
                    ObservableDoubleValue textScale) {
        this.viewModel = viewModel;
        this.pages = pages;
        this.lessonsDir = lessonsDir;
        this.textScale = Objects.requireNonNull(textScale, "textScale");
    }

    public static MainView create(MainViewModel viewModel, PageRegistry pages, Optional<Path> lessonsDir,
                                  ObservableDoubleValue textScale) {
        return FxmlLoading.load(MainView.class, "Main.fxml", new MainView(viewModel, pages, lessonsDir, textScale));
    }

    public Parent getRoot() {
        return root;
    }

    @FXML
    private void initialize() {
        productName.setText(viewModel.productName());
        themeIcon.iconCodeProperty().bind(viewModel.themeToggleIconProperty());
        Tooltip themeTip = tooltip("");
        themeTip.textProperty().bind(viewModel.themeToggleTooltipProperty());
        themeToggle.setTooltip(themeTip);
        themeToggle.accessibleTextProperty().bind(viewModel.themeToggleTooltipProperty());
        shortcutHint.setText("Ctrl+1 … Ctrl+" + viewModel.views().size() + " switch views · ? lists the keys");

        for (AppView view : viewModel.views()) {
            navItems.getChildren().add(navButton(view));
        }
        // presenter mode (F5): no sidebar, the content gets the whole width
        sidebar.visibleProperty().bind(viewModel.presenterModeProperty().not());
        sidebar.managedProperty().bind(sidebar.visibleProperty());
        viewModel.selectedViewProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.getSelectedView());
    }

    private ToggleButton navButton(AppView view) {
        ToggleButton button = new ToggleButton(view.displayName(), new FontIcon(view.icon()));
        button.setId("nav-" + view.id());
        button.getStyleClass().add("nav-item");
        button.setContentDisplay(ContentDisplay.LEFT);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setTooltip(tooltip(viewModel.navTooltip(view)));
        button.setAccessibleText(view.displayName());
        button.setFocusTraversable(true);
        // the view model decides what is selected; clicking the current entry must not un-select it
        button.setOnAction(e -> {
            viewModel.select(view);
            syncNavButtons();
        });
        navButtons.put(view, button);
        return button;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(400));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        return tip;
    }

    private void syncNavButtons() {
        navButtons.forEach((view, button) -> button.setSelected(view == viewModel.getSelectedView()));
    }

    private void show(AppView view) {
        Page page = createdPages.computeIfAbsent(view, v -> pages.create(
                new PageContext(v, lessonsDir, viewModel::select, viewModel.themeProperty(), textScale)));
        if (page == shownPage) {
            syncNavButtons();
            return;
        }
        if (shownPage != null) {
            shownPage.onHide();
        }
        shownPage = page;
        content.getChildren().setAll(page.getView());
        viewTitle.setText(view.displayName());
        syncNavButtons();
        page.onShow();
        focusShownPage();
    }

    /**
     * Gives the shown page the keyboard focus. Also called once the window is open: the first page is shown before
     * the content has a scene, when a request for the focus is dropped and the window's first button would get it.
     */
    void focusShownPage() {
        Page page = shownPage;
        // the page's keys (Timeline →, Quiz 1–4) work at once, and Enter never lands on the header's theme toggle;
        // asked after onShow, which may change what the page shows, and never of a node that cannot take it.
        // A node inside a ScrollPane joins the scene only when the pane's skin is made: made here, or the request
        // is dropped and the next pulse hands the focus to the header's first button
        content.applyCss();
        javafx.scene.Node target = page.focusTarget();
        if (target.getScene() == null || target.isDisabled() || !target.isVisible()) {
            target = page.getView();
        }
        target.requestFocus();
    }

    /** Shows a bar under the header with one line per notice (e.g. a damaged settings file); none hides it. */
    public void showNotices(List<String> notices) {
        noticeLines.getChildren().setAll(notices.stream().map(text -> {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("notice-text");
            return line;
        }).toList());
        noticeBar.setVisible(!notices.isEmpty());
        noticeBar.setManaged(!notices.isEmpty());
    }

    /** The notices on show (empty once dismissed). */
    public List<String> notices() {
        return noticeBar.isVisible()
                ? noticeLines.getChildren().stream().map(n -> ((Label) n).getText()).toList() : List.of();
    }

    @FXML
    private void dismissNotices() {
        showNotices(List.of());
    }

    /** The content area, where overlays go over the shown page. */
    StackPane contentArea() {
        return content;
    }

    /** The page currently in the content area. */
    public Page shownPage() {
        return shownPage;
    }

    /** Ctrl+1 … Ctrl+6 (and the keypad digits) switch views. */
    public void installAccelerators(Scene scene) {
        for (AppView view : viewModel.views()) {
            int n = view.number();
            if (n > 9) {
                break;
            }
            Runnable select = () -> viewModel.selectNumber(n);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + n), KeyCombination.CONTROL_DOWN), select);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.valueOf("NUMPAD" + n), KeyCombination.CONTROL_DOWN), select);
        }
    }

    @FXML
    private void toggleTheme() {
        viewModel.toggleTheme();
    }
}
