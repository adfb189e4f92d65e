package org.ganclassroom.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import org.ganclassroom.ui.Theme;

/** Maps our {@link Theme} to the AtlantaFX Primer family and installs it app-wide. */
public final class ThemeStyles {
    private static final String LIGHT = new PrimerLight().getUserAgentStylesheet();
    private static final String DARK = new PrimerDark().getUserAgentStylesheet();

    private ThemeStyles() {
    }

    public static String userAgentStylesheet(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    /** Installs the theme for every window. Call on the FX thread. */
    public static void apply(Theme theme) {
        Application.setUserAgentStylesheet(userAgentStylesheet(theme));
    }

    /** Our own stylesheet on top of the theme; it only uses the theme's {@code -color-*} variables. */
    public static String appStylesheet() {
        return ThemeStyles.class.getResource("shell.css").toExternalForm();
    }
}
