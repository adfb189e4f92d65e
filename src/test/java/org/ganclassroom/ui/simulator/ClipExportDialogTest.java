package org.ganclassroom.ui.simulator;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressBar;
import org.ganclassroom.clip.ClipPalette;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.ui.live.ClipExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Clip…" in the Simulator, as a user drives it: the dialog's defaults, a wrong field, an export, a cancel. */
@ExtendWith(ApplicationExtension.class)
class ClipExportDialogTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final SimPage page = new SimPage();

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            if (page.view != null && page.view.clipButton().lastDialog() != null) {
                page.view.clipButton().lastDialog().stage().close();
            }
        });
    }

    /** A Simulator at step 40, its save dialog answering {@code file}. */
    private void simulatorAtStep40(FxRobot robot, Path file) {
        page.show(robot, ExperimentPresets.get("mixture2"), 1024, 720);
        robot.interact(() -> {
            page.view.setSaveDialog((title, name, kind, pattern) -> file == null ? null : file.toFile());
            page.vm().play();
        });
        page.until(robot, () -> page.vm().frame().snapshot().metrics().step() >= 40);
        robot.interact(() -> page.vm().pause());
        page.until(robot, () -> !page.vm().playingProperty().get());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private static void type(FxRobot robot, String id, String value) {
        robot.doubleClickOn(id);
        robot.interact(() -> robot.lookup(id).queryTextInputControl().setText(""));
        robot.clickOn(id).write(value);
    }

    @Test
    void theDialogOffersTheRunSoFarSaysWhatIsWrongAndWritesTheClip(FxRobot robot) throws Exception {
        Path gif = dir.resolve("lecture.gif");
        simulatorAtStep40(robot, gif);
        long step = page.vm().frame().snapshot().metrics().step();
        robot.interact(() -> page.view.clipButton().setWorker(ClipExport.Worker.CURRENT_THREAD, Runnable::run));
        robot.clickOn("#sim-export-clip");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0", robot.lookup("#clip-from").queryTextInputControl().getText());
        assertEquals(Long.toString(step), robot.lookup("#clip-to").queryTextInputControl().getText(),
                "the clip ends where the run is");
        assertEquals("1", robot.lookup("#clip-every").queryTextInputControl().getText());
        assertEquals("Export… asks where to save the GIF, then makes it in the background.", text(robot, "#clip-status"));
        assertFalse(robot.lookup("#clip-progress").query().isVisible(), "no progress before an export");
        assertEquals((step + 1) + " frames, " + String.format(java.util.Locale.ROOT, "%.1f", (step + 1) / 10.0)
                + " s at 10 frames a second", text(robot, "#clip-summary"));

        type(robot, "#clip-every", "0");
        assertEquals("Every 0 steps: must be at least 1.", text(robot, "#clip-problem"));
        assertTrue(robot.lookup("#clip-export").queryButton().isDisabled(), "no export while a field is wrong");
        type(robot, "#clip-from", "ten");
        assertEquals("From step: \"ten\" is not a whole number of steps.", text(robot, "#clip-problem"));

        type(robot, "#clip-from", "10");
        type(robot, "#clip-to", "40");
        type(robot, "#clip-every", "10");
        assertEquals("4 frames, 0.4 s at 10 frames a second", text(robot, "#clip-summary"));
        robot.interact(() -> {
            robot.lookup("#clip-size").<ComboBox<String>>query().setValue("960 × 600");
            robot.lookup("#clip-fps").<ComboBox<Integer>>query().setValue(20);
        });
        robot.clickOn("#clip-theme").clickOn("Dark");
        assertEquals("4 frames, 0.2 s at 20 frames a second", text(robot, "#clip-summary"));
        Button export = robot.lookup("#clip-export").queryButton();
        boolean[] exportOffWhileAsking = {false};
        robot.interact(() -> page.view.setSaveDialog((title, name, kind, pattern) -> {
            exportOffWhileAsking[0] = export.isDisabled();
            assertEquals("gan-clip-steps-10-40.gif", name, "the suggested name says what the clip shows");
            return gif.toFile();
        }));
        robot.clickOn("#clip-export");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(exportOffWhileAsking[0], "no second file question while the first is open");
        assertEquals("Saved lecture.gif in " + dir.toAbsolutePath() + " (4 frames)", text(robot, "#clip-status"));
        assertEquals(1.0, robot.lookup("#clip-progress").queryAs(ProgressBar.class).getProgress());
        List<BufferedImage> frames = frames(gif);
        assertEquals(4, frames.size(), "steps 10, 20, 30, 40");
        assertEquals(960, frames.get(0).getWidth());
        assertEquals(600, frames.get(0).getHeight());
        assertEquals(ClipPalette.dark().background().getRGB(), frames.get(3).getRGB(3, 3), "the dark theme chosen");
        org.ganclassroom.ui.practice.PracticeStage.shot(robot, page.view.clipButton().lastDialog().stage(), "clip-done");
        robot.clickOn("#clip-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(page.view.clipButton().lastDialog().stage().isShowing());
    }

    @Test
    void cancelStopsTheExportAndLeavesNoFile(FxRobot robot) throws Exception {
        Path gif = dir.resolve("never.gif");
        simulatorAtStep40(robot, gif);
        // the export's third progress report waits until the test has pressed Cancel
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger reports = new AtomicInteger();
        robot.interact(() -> page.view.clipButton().setWorker(ClipExport.Worker.THREADED, r -> {
            Platform.runLater(r);
            if (reports.incrementAndGet() == 3) {
                reached.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        robot.clickOn("#sim-export-clip");
        robot.clickOn("#clip-export");
        assertTrue(reached.await(60, TimeUnit.SECONDS), "the export reported progress");
        WaitForAsyncUtils.waitForFxEvents();
        Button close = robot.lookup("#clip-close").queryButton();
        assertEquals("Cancel", close.getText());
        assertTrue(text(robot, "#clip-status").matches("Step \\d+ of 40 · frame \\d+ of 41"), text(robot, "#clip-status"));
        assertTrue(robot.lookup("#clip-export").queryButton().isDisabled(), "one export at a time");
        org.ganclassroom.ui.practice.PracticeStage.shot(robot, page.view.clipButton().lastDialog().stage(), "clip-running");
        robot.clickOn("#clip-close");
        release.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "Cancelled; nothing was written.".equals(
                robot.lookup("#clip-status").queryLabeled().getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Close", close.getText());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no clip and no partial file");
        }
    }

    @Test
    void aPlaceThatCannotBeWrittenIsNamed(FxRobot robot) throws Exception {
        Path notAFolder = dir.resolve("notes.txt");
        Files.writeString(notAFolder, "x");
        Path gif = notAFolder.resolve("clip.gif");
        simulatorAtStep40(robot, gif);
        robot.interact(() -> page.view.clipButton().setWorker(ClipExport.Worker.CURRENT_THREAD, Runnable::run));
        robot.clickOn("#sim-export-clip");
        robot.clickOn("#clip-export");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#clip-status").startsWith("Could not write " + gif.toAbsolutePath()),
                text(robot, "#clip-status"));
        assertEquals("x", Files.readString(notAFolder));
    }

    private static List<BufferedImage> frames(Path gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new File(gif.toString()))) {
            reader.setInput(in);
            int n = reader.getNumImages(true);
            List<BufferedImage> out = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(reader.read(i));
            }
            return out;
        } finally {
            reader.dispose();
        }
    }
}
