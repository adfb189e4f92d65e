package org.ganclassroom.ui.lessons;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.charts.ChartBase;
import org.ganclassroom.ui.charts.ChartPalette;
import org.ganclassroom.ui.common.LabLauncher;
import org.ganclassroom.ui.live.LivePlot;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In the real window, a lesson's running simulator follows the theme the user switches to, both ways. */
@ExtendWith(ApplicationExtension.class)
class LiveEmbedThemeTest {
    @TempDir
    static Path configDir;

    private ShellWindow shell;

    @Start
    void start(Stage stage) throws Exception {
        LabLauncher noLab = (preset, chip) -> { };
        PageRegistry pages = PageRegistry.standard().register(AppView.LESSONS, LessonsPage.factory(
                ctx -> new InMemoryCourseSource(SampleCourse.course()), new InMemoryLessonProgress(),
                ctx -> new LiveSimulatorEmbed(noLab, ctx.theme(), LiveRun.Runners.MANUAL)));
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "lessons", "--theme", "light"),
                new SettingsStore(configDir, System.err), pages);
    }

    @Test
    void aRunningEmbedTakesTheNewPaletteOnEveryChart(FxRobot robot) {
        Node run = robot.lookup("#lesson-sim-run").query();
        robot.interact(() -> ((LessonsView) shell.view().shownPage()).scrollToNode(run));
        robot.clickOn(run);
        WaitForAsyncUtils.waitForFxEvents();
        LivePlot plot = robot.lookup("#lesson-sim-panel").queryAs(LivePlot.class);
        assertTrue(plot.run().playingProperty().get(), "the embed is running");
        assertPalette(plot, ChartPalette.light());

        robot.interact(() -> shell.viewModel().setTheme(Theme.DARK));
        assertPalette(plot, ChartPalette.dark());
        assertTrue(plot.run().playingProperty().get(), "switching the theme does not stop the run");

        robot.interact(() -> shell.viewModel().setTheme(Theme.LIGHT));
        assertPalette(plot, ChartPalette.light());
        robot.interact(() -> plot.run().close());
    }

    private static void assertPalette(LivePlot plot, ChartPalette expected) {
        for (ChartBase chart : List.<ChartBase>of(plot.densityChart(), plot.heatmap())) {
            assertEquals(expected, chart.palette(), chart.getClass().getSimpleName());
        }
    }
}
