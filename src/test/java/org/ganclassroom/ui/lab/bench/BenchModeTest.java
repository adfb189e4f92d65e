package org.ganclassroom.ui.lab.bench;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.lab.FileDialogs;
import org.ganclassroom.ui.lab.LabController;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.settings.SettingsStore;
import org.ganclassroom.ui.shell.PageRegistry;
import org.ganclassroom.ui.shell.ShellWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Mini Lab's "Reproduce the table" mode driven by the mouse. The trials run on the FX thread when Start is
 * pressed (a current-thread worker), so the test waits on nothing but the FX queue.
 */
@ExtendWith(ApplicationExtension.class)
class BenchModeTest {
    @TempDir
    static Path configDir;
    private ShellWindow shell;
    private LabController lab;

    @Start
    void start(Stage stage) throws Exception {
        FileDialogs none = new FileDialogs() {
            @Override
            public Optional<Path> open(javafx.stage.Window owner, String title, String description, String ext) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(javafx.stage.Window owner, String title, String description, String ext,
                                       String suggestedName) {
                return Optional.empty();
            }
        };
        lab = new LabController(none, LiveRun.Runners.MANUAL, BenchWorker.CURRENT_THREAD);
        PageRegistry pages = PageRegistry.standard().register(AppView.LAB, lab::createPage);
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "lab", "--theme", "light"),
                new SettingsStore(configDir.resolve("s" + System.nanoTime()), System.err), pages);
    }

    /** In the scene, and neither it nor any parent hidden. */
    private static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Text typed into the trials box that is not a number keeps the count (JavaFX's own converter threw). */
    @Test
    void typingNonsenseIntoTheTrialsBoxKeepsTheCountAndALargeNumberIsClamped(FxRobot robot) {
        robot.clickOn("#lab-bench");
        Spinner<Integer> trials = robot.lookup("#bench-trials").query();
        robot.interact(() -> trials.getValueFactory().setValue(3));
        Node start = robot.lookup("#bench-start").query();
        // typed, then focus moves on (JavaFX commits the text when the box loses focus)
        robot.clickOn(trials.getEditor()).eraseText(trials.getEditor().getText().length()).write("f10");
        robot.interact(start::requestFocus);
        assertEquals(3, trials.getValue());
        assertEquals("3", trials.getEditor().getText(), "the box shows the count it kept");
        robot.clickOn(trials.getEditor()).eraseText(trials.getEditor().getText().length()).write("25");
        robot.interact(start::requestFocus);
        assertEquals(10, trials.getValue(), "more than 10 trials is clamped to 10");
        assertEquals("10", trials.getEditor().getText());
    }

    @Test
    void theTableFillsWithOurRowsBesideThePapersAndEachTrialGetsItsSmallMultiple(FxRobot robot) {
        robot.clickOn("#lab-bench");
        // the chips sit beside the live plots, which leave the scene for the table
        assertFalse(robot.lookup("#lab-chips-a").tryQuery().map(n -> shown((javafx.scene.Node) n)).orElse(false),
                "the chip rows give way to the benchmark");
        assertTrue(robot.lookup("#lab-play").query().isDisabled(), "the live run cannot be played meanwhile");

        ComboBox<Long> steps = robot.lookup("#bench-steps").queryComboBox();
        Spinner<Integer> trials = robot.lookup("#bench-trials").query();
        robot.interact(() -> {
            steps.getSelectionModel().select(Long.valueOf(200));
            trials.getValueFactory().setValue(1);
        });
        robot.clickOn("#bench-start");
        WaitForAsyncUtils.waitForFxEvents();

        Label progress = robot.lookup("#bench-progress-text").query();
        assertEquals("Done: 4 of 4 trials", progress.getText());
        TableView<List<String>> table = robot.lookup("#bench-table").queryTableView();
        assertEquals(9, table.getItems().size(), "four methods of ours, five rows of the papers");
        assertEquals(List.of("ours: gan", "ours: pacgan4", "ours: unrolled", "ours: cured"),
                table.getItems().subList(0, 4).stream().map(r -> r.get(0)).toList());
        assertEquals("200 / –", table.getItems().get(0).get(1));
        assertEquals(4, robot.lookup(".bench-thumbnail").queryAll().size(), "one small multiple per trial");
        assertTrue(robot.lookup(".bench-caption").queryAll().stream()
                        .allMatch(n -> ((Label) n).getText().matches("seed 1 · \\d/8 · \\d+ %")),
                "each caption names its seed, modes captured and high-quality share");
        assertTrue(robot.lookup("#bench-cancel").query().isDisabled(), "nothing to cancel once done");
        for (org.ganclassroom.ui.Theme theme : org.ganclassroom.ui.Theme.values()) {
            robot.interact(() -> shell.viewModel().setTheme(theme));
            if (theme == org.ganclassroom.ui.Theme.DARK) {
                robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#bench-page").query()).setVvalue(1));
            }
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> org.ganclassroom.ui.practice.Screenshots.ofScene(shell.stage().getScene(),
                    "lab-bench-" + theme.name().toLowerCase()));
        }

        robot.clickOn("#lab-bench");
        assertTrue(shown(robot.lookup("#lab-chips-a").query()), "back to the live lab");
        assertFalse(robot.lookup("#lab-play").query().isDisabled());
        Node plot = robot.lookup("#lab-plot-a").query();
        assertTrue(shown(plot), "the live plots are back");
        ToggleButton toggle = robot.lookup("#lab-bench").query();
        assertFalse(toggle.isSelected());
    }
}
