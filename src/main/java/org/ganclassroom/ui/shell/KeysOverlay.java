package org.ganclassroom.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganclassroom.ui.common.KeyHint;
import org.ganclassroom.ui.common.Page;

import java.util.List;

/**
 * The keys overlay: {@code ?} (or F1) lists the shown page's keys ({@link Page#keys()}) and the window's, over the
 * content area; {@code ?}, Esc or its Close button hides it, and the focus goes back where it was. A {@code ?} typed
 * into a text field is text, not a request for help.
 */
public final class KeysOverlay {
    /** The window's keys, the same on every page. */
    static final List<KeyHint> WINDOW_KEYS = List.of(
            new KeyHint("Tab / Shift+Tab", "move the focus to the next / previous control"),
            new KeyHint("Space", "press the focused button, tick the focused box"),
            new KeyHint("← →  ↑ ↓", "move the focused slider or list"),
            new KeyHint("Ctrl+1 … Ctrl+6", "switch views"),
            new KeyHint("Ctrl+Plus / Ctrl+Minus / Ctrl+0", "larger / smaller / normal text"),
            new KeyHint("F5", "presenter mode on or off"),
            new KeyHint("? or F1", "this list; Esc closes it"));

    private final MainView view;
    private final StackPane layer = new StackPane();
    private final VBox card = new VBox(10);
    private Node returnFocus;

    private KeysOverlay(MainView view) {
        this.view = view;
        layer.setId("keys-overlay");
        layer.getStyleClass().add("keys-overlay");
        card.setId("keys-overlay-card");
        card.getStyleClass().add("keys-overlay-card");
        card.setMaxSize(620, javafx.scene.layout.Region.USE_PREF_SIZE);
        layer.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        layer.setOnMouseClicked(e -> {
            if (e.getTarget() == layer) {
                hide();
            }
        });
    }

    public static KeysOverlay install(Scene scene, MainView view, MainViewModel viewModel) {
        KeysOverlay overlay = new KeysOverlay(view);
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                overlay.toggle();
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                overlay.toggle();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && overlay.isShowing()) {
                overlay.hide();
                e.consume();
            }
        });
        viewModel.selectedViewProperty().addListener((o, a, b) -> overlay.hide());
        return overlay;
    }

    public boolean isShowing() {
        return layer.getParent() != null;
    }

    public void toggle() {
        if (isShowing()) {
            hide();
        } else {
            show();
        }
    }

    public void show() {
        Page page = view.shownPage();
        if (page == null || isShowing()) {
            return;
        }
        returnFocus = page.getView().getScene() == null ? null : page.getView().getScene().getFocusOwner();
        Label title = new Label("Keys: " + page.name());
        title.getStyleClass().add("title-3");
        Button close = new Button("Close");
        close.setId("keys-overlay-close");
        close.setOnAction(e -> hide());
        // one grid for both lists, so their columns line up
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        if (!page.keys().isEmpty()) {
            rows(grid, "keys-page", "In this view", page.keys());
        }
        rows(grid, "keys-window", "Everywhere", WINDOW_KEYS);
        card.getChildren().setAll(title, grid, close);
        view.contentArea().getChildren().add(layer);
        close.requestFocus();
    }

    public void hide() {
        if (!isShowing()) {
            return;
        }
        view.contentArea().getChildren().remove(layer);
        if (returnFocus != null && returnFocus.getScene() != null) {
            returnFocus.requestFocus();
        }
        returnFocus = null;
    }

    private static void rows(GridPane grid, String id, String heading, List<KeyHint> keys) {
        Label h = new Label(heading);
        h.setId(id);
        h.getStyleClass().add("keys-overlay-heading");
        grid.add(h, 0, grid.getRowCount(), 2, 1);
        for (KeyHint hint : keys) {
            Label k = new Label(hint.keys());
            k.getStyleClass().add("keys-overlay-key");
            k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            k.setUserData(id);
            Label a = new Label(hint.action());
            a.setWrapText(true);
            a.setUserData(id);
            grid.addRow(grid.getRowCount(), k, a);
        }
    }

    /** The texts of one list on show ("keys-page" or "keys-window"), key and action in turn, for tests. */
    List<String> lines(String id) {
        return card.lookupAll(".label").stream().filter(n -> id.equals(n.getUserData()))
                .map(n -> ((Label) n).getText()).toList();
    }
}
