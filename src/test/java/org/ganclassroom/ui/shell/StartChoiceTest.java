package org.ganclassroom.ui.shell;

import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.settings.AppSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Command line beats remembered settings, which beat defaults. */
class StartChoiceTest {
    private static final AppSettings REMEMBERED = new AppSettings(10.0, 20.0, 1300, 900, false, "quiz", "dark");

    @Test
    void openOverridesTheRememberedView() throws Exception {
        assertEquals(AppView.LAB, ShellWindow.startView(AppArguments.parse("--open", "lab"), REMEMBERED));
        assertEquals(AppView.QUIZ, ShellWindow.startView(AppArguments.none(), REMEMBERED));
        assertEquals(AppView.LESSONS, ShellWindow.startView(AppArguments.none(), AppSettings.defaults()));
        AppSettings stale = new AppSettings(null, null, 1280, 820, false, "no-such-view", "purple");
        assertEquals(AppView.LESSONS, ShellWindow.startView(AppArguments.none(), stale));
        assertEquals(Theme.LIGHT, ShellWindow.startTheme(AppArguments.none(), stale));
    }

    @Test
    void themeOptionOverridesTheRememberedTheme() throws Exception {
        assertEquals(Theme.LIGHT, ShellWindow.startTheme(AppArguments.parse("--theme", "light"), REMEMBERED));
        assertEquals(Theme.DARK, ShellWindow.startTheme(AppArguments.none(), REMEMBERED));
        assertEquals(Theme.LIGHT, ShellWindow.startTheme(AppArguments.none(), AppSettings.defaults()));
    }
}
