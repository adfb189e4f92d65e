package org.ganclassroom.ui.simulator;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.ganclassroom.sim.config.ExperimentPresets;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.live.StartRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The preset box says what is running: the preset, the preset with chips, or the preset changed. */
@ExtendWith(ApplicationExtension.class)
class PresetSummaryTest {
    @RegisterExtension
    final SimPage page = new SimPage();

    /** A page started as the app starts it with these command-line arguments. */
    private void show(FxRobot robot, String... args) throws Exception {
        StartRun start = AppArguments.parse(args).startRun();
        page.show(robot, () -> new SimulatorViewModel(LiveRun.Runners.MANUAL,
                start.withChips(ExperimentPresets.get(start.preset())), start.preset()), 1280, 800);
    }

    /** The text the shut box shows, as a user reads it. */
    private static String shown(FxRobot robot, String id) {
        ComboBox<?> box = robot.lookup(id).queryAs(ComboBox.class);
        // the shut box's own cell, not one of its list's
        ListCell<?> cell = robot.from(box).lookup(".list-cell").match((ListCell<?> c) -> c.getParent() == box)
                .queryAs(ListCell.class);
        return cell.getText();
    }

    @Test
    void chipsFromTheCommandLineShowThePresetWithChips(FxRobot robot) throws Exception {
        show(robot, "--preset", "ring8", "--chip", "r1");
        assertEquals("ring8 + chips", shown(robot, "#sim-quick-preset"));
        assertEquals("ring8 + chips", page.vm().presetSummaryProperty().get());
    }

    @Test
    void aChangedSettingSaysModifiedAndChoosingThePresetAgainLoadsIt(FxRobot robot) throws Exception {
        show(robot, "--preset", "ring8");
        assertEquals("ring8", shown(robot, "#sim-quick-preset"));
        robot.interact(() -> {
            page.vm().form().lrGProperty().set("0.0003");
            page.vm().applyLive();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ring8 (modified)", shown(robot, "#sim-quick-preset"));
        robot.clickOn("#sim-quick-preset");
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().startsWith("ring8 — ")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ring8", shown(robot, "#sim-quick-preset"));
        assertEquals(ExperimentPresets.get("ring8").training(), page.vm().appliedConfig().training(),
                "choosing the preset again loads it afresh");
    }

    @Test
    void anotherSeedKeepsThePresetsName(FxRobot robot) throws Exception {
        show(robot, "--preset", "ring8");
        robot.interact(() -> page.vm().randomiseSeed());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ring8", shown(robot, "#sim-quick-preset"));
    }
}
