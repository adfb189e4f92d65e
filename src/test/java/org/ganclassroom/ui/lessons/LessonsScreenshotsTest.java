package org.ganclassroom.ui.lessons;

import org.ganclassroom.ui.practice.Screenshots;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.AppView;
import org.ganclassroom.ui.Theme;
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


/** PNGs of the Lessons page under target/screenshots/lessons-*.png, to look at. */
@ExtendWith(ApplicationExtension.class)
class LessonsScreenshotsTest {
    private static final Path OUT = Path.of("target", "screenshots");
    @TempDir
    static Path configDir;
    private ShellWindow shell;

    @Start
    void start(Stage stage) throws Exception {
        PageRegistry pages = PageRegistry.standard().register(AppView.LESSONS,
                LessonsPage.factory(new InMemoryCourseSource(SampleCourse.course()), new InMemoryLessonProgress()));
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "lessons", "--theme", "light"),
                new SettingsStore(configDir, System.err), pages);
    }

    @AfterEach
    void reset(FxRobot robot) {
        robot.interact(() -> {
            shell.viewModel().setPresenterMode(false);
            shell.viewModel().setTheme(Theme.LIGHT);
        });
    }

    private LessonsView page() {
        return (LessonsView) shell.view().shownPage();
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.ofScene(shell.stage().getScene(), "lessons-" + name));
    }

    private void scrollTo(FxRobot robot, String selector) {
        Node n = robot.lookup(selector).query();
        robot.interact(() -> page().scrollToNode(n));
    }

    @Test
    void lessonWithMathsAndTable(FxRobot robot) throws Exception {
        shoot(robot, "intro-light");
        scrollTo(robot, "#lesson-section-1");
        shoot(robot, "minimax-light");
        robot.interact(() -> shell.viewModel().setTheme(Theme.DARK));
        robot.interact(() -> page().scrollPane().setVvalue(0));
        shoot(robot, "intro-dark");
        scrollTo(robot, "#lesson-section-2");
        shoot(robot, "blocks-dark");
    }

    @Test
    void proofMidWay(FxRobot robot) throws Exception {
        robot.interact(() -> page().viewModel().select("optimal-discriminator"));
        LessonBlock.Proof proof = (LessonBlock.Proof) page().viewModel().getLesson().sections().get(1).blocks().get(0);
        robot.interact(() -> {
            page().viewModel().proof(proof).next();
            page().viewModel().proof(proof).next();
        });
        scrollTo(robot, ".proof-card");
        shoot(robot, "proof-light");
    }

    @Test
    void presenterMode(FxRobot robot) throws Exception {
        robot.interact(() -> shell.viewModel().setPresenterMode(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> page().nextSection());
        shoot(robot, "presenter-light");
    }

    @Test
    void brokenLessonCard(FxRobot robot) throws Exception {
        robot.interact(() -> page().viewModel().select("broken:" + SampleCourse.BROKEN_FILE));
        shoot(robot, "broken-light");
        robot.interact(() -> shell.viewModel().setTheme(Theme.DARK));
        shoot(robot, "broken-dark");
    }
}
