package org.ganclassroom.ui.shell;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.settings.AppSettings;
import org.ganclassroom.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real main window, headless: start view, sidebar clicks, Ctrl+number, theme toggle, remembered state. */
@ExtendWith(ApplicationExtension.class)
class ShellWindowTest {
    @TempDir
    static Path configDir;

    private ShellWindow shell;

    @Start
    void start(Stage stage) throws Exception {
        SettingsStore store = new SettingsStore(configDir.resolve("start"), System.err);
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "quiz", "--theme", "light"), store,
                PageRegistry.standard());
    }

    /** The page shown in the content area. */
    private static Node shownPage(FxRobot robot) {
        StackPane content = robot.lookup("#content").queryAs(StackPane.class);
        assertEquals(1, content.getChildren().size(), "exactly one page in the content area");
        return content.getChildren().get(0);
    }

    private static void assertShows(FxRobot robot, AppView view) {
        Node page = shownPage(robot);
        assertEquals("page-" + view.id(), page.getId());
        // pages with their own heading show the view's name there too (the simulator's plot has none)
        robot.from(page).lookup("#page-title").tryQueryAs(Label.class)
                .ifPresent(title -> assertEquals(view.displayName(), title.getText()));
        assertEquals(view.displayName(), robot.lookup("#view-title").queryAs(Label.class).getText());
        for (AppView v : AppView.values()) {
            assertEquals(v == view, robot.lookup("#nav-" + v.id()).queryAs(ToggleButton.class).isSelected(),
                    "sidebar selection of " + v.id() + " while showing " + view.id());
        }
    }

    @Test
    void windowHasTitleSizeAndStartsOnTheOpenedView(FxRobot robot) {
        assertEquals("GAN Classroom", shell.stage().getTitle());
        assertEquals(1000, shell.stage().getMinWidth());
        assertEquals(680, shell.stage().getMinHeight());
        assertEquals("GAN Classroom", robot.lookup("#product-name").queryAs(Label.class).getText());
        assertShows(robot, AppView.QUIZ);
    }

    @Test
    void everySidebarControlHasATooltip(FxRobot robot) {
        for (AppView v : AppView.values()) {
            ToggleButton b = robot.lookup("#nav-" + v.id()).queryAs(ToggleButton.class);
            assertNotNull(b.getTooltip(), v.id());
            assertTrue(b.getTooltip().getText().contains(MainViewModel.shortcutText(v)), b.getTooltip().getText());
        }
        assertEquals("Switch to the dark theme",
                robot.lookup("#theme-toggle").queryButton().getTooltip().getText());
    }

    @Test
    void clickingEachSidebarEntryShowsItsView(FxRobot robot) {
        for (AppView v : AppView.values()) {
            robot.clickOn("#nav-" + v.id());
            WaitForAsyncUtils.waitForFxEvents();
            assertShows(robot, v);
        }
        // clicking the entry that is already shown keeps it shown and selected
        robot.clickOn("#nav-simulator");
        WaitForAsyncUtils.waitForFxEvents();
        assertShows(robot, AppView.SIMULATOR);
    }

    @Test
    void pagesAreCreatedOnceAndKept(FxRobot robot) {
        Node quiz = shownPage(robot);
        robot.clickOn("#nav-lab");
        robot.clickOn("#nav-quiz");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(quiz, shownPage(robot));
    }

    @Test
    void ctrlNumberSwitchesViews(FxRobot robot) {
        robot.clickOn("#content"); // give the window keyboard focus
        for (AppView v : new AppView[]{AppView.LAB, AppView.LESSONS, AppView.SIMULATOR, AppView.TRUE_FALSE,
                AppView.TIMELINE, AppView.QUIZ}) {
            robot.press(KeyCode.CONTROL).type(KeyCode.valueOf("DIGIT" + v.number())).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertShows(robot, v);
        }
    }

    @Test
    void themeToggleSwitchesTheStylesheet(FxRobot robot) {
        assertEquals(ThemeStyles.userAgentStylesheet(Theme.LIGHT), Application.getUserAgentStylesheet());
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK, shell.viewModel().getTheme());
        assertEquals(ThemeStyles.userAgentStylesheet(Theme.DARK), Application.getUserAgentStylesheet());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());
        assertEquals("Switch to the light theme",
                robot.lookup("#theme-toggle").queryButton().getTooltip().getText());
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ThemeStyles.userAgentStylesheet(Theme.LIGHT), Application.getUserAgentStylesheet());
    }

    @Test
    void viewAndThemeAreRememberedAndRestored(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        SettingsStore store = new SettingsStore(configDir.resolve("remember"), System.err);
        ShellWindow first = shell;
        robot.interact(() -> assertTrue(new ShellWindowSaver(first, store).save()));
        AppSettings saved = store.load();
        assertEquals("timeline", saved.lastView());
        assertEquals("dark", saved.theme());
        assertEquals(first.stage().getWidth(), saved.width());

        // a second window from the remembered state: same view and theme; --open wins over the remembered view
        robot.interact(() -> {
            Stage other = new Stage();
            ShellWindow restored = ShellWindow.open(other, AppArguments.none(), store, PageRegistry.standard());
            assertEquals(AppView.TIMELINE, restored.viewModel().getSelectedView());
            assertEquals(Theme.DARK, restored.viewModel().getTheme());
            other.close();
            Stage third = new Stage();
            try {
                ShellWindow opened = ShellWindow.open(third, AppArguments.parse("--open", "lab"), store,
                        PageRegistry.standard());
                assertEquals(AppView.LAB, opened.viewModel().getSelectedView());
                assertEquals("page-lab", ((Parent) opened.view().shownPage().getView()).getId());
            } catch (AppArguments.InvalidArgumentsException e) {
                throw new AssertionError(e);
            }
            third.close();
        });
    }

    /** Saves a window's state into another store (the window's own store is the one it was opened with). */
    private record ShellWindowSaver(ShellWindow window, SettingsStore store) {
        boolean save() {
            return store.trySave(window.currentSettings());
        }
    }
}
