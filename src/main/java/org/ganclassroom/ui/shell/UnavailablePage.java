package org.ganclassroom.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.Page;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The card shown in place of a view that cannot be opened: its page factory threw, or no factory is registered.
 * It keeps the window usable and says why.
 */
final class UnavailablePage implements Page {
    private final AppView view;
    private final StackPane root;

    private UnavailablePage(AppView view, String description, String badge) {
        this.view = view;
        FontIcon icon = new FontIcon(view.icon());
        icon.getStyleClass().add("unavailable-icon");
        StackPane circle = new StackPane(icon);
        circle.getStyleClass().add("unavailable-icon-circle");
        circle.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label title = label("page-title", view.displayName(), "title-2");
        Label text = label("page-description", description, "unavailable-text");
        text.setWrapText(true);
        text.setTextAlignment(TextAlignment.CENTER);
        Label tag = label("page-badge", badge, "unavailable-badge");
        VBox.setMargin(tag, new Insets(6, 0, 0, 0));
        VBox card = new VBox(12, circle, title, text, tag);
        card.getStyleClass().add("unavailable-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(560, Region.USE_PREF_SIZE);
        root = new StackPane(card);
        root.getStyleClass().add("unavailable");
        root.setId("page-" + view.id());
    }

    /** For a view whose page factory threw (the error itself goes to stderr). */
    static UnavailablePage failed(AppView view, Throwable error) {
        String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new UnavailablePage(view, "This view could not be opened: " + why, "Failed to load");
    }

    /** For a view that has no page factory in the registry. */
    static UnavailablePage notRegistered(AppView view) {
        return new UnavailablePage(view, view.description(), "Not available");
    }

    private static Label label(String id, String text, String styleClass) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }

    @Override
    public String name() {
        return view.displayName();
    }

    @Override
    public Ikon icon() {
        return view.icon();
    }

    @Override
    public Parent getView() {
        return root;
    }
}
