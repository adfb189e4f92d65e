package org.ganclassroom.ui.practice;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.common.PngExport;
import org.ganclassroom.ui.shell.ThemeStyles;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shows one practice page on a stage the size of the app's content area, and takes PNGs of it. */
public final class PracticeStage {
    public static final Path SHOTS = Path.of("target", "screenshots");

    private PracticeStage() {
    }

    public static void show(Stage stage, Parent page) {
        ThemeStyles.apply(Theme.LIGHT);
        Scene scene = new Scene(page, 1068, 764);
        scene.getStylesheets().add(ThemeStyles.appStylesheet());
        stage.setScene(scene);
        stage.show();
        page.requestFocus();
    }

    /** {@link #shot} in the dark theme ({@code name}-dark.png), then back to light. */
    public static Path darkShot(FxRobot robot, Stage stage, String name) throws Exception {
        robot.interact(() -> ThemeStyles.apply(Theme.DARK));
        try {
            return shot(robot, stage, name + "-dark");
        } finally {
            robot.interact(() -> ThemeStyles.apply(Theme.LIGHT));
        }
    }

    /** Writes target/screenshots/{@code name}.png of the stage's scene and checks it is not blank. */
    public static Path shot(FxRobot robot, Stage stage, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        robot.interact(() -> {
            WritableImage image = stage.getScene().snapshot(null);
            img.set(PngExport.toBufferedImage(image));
        });
        Path file = SHOTS.resolve(name + ".png");
        PngExport.write(img.get(), file);
        BufferedImage back = ImageIO.read(file.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < back.getHeight(); y += 5) {
            for (int x = 0; x < back.getWidth(); x += 5) {
                colours.add(back.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, file + " looks blank");
        assertTrue(Files.size(file) > 5_000, file + " is suspiciously small");
        return file;
    }
}
