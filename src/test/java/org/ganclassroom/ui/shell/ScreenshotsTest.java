package org.ganclassroom.ui.shell;

import org.ganclassroom.ui.practice.Screenshots;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders every view (light, plus dark for all) to target/screenshots/VIEW-THEME.png, to look at. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {
    private static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    static Path configDir;
    private ShellWindow shell;

    @Start
    void start(Stage stage) {
        shell = ShellWindow.open(stage, AppArguments.none(), new SettingsStore(configDir, System.err),
                PageRegistry.standard());
    }

    @Test
    void everyViewRendersToPng(FxRobot robot) throws Exception {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> shell.viewModel().setTheme(theme));
            for (AppView view : AppView.values()) {
                robot.interact(() -> shell.viewModel().select(view));
                WaitForAsyncUtils.waitForFxEvents();
                AtomicReference<WritableImage> shot = new AtomicReference<>();
                String name = view.id() + "-" + theme.id();
                robot.interact(() -> shot.set(Screenshots.ofScene(shell.stage().getScene(), name)));
                int width = (int) shot.get().getWidth();
                int height = (int) shot.get().getHeight();
                assertEquals((int) shell.stage().getScene().getWidth(), width, name);
                assertTrue(width >= 900 && height >= 600, name + ": " + width + "x" + height);
            }
        }
    }
}
