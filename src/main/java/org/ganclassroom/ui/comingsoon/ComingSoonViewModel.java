package org.ganclassroom.ui.comingsoon;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ganclassroom.ui.AppView;
import org.kordamp.ikonli.Ikon;

import java.util.Objects;

/** Text of the placeholder page shown for a view that is not built yet (or failed to load). */
public final class ComingSoonViewModel {
    private final AppView view;
    private final ReadOnlyStringWrapper title;
    private final ReadOnlyStringWrapper description;
    private final ReadOnlyStringWrapper badge;
    private final ReadOnlyObjectWrapper<Ikon> icon;

    public ComingSoonViewModel(AppView view) {
        this(view, view.description(), "Coming soon");
    }

    public ComingSoonViewModel(AppView view, String description, String badge) {
        this.view = Objects.requireNonNull(view, "view");
        this.title = new ReadOnlyStringWrapper(this, "title", view.displayName());
        this.description = new ReadOnlyStringWrapper(this, "description", description);
        this.badge = new ReadOnlyStringWrapper(this, "badge", badge);
        this.icon = new ReadOnlyObjectWrapper<>(this, "icon", view.icon());
    }

    /** Placeholder for a view whose page threw while being created. */
    public static ComingSoonViewModel failed(AppView view, Throwable error) {
        String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new ComingSoonViewModel(view, "This view could not be opened: " + why, "Failed to load");
    }

    public AppView view() {
        return view;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Ikon> iconProperty() {
        return icon.getReadOnlyProperty();
    }
}
