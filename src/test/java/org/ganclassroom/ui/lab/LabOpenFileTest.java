package org.ganclassroom.ui.lab;

import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ganclassroom.sim.config.Chip;
import org.ganclassroom.sim.config.ExperimentJson;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.run.HistoryView;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.lab.LabViewModel.Side;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.settings.SettingsStore;
import org.ganclassroom.ui.shell.PageRegistry;
import org.ganclassroom.ui.shell.ShellWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Save…, then Open… in the Mini Lab as a user does it: the preset box shows the preset the file names (or says the
 * run was modified from it), the history chart shows the saved run's history, and a file without a history says
 * why the chart starts late.
 */
@ExtendWith(ApplicationExtension.class)
class LabOpenFileTest {
    @TempDir
    static Path configDir;
    @TempDir
    Path dir;
    private ShellWindow shell;
    private LabViewModel vm;
    private final Deque<Path> paths = new ArrayDeque<>();

    private final FileDialogs dialogs = new FileDialogs() {
        @Override
        public Optional<Path> open(Window owner, String title, String description, String extension) {
            return Optional.ofNullable(paths.poll());
        }

        @Override
        public Optional<Path> save(Window owner, String title, String description, String extension,
                                   String suggestedName) {
            return Optional.ofNullable(paths.poll());
        }
    };

    @Start
    void start(Stage stage) throws Exception {
        vm = new LabViewModel(ExperimentPresets.COURSE_DEFAULT, ChipCards.standard(), LiveRun.Runners.MANUAL);
        PageRegistry pages = PageRegistry.standard()
                .register(AppView.LAB, ctx -> LabPages.view(vm, dialogs, ctx.theme()));
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "lab", "--theme", "light"),
                new SettingsStore(configDir, System.err), pages);
    }

    @AfterEach
    void close() {
        vm.close();
    }

    private LabView page() {
        return (LabView) shell.view().shownPage();
    }

    private Frame frame() {
        return vm.runner().latest();
    }

    /** What the preset box shows: the text of its button cell. */
    private String presetShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> box = robot.lookup("#lab-preset").queryAs(ComboBox.class);
        java.util.concurrent.atomic.AtomicReference<String> text = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> text.set(((ListCell<?>) ((ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode())
                .getText()));
        return text.get();
    }

    /** Pauses, starts over and trains {@code steps} steps as the Step button would, many at a time. */
    private void trainFromStart(FxRobot robot, int frames) {
        robot.interact(vm::pause);
        robot.clickOn("#lab-restart");
        robot.interact(() -> {
            vm.play();
            vm.runner().runFrames(frames);
            vm.pause();
            vm.runner().runFrames(1);
            page().refresh();
        });
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        robot.interact(() -> {
            page().refresh();
            org.ganclassroom.ui.practice.Screenshots.ofScene(shell.stage().getScene(), name);
        });
    }

    @Test
    void openShowsThePresetTheFileNamesAndItsHistory(FxRobot robot) throws Exception {
        trainFromStart(robot, 40);
        HistoryView saved = frame().histories().get(0);
        long step = frame().snapshot().metrics().step();
        assertTrue(saved.size() > 20, "a history to save: " + saved.size());
        Path file = dir.resolve("saved.json");
        paths.add(file);
        robot.clickOn("#lab-save");
        assertTrue(Files.exists(file));

        @SuppressWarnings("unchecked")
        ComboBox<String> box = robot.lookup("#lab-preset").queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select("mixture2"));
        assertEquals("mixture2", presetShown(robot));
        assertEquals(1, frame().histories().get(0).size(), "another run, from step 0");

        paths.add(file);
        robot.clickOn("#lab-open");
        robot.interact(() -> page().refresh());
        assertEquals("settled", presetShown(robot), "the preset the file names");
        HistoryView opened = frame().histories().get(0);
        assertEquals(step, frame().snapshot().metrics().step());
        assertArrayEquals(saved.copySteps(), opened.copySteps(), "the saved history is back");
        assertArrayEquals(saved.copyOf(HistoryView.Series.JSD), opened.copyOf(HistoryView.Series.JSD), 1e-12);
        assertFalse(robot.lookup("#lab-history-note").query().isVisible(), "nothing to explain");
        shoot(robot, "lab-opened-settled");

        // the same preset with a chip switched on is no longer that preset: the box says so
        robot.clickOn("#chip-a-labelsmoothing");
        Path modified = dir.resolve("smoothed.json");
        paths.add(modified);
        robot.clickOn("#lab-save");
        paths.add(modified);
        robot.clickOn("#lab-open");
        assertEquals("settled (modified) · smoothed.json", presetShown(robot));
        assertTrue(vm.chipOn(Side.A, Chip.LABEL_SMOOTHING).get());
        // and choosing the preset again in the box starts that preset
        robot.interact(() -> box.getSelectionModel().select("settled"));
        assertEquals("settled", presetShown(robot));
        assertFalse(vm.chipOn(Side.A, Chip.LABEL_SMOOTHING).get());
    }

    @Test
    void aFileWithoutHistorySaysWhyTheChartStartsLate(FxRobot robot) throws Exception {
        trainFromStart(robot, 20);
        long step = frame().snapshot().metrics().step();
        Path file = dir.resolve("old.json");
        paths.add(file);
        robot.clickOn("#lab-save");
        // a file as this app wrote them before: no "history", no "preset"
        ObjectNode tree = (ObjectNode) ExperimentJson.parseFile(file);
        tree.remove("history");
        tree.remove("preset");
        Files.writeString(file, tree.toPrettyString());

        paths.add(file);
        robot.clickOn("#lab-open");
        robot.interact(() -> page().refresh());
        assertEquals("settled", presetShown(robot), "the config is exactly the settled preset's");
        assertEquals(1, frame().histories().get(0).size(), "only the opened step");
        Label note = robot.lookup("#lab-history-note").queryAs(Label.class);
        assertTrue(note.isVisible(), "the empty history is explained");
        assertEquals("This file keeps the weights at step " + step + " but not the history before them,"
                + " so the chart starts there.", note.getText());
        shoot(robot, "lab-opened-without-history");
        robot.clickOn("#lab-restart");
        assertFalse(note.isVisible(), "a run from step 0 has nothing to explain");
        assertTrue(Arrays.stream(vm.runner().latest().histories().get(0).copySteps()).allMatch(s -> s == 0));
    }
}
