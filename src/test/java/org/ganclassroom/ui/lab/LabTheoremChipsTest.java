package org.ganclassroom.ui.lab;

import org.ganclassroom.ui.practice.Screenshots;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.sim.train.Snapshot;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
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

import java.nio.file.Path;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Verify the theorem" with label smoothing on, clicked as a user would on the bundled course default: the panel
 * says which optimum it measures against, the dashed D* is that optimum, and the gap labelled "(falls towards 0)"
 * falls. Renders the panel light and dark to target/screenshots/.
 */
@ExtendWith(ApplicationExtension.class)
class LabTheoremChipsTest {
    private static final int MAX_FRAMES = 600;
    @TempDir
    static Path configDir;
    private ShellWindow shell;
    private LabViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = new LabViewModel(ExperimentPresets.COURSE_DEFAULT, ChipCards.standard(), LiveRun.Runners.MANUAL);
        PageRegistry pages = PageRegistry.standard()
                .register(AppView.LAB, ctx -> LabPages.view(vm, FileDialogsForTests.NONE,
                        ctx.theme()));
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

    private void runUntil(FxRobot robot, String what, Predicate<Frame> condition) {
        robot.interact(() -> {
            for (int i = 0; !condition.test(frame()); i++) {
                if (i == MAX_FRAMES) {
                    throw new AssertionError("never happened: " + what);
                }
                vm.runner().runFrames(1);
                page().refresh();
            }
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static double gap(FxRobot robot) {
        return Double.parseDouble(text(robot, "#lab-gap").trim().split("\\s+")[0]);
    }

    @Test
    void withLabelSmoothingThePanelNamesTheGamesOptimumAndTheGapFalls(FxRobot robot) throws Exception {
        robot.interact(() -> vm.setSpeed(20));
        if (!vm.playingProperty().get()) {
            robot.clickOn("#lab-play");
        }
        runUntil(robot, "G learns a while", f -> f.snapshot().metrics().step() > 600);
        robot.clickOn("#chip-a-labelsmoothing");
        robot.clickOn("#lab-theorem");
        long s0 = frame().snapshot().metrics().step();
        runUntil(robot, "a first frame of D alone", f -> f.snapshot().metrics().step() > s0);

        assertEquals("D* of the game played: label smoothing 0.9 → 0.9·p_data/(p_data+p_g).",
                text(robot, "#lab-optimum"));
        Snapshot s = frame().snapshot();
        for (int k = 0; k < s.dStar().length; k++) {
            double sum = s.pData()[k] + s.pG()[k];
            if (sum > 0) {
                assertEquals(0.9 * s.pData()[k] / sum, s.dStar()[k], 1e-12, "the dashed D* at cell " + k);
            }
        }
        double first = gap(robot);
        runUntil(robot, "the gap falls", f -> f.snapshot().metrics().step() > s0 + 1500
                && f.snapshot().metrics().dGap() < 0.6 * first);
        assertTrue(gap(robot) < 0.6 * first, "the readout labelled '(falls towards 0)' falls: " + first + " -> "
                + gap(robot));
        shoot(robot, "theorem-smoothing-light");
        robot.interact(() -> shell.viewModel().setTheme(Theme.DARK));
        shoot(robot, "theorem-smoothing-dark");
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            page().refresh();
            Screenshots.ofScene(shell.stage().getScene(), "lab-" + name);
        });
    }
}
