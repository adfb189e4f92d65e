package org.ganclassroom.ui.simulator;

import javafx.scene.control.Label;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.ui.practice.PracticeStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PNG and CSV export say where the file went, and the PNG is the chart without an empty band around it. */
@ExtendWith(ApplicationExtension.class)
class ExportNoticeTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final SimPage page = new SimPage();

    /** The distance in pixels from each edge (left, top, right, bottom) to the first non-background pixel. */
    private static int[] border(BufferedImage img) {
        int bg = img.getRGB(0, 0);
        int x0 = img.getWidth();
        int y0 = img.getHeight();
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) != bg) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return new int[]{x0, y0, img.getWidth() - 1 - x1, img.getHeight() - 1 - y1};
    }

    @Test
    void savingAPngOrCsvSaysWhereAndThePngHasNoEmptyBand(FxRobot robot) throws Exception {
        for (String preset : new String[]{"ring8", "mixture2"}) {
            page.show(robot, ExperimentPresets.get(preset), 1280, 760);
            File png = dir.resolve(preset + ".png").toFile();
            robot.interact(() -> page.view.setSaveDialog((title, name, kind, pattern) -> png));
            Label notice = robot.lookup("#sim-saved").queryAs(Label.class);
            assertTrue(!notice.isVisible(), "nothing said before anything is saved");
            robot.clickOn("#sim-export-png");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(notice.isVisible(), "a notice confirms the export");
            assertEquals("Saved " + preset + ".png in " + dir.toAbsolutePath(), notice.getText());
            BufferedImage img = ImageIO.read(png);
            int[] b = border(img);
            for (int side : b) {
                assertTrue(side <= 9, preset + ": an empty band of " + side + " px at an edge of the "
                        + img.getWidth() + "×" + img.getHeight() + " PNG (left, top, right, bottom: "
                        + java.util.Arrays.toString(b) + ")");
            }
            PracticeStage.shot(robot, page.stage(), "sim-saved-" + preset);
            page.close(robot);
        }
        File csv = dir.resolve("h.csv").toFile();
        page.show(robot, ExperimentPresets.get("mixture2"), 1024, 768);
        robot.interact(() -> page.view.setSaveDialog((title, name, kind, pattern) -> csv));
        robot.clickOn("#sim-export-csv");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(csv.toPath()) > 0);
        assertEquals("Saved h.csv in " + dir.toAbsolutePath(), SimPage.text(robot, "#sim-saved"));
    }
}
