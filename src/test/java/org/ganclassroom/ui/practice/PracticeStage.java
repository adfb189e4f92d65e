package org.ganclassroom.ui.practice;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.shell.ThemeStyles;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

/** Shows one practice page on a stage the size of the app's content area, and takes PNGs of it. */
public final class PracticeStage {
    public static final Path SHOTS = Screenshots.DIR;

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
    public static Path darkShot(FxRobot robot, Stage stage, String name) {
        robot.interact(() -> ThemeStyles.apply(Theme.DARK));
        try {
            return shot(robot, stage, name + "-dark");
        } finally {
            robot.interact(() -> ThemeStyles.apply(Theme.LIGHT));
        }
    }

    /** {@link Screenshots#ofScene} of the stage's scene, from the test thread; returns where the PNG goes. */
    public static Path shot(FxRobot robot, Stage stage, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.ofScene(stage.getScene(), name));
        return Screenshots.DIR.resolve(name + ".png");
    }
}
