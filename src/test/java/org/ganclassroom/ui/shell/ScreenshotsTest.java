package org.ganclassroom.ui.shell;

import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.common.PngExport;
import org.ganclassroom.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
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
                AtomicReference<BufferedImage> shot = new AtomicReference<>();
                robot.interact(() -> {
                    WritableImage image = shell.stage().getScene().snapshot(null);
                    shot.set(PngExport.toBufferedImage(image));
                });
                Path file = OUT.resolve(view.id() + "-" + theme.id() + ".png");
                PngExport.write(shot.get(), file);

                BufferedImage back = ImageIO.read(file.toFile());
                assertEquals((int) shell.stage().getScene().getWidth(), back.getWidth());
                assertTrue(back.getWidth() >= 900 && back.getHeight() >= 600, back.getWidth() + "x" + back.getHeight());
                assertTrue(distinctColours(back) > 20, "the screenshot of " + file + " looks blank");
                assertTrue(Files.size(file) > 5_000, file + " is suspiciously small");
            }
        }
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
