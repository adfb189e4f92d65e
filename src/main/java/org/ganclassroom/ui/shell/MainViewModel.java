package org.ganclassroom.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.List;
import java.util.Objects;

/** State and commands of the main window: which view is shown and which theme is on. No nodes, no screen. */
public final class MainViewModel {
    public static final String PRODUCT_NAME = "GAN Classroom";

    private final ReadOnlyObjectWrapper<AppView> selectedView;
    private final ReadOnlyObjectWrapper<Theme> theme;
    private final ReadOnlyBooleanWrapper presenterMode = new ReadOnlyBooleanWrapper(this, "presenterMode", false);
    private final StringBinding themeToggleTooltip;
    private final ObjectBinding<Ikon> themeToggleIcon;

    public MainViewModel(AppView initialView, Theme initialTheme) {
        selectedView = new ReadOnlyObjectWrapper<>(this, "selectedView", Objects.requireNonNull(initialView));
        theme = new ReadOnlyObjectWrapper<>(this, "theme", Objects.requireNonNull(initialTheme));
        themeToggleTooltip = Bindings.createStringBinding(
                () -> theme.get() == Theme.LIGHT ? "Switch to the dark theme" : "Switch to the light theme", theme);
        // the icon shows what you get by clicking
        themeToggleIcon = Bindings.createObjectBinding(
                () -> theme.get() == Theme.LIGHT ? MaterialDesignW.WEATHER_NIGHT : MaterialDesignW.WHITE_BALANCE_SUNNY, theme);
    }

    public String productName() {
        return PRODUCT_NAME;
    }

    public List<AppView> views() {
        return List.of(AppView.values());
    }

    public ReadOnlyObjectProperty<AppView> selectedViewProperty() {
        return selectedView.getReadOnlyProperty();
    }

    public AppView getSelectedView() {
        return selectedView.get();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public Theme getTheme() {
        return theme.get();
    }

    public StringBinding themeToggleTooltipProperty() {
        return themeToggleTooltip;
    }

    public ObjectBinding<Ikon> themeToggleIconProperty() {
        return themeToggleIcon;
    }

    public void select(AppView view) {
        selectedView.set(Objects.requireNonNull(view, "view"));
    }

    /** Ctrl+{@code number}: selects the view at that 1-based sidebar position; false if there is none. */
    public boolean selectNumber(int number) {
        return AppView.fromNumber(number).map(v -> {
            select(v);
            return true;
        }).orElse(false);
    }

    /** Presenter mode (F5): full screen, larger type, no sidebar; the page steps section by section. */
    public ReadOnlyBooleanProperty presenterModeProperty() {
        return presenterMode.getReadOnlyProperty();
    }

    public boolean isPresenterMode() {
        return presenterMode.get();
    }

    public void setPresenterMode(boolean on) {
        presenterMode.set(on);
    }

    public void togglePresenterMode() {
        presenterMode.set(!presenterMode.get());
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    public void setTheme(Theme newTheme) {
        theme.set(Objects.requireNonNull(newTheme, "theme"));
    }

    /** Label of the keyboard shortcut of a view, e.g. "Ctrl+5". */
    public static String shortcutText(AppView view) {
        return "Ctrl+" + view.number();
    }

    /** Tooltip of a sidebar entry: name, shortcut and what the view is for. */
    public String navTooltip(AppView view) {
        return view.displayName() + " (" + shortcutText(view) + ")\n" + view.description();
    }
}
