package org.ganclassroom.ui.progress;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * "Reset progress" with a confirmation dialog. Pages put {@link #button()} where it makes sense; the shell or a
 * menu can call {@link #run(Node)}. The confirmation is injectable so tests need no dialog.
 */
public final class ResetProgressAction {
    public static final String QUESTION = "Reset all progress?";
    public static final String DETAILS = "This forgets which lessons you visited and completed, your quiz scores "
            + "and your speed-round best. It cannot be undone.";

    private final ProgressStore store;
    private final Predicate<Node> confirm;

    /** @param confirm asked before resetting, with the node the request came from; true = go ahead */
    public ResetProgressAction(ProgressStore store, Predicate<Node> confirm) {
        this.store = Objects.requireNonNull(store, "store");
        this.confirm = Objects.requireNonNull(confirm, "confirm");
    }

    /** Asks with a standard confirmation dialog. */
    public ResetProgressAction(ProgressStore store) {
        this(store, ResetProgressAction::askWithDialog);
    }

    /** Asks for confirmation, then resets; returns whether it reset. Call on the FX thread. */
    public boolean run(Node source) {
        if (!confirm.test(source)) {
            return false;
        }
        store.reset();
        return true;
    }

    /** A small flat button "Reset progress" (with tooltip) that runs this action. */
    public Button button() {
        Button b = new Button("Reset progress", new FontIcon(MaterialDesignR.RESTORE));
        b.getStyleClass().addAll("flat", "small", "reset-progress");
        b.setTooltip(new Tooltip("Forget lesson progress and all best scores (asks first)"));
        b.setOnAction(e -> run(b));
        return b;
    }

    private static boolean askWithDialog(Node source) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, DETAILS,
                new ButtonType("Reset progress", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        alert.setTitle("Reset progress");
        alert.setHeaderText(QUESTION);
        Window owner = source == null || source.getScene() == null ? null : source.getScene().getWindow();
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert.showAndWait().map(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }
}
