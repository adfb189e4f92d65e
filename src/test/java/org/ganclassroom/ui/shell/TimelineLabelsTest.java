package org.ganclassroom.ui.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every milestone title of the shipped timeline shows in full, at 1024×768 and at 1280×820 (no scrolling there). */
@ExtendWith(ApplicationExtension.class)
class TimelineLabelsTest {
    @TempDir
    static Path configDir;
    private ShellWindow shell;

    @Start
    void start(Stage stage) throws Exception {
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "timeline", "--theme", "light"),
                new SettingsStore(configDir.resolve("s"), System.err), PageRegistry.standard());
    }

    @Test
    void milestoneTitlesAreNeitherCutNorOutsideTheView(FxRobot robot) {
        for (double[] size : new double[][]{{1280, 820}, {1024, 768}}) {
            robot.interact(() -> {
                shell.stage().setWidth(size[0]);
                shell.stage().setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            ScrollPane scroll = (ScrollPane) robot.lookup(".timeline-axis").query().getParent().getParent().getParent();
            List<String> cut = new ArrayList<>();
            List<Label> titles = new ArrayList<>(robot.lookup(".timeline-node-title").queryAllAs(Label.class));
            assertTrue(titles.size() >= 10, "the shipped timeline has its milestones");
            for (Label title : titles) {
                Text text = (Text) title.lookup(".text");
                String shown = text == null ? "" : text.getText().replaceAll("\\s+", " ").trim();
                Bounds b = title.localToScene(title.getBoundsInLocal());
                Bounds view = scroll.localToScene(scroll.getBoundsInLocal());
                if (!shown.equals(title.getText())) {
                    cut.add(title.getText() + " shown as '" + shown + "'");
                } else if (b.getMinY() < view.getMinY() || b.getMaxY() > view.getMaxY()) {
                    cut.add(title.getText() + " sticks out of the view vertically");
                }
                // a timeline longer than the window scrolls sideways; what must never happen is a title cut to '…'
            }
            assertEquals(List.of(), cut, "at " + size[0] + "×" + size[1]);
        }
    }
}
