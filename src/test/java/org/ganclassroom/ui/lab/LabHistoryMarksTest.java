package org.ganclassroom.ui.lab;

import javafx.stage.Stage;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.sim.run.Frame;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.charts.HistoryMarks;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.practice.PracticeStage;
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

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Mini Lab's history chart marks where a chip was switched on and off; a restart forgets the marks. */
@ExtendWith(ApplicationExtension.class)
class LabHistoryMarksTest {
    @TempDir
    static Path configDir;
    private ShellWindow shell;
    private LabViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vm = new LabViewModel(ExperimentPresets.DEFAULT, ChipCards.standard(), LiveRun.Runners.MANUAL);
        PageRegistry pages = PageRegistry.standard()
                .register(AppView.LAB, ctx -> LabPages.view(vm, FileDialogs.system(), ctx.theme()));
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

    private void runUntil(FxRobot robot, Predicate<Frame> condition) {
        robot.interact(() -> {
            for (int i = 0; !condition.test(vm.runner().latest()); i++) {
                if (i == 3000) {
                    throw new AssertionError("never happened (step " + vm.runner().latest().snapshot().metrics().step()
                            + ")");
                }
                vm.runner().runFrames(1);
                page().refresh();
            }
        });
    }

    /** Clicks Play (or Pause) if the run is not already as wanted. */
    private void playing(FxRobot robot, boolean on) {
        if (vm.playingProperty().get() != on) {
            robot.clickOn("#lab-play");
        }
    }

    private long step() {
        return vm.runner().latest().snapshot().metrics().step();
    }

    @Test
    void aChipSwitchedOnAndOffIsMarkedWhereItHappened(FxRobot robot) throws Exception {
        playing(robot, true);
        runUntil(robot, f -> f.snapshot().metrics().step() > 100);
        playing(robot, false);
        runUntil(robot, f -> !f.playing());
        long on = step();
        robot.clickOn("#chip-a-r1");
        playing(robot, true);
        runUntil(robot, f -> f.snapshot().metrics().step() > on + 100);
        playing(robot, false);
        runUntil(robot, f -> !f.playing());
        long off = step();
        robot.clickOn("#chip-a-r1");
        playing(robot, true);
        runUntil(robot, f -> f.snapshot().metrics().step() > off + 100);
        playing(robot, false);
        runUntil(robot, f -> !f.playing());
        assertEquals(List.of(new HistoryMarks.Mark(on, "+ R1 penalty"), new HistoryMarks.Mark(off, "− R1 penalty")),
                page().historyChart().marks());
        PracticeStage.shot(robot, stage, "lab-history-marks");

        robot.clickOn("#lab-restart");
        runUntil(robot, f -> f.snapshot().metrics().step() == 0);
        robot.interact(() -> page().refresh());
        assertEquals(List.of(), page().historyChart().marks(), "a restart forgets the switches");
    }
}
