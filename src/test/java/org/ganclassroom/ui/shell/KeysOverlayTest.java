package org.ganclassroom.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.common.KeyHint;
import org.ganclassroom.ui.common.Page;
import org.ganclassroom.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ?} shows the keys of the view on show and the window's; Esc hides it; in a text field it is just text. */
@ExtendWith(ApplicationExtension.class)
class KeysOverlayTest {
    @TempDir
    static Path configDir;
    private ShellWindow shell;

    @Start
    void start(Stage stage) throws Exception {
        SettingsStore store = new SettingsStore(configDir.resolve("s" + System.nanoTime()), System.err);
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "timeline", "--theme", "light"), store,
                PageRegistry.standard());
    }

    private boolean overlayShown(FxRobot robot) {
        return robot.lookup("#keys-overlay").tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false);
    }

    private List<String> shownLines(FxRobot robot, String table) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> out.addAll(overlay().lines(table)));
        return out;
    }

    private KeysOverlay overlay() {
        return shell.keysOverlay();
    }

    private static List<String> flat(List<KeyHint> keys) {
        List<String> out = new ArrayList<>();
        keys.forEach(k -> {
            out.add(k.keys());
            out.add(k.action());
        });
        return out;
    }

    @Test
    void questionMarkListsTheKeysOfEveryViewAndEscHidesIt(FxRobot robot) {
        for (AppView v : AppView.values()) {
            robot.interact(() -> shell.viewModel().select(v));
            WaitForAsyncUtils.waitForFxEvents();
            Page page = shell.view().shownPage();
            assertFalse(page.keys().isEmpty(), v + " declares its keys");
            Node focused = shell.stage().getScene().getFocusOwner();
            robot.write("?");
            assertTrue(overlayShown(robot), "? opens the overlay on " + v);
            assertEquals(flat(page.keys()), shownLines(robot, "keys-page"), v.id());
            assertEquals(flat(KeysOverlay.WINDOW_KEYS), shownLines(robot, "keys-window"));
            assertTrue(robot.lookup("#keys-overlay-close").query().isFocused(), "Close has the focus");
            robot.type(KeyCode.ESCAPE);
            assertFalse(overlayShown(robot), "Esc closes it on " + v);
            assertEquals(focused, shell.stage().getScene().getFocusOwner(), "the focus is back where it was");
        }
    }

    @Test
    void f1OpensItSpaceOnCloseClosesItAndAViewChangeHidesIt(FxRobot robot) throws Exception {
        robot.interact(() -> shell.viewModel().select(AppView.SIMULATOR));
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F1);
        assertTrue(overlayShown(robot));
        for (org.ganclassroom.ui.Theme theme : org.ganclassroom.ui.Theme.values()) {
            robot.interact(() -> shell.viewModel().setTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> org.ganclassroom.ui.practice.Screenshots.ofScene(shell.stage().getScene(),
                    "keys-overlay-" + theme.name().toLowerCase(java.util.Locale.ROOT)));
        }
        assertTrue(robot.lookup("#keys-overlay-close").query().isFocused());
        robot.type(KeyCode.SPACE);
        assertFalse(overlayShown(robot), "Space on the focused Close button");
        robot.write("?");
        assertTrue(overlayShown(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.valueOf("DIGIT" + AppView.QUIZ.number())).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(overlayShown(robot), "switching views hides it");
    }

    @Test
    void aQuestionMarkTypedInATextFieldIsText(FxRobot robot) {
        robot.interact(() -> shell.viewModel().select(AppView.SIMULATOR));
        WaitForAsyncUtils.waitForFxEvents();
        TextField seed = robot.lookup("#sim-seed").queryAs(TextField.class);
        robot.interact(seed::requestFocus);
        robot.interact(seed::end);
        robot.write("?");
        assertFalse(overlayShown(robot));
        assertTrue(seed.getText().endsWith("?"), seed.getText());
    }
}
