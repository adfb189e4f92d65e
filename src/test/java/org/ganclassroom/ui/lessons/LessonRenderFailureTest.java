package org.ganclassroom.ui.lessons;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.Lesson;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonSection;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.Theme;
import org.ganclassroom.ui.AppView;
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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lesson page that fails to build shows an error card that says so, naming the file and what failed. */
@ExtendWith(ApplicationExtension.class)
class LessonRenderFailureTest {
    @TempDir
    static Path configDir;

    @Start
    void start(Stage stage) throws Exception {
        Lesson intro = SampleCourse.intro();
        List<LessonSection> sections = new ArrayList<>(intro.sections());
        sections.add(new LessonSection("Dynamics", 90, List.of(
                new LessonBlock.Dirac(92, "gan", List.of(), 0.1, 1, 1, "plain"))));
        Lesson withDirac = new Lesson(intro.id(), intro.title(), intro.order(), intro.objectives(), intro.file(),
                sections);
        InMemoryCourseSource source = new InMemoryCourseSource(new Course(List.of(withDirac), List.of()));
        // the live Dirac-GAN block asks the factory for the app's theme: failing there is a bug in a block's view
        SimulatorEmbedFactory failing = new SimulatorEmbedFactory() {
            @Override
            public Node create(LessonBlock.Simulator block) {
                return null;
            }

            @Override
            public ObservableValue<Theme> theme() {
                throw new IllegalStateException("no theme");
            }
        };
        PageRegistry pages = PageRegistry.standard().register(AppView.LESSONS,
                LessonsPage.factory(ctx -> source, new InMemoryLessonProgress(), ctx -> failing));
        ShellWindow.open(stage, AppArguments.parse("--open", "lessons", "--theme", "light"),
                new SettingsStore(configDir, System.err), pages);
    }

    @Test
    void theErrorCardNamesTheFileAndTheFailure(FxRobot robot) {
        robot.interact(() -> robot.lookup("#lesson-list").queryListView().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Node card = robot.lookup("#lesson-error-card").query();
        String all = robot.from(card).lookup(".error-problem").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
        assertTrue(all.contains(SampleCourse.intro().file().toString())
                && all.contains("could not be shown (IllegalStateException)"), "the card's problem lines: " + all);
    }
}
