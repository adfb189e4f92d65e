package org.ganclassroom.ui.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganclassroom.ui.AppArguments;
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

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A combo box's pop-up in the dark theme is dark to its edge: no shadow margin a plain X display paints white. */
@ExtendWith(ApplicationExtension.class)
class ComboPopupTest {
    @TempDir
    static Path configDir;

    @Start
    void start(Stage stage) throws Exception {
        ShellWindow.open(stage, AppArguments.parse("--open", "lab", "--theme", "dark"),
                new SettingsStore(configDir.resolve("s"), System.err), PageRegistry.standard());
    }

    @Test
    void theDarkPopupHasNoShadowMarginAndADarkEdge(FxRobot robot) {
        ComboBox<?> presets = robot.lookup("#lab-preset").queryAs(ComboBox.class);
        robot.clickOn(presets);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = null;
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() != null) {
                Node found = w.getScene().getRoot().lookup(".combo-box-popup > .list-view");
                if (found == null) {
                    found = w.getScene().getRoot().lookup(".list-view");
                }
                if (found instanceof ListView<?> lv && w != presets.getScene().getWindow()) {
                    list = lv;
                }
            }
        }
        assertNotNull(list, "the pop-up is open");
        assertNull(list.getEffect(), "no drop shadow: its transparent margin shows as a white frame without a compositor");
        ListView<?> shown = list;
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(shown.snapshot(null, null)));
        PixelReader px = shot.get().getPixelReader();
        Bounds b = shown.getLayoutBounds();
        Color edge = px.getColor(2, (int) (b.getHeight() / 2));
        assertTrue(edge.getBrightness() < 0.5, "the pop-up's edge is dark in the dark theme: " + edge);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }
}
