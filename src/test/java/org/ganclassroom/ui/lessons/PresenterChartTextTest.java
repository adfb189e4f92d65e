package org.ganclassroom.ui.lessons;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.charts.ChartBase;
import org.ganclassroom.ui.live.LiveRun;
import org.ganclassroom.ui.practice.PracticeStage;
import org.ganclassroom.ui.settings.SettingsStore;
import org.ganclassroom.ui.shell.PageRegistry;
import org.ganclassroom.ui.shell.PresenterMode;
import org.ganclassroom.ui.shell.ShellWindow;
import org.ganclassroom.ui.simulator.SimulatorView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presenter mode and Ctrl +/− scale what is drawn, not only the text: the charts' ticks and legends (drawn on
 * canvases, out of CSS's reach) and the inline formulas grow with the text.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterChartTextTest {
    @TempDir
    static Path configDir;
    private ShellWindow shell;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        PageRegistry pages = PageRegistry.standard()
                .register(AppView.LESSONS, LessonsPage.factory(new InMemoryCourseSource(SampleCourse.course()),
                        new InMemoryLessonProgress()))
                .register(AppView.SIMULATOR, ctx -> SimulatorView.create(ctx, LiveRun.Runners.MANUAL,
                        org.ganclassroom.ui.live.StartRun.defaults()));
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "lessons", "--theme", "light"),
                new SettingsStore(configDir, System.err), pages);
    }

    @AfterEach
    void normal(FxRobot robot) {
        robot.interact(() -> {
            shell.viewModel().setPresenterMode(false);
            shell.zoom().reset();
        });
    }

    private static double tickSize(FxRobot robot) {
        List<ChartBase> charts = robot.lookup(".gan-chart").queryAllAs(ChartBase.class).stream()
                .filter(Node::isVisible).toList();
        assertFalse(charts.isEmpty(), "a chart is on show");
        double size = charts.get(0).small().getSize();
        for (ChartBase c : charts) {
            assertEquals(size, c.small().getSize(), 1e-9, "every chart's labels are the same size");
        }
        return size;
    }

    @Test
    void presenterModeAndCtrlPlusEnlargeInlineFormulasAndChartText(FxRobot robot) throws Exception {
        Node formula = robot.lookup(".md-math").queryAll().stream().filter(n -> !n.getStyleClass()
                .contains("md-math-display")).findFirst().orElseThrow();
        double before = formula.getBoundsInLocal().getHeight();
        robot.clickOn("#lesson-title");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        double presenting = formula.getBoundsInLocal().getHeight();
        assertTrue(presenting >= before * (PresenterMode.TEXT_BOOST - 0.1), "an inline formula follows the presenter"
                + " zoom: " + before + " → " + presenting);

        robot.interact(() -> shell.viewModel().select(AppView.SIMULATOR));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12 * PresenterMode.TEXT_BOOST, tickSize(robot), 0.05, "chart text follows the presenter zoom");
        PracticeStage.shot(robot, stage, "presenter-simulator-chart-text");
        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12 * PresenterMode.TEXT_BOOST * 1.1, tickSize(robot), 0.1, "and Ctrl + on top of it");
        robot.type(KeyCode.F5);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, tickSize(robot), 1e-9, "back to normal");
    }

    @Test
    void theMiniLabsChartsFollowCtrlPlusToo(FxRobot robot) {
        robot.interact(() -> shell.viewModel().select(AppView.LAB));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, tickSize(robot), 1e-9, "normal size");
        robot.interact(() -> shell.zoom().zoomIn());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12 * 1.1, tickSize(robot), 0.1, "the plots' and the history's labels grow with the text");
    }
}
