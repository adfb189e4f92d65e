package org.ganclassroom.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the shell hands to a page factory.
 *
 * @param view       the view the page is created for
 * @param lessonsDir the folder given by {@code --lessons}, if any
 * @param navigator  switches the main window to another view
 * @param theme      the current theme (pages that draw their own colours can listen to it)
 * @param textScale  the app's text zoom (1 = normal), for what a page draws itself: chart text on canvases,
 *                   which CSS font sizes do not reach
 */
public record PageContext(AppView view, Optional<Path> lessonsDir, Navigator navigator,
                          ReadOnlyObjectProperty<Theme> theme, ObservableDoubleValue textScale) {
    public PageContext {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(lessonsDir, "lessonsDir");
        Objects.requireNonNull(navigator, "navigator");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(textScale, "textScale");
    }
}
