package org.ganclassroom.ui.lessons;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonSource;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.markdown.MathView;
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

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real loader (LessonSource + LessonWatcher) behind the Lessons page, on a copy of the sample lessons. */
@ExtendWith(ApplicationExtension.class)
class LoaderIntegrationTest {
    @TempDir
    static Path tmp;
    private Path dir;
    private ShellWindow shell;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory(tmp, "lessons");
        for (String name : new String[]{"01-two-players.md", "02-broken.md"}) {
            try (InputStream in = getClass().getResourceAsStream("sample-lessons/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        Files.createDirectories(dir.resolve("images"));
        BufferedImage dot = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        dot.createGraphics().fillOval(5, 5, 20, 20);
        ImageIO.write(dot, "png", dir.resolve("images/dot.png").toFile());

        PageRegistry pages = PageRegistry.standard();
        shell = ShellWindow.open(stage, AppArguments.parse("--open", "lessons", "--lessons", dir.toString()),
                new SettingsStore(tmp.resolve("config"), System.err), pages);
    }

    private LessonsView page() {
        return (LessonsView) shell.view().shownPage();
    }

    @Test
    void showsTheLoadedLessonWithMathsImageAndBlocks(FxRobot robot) {
        assertEquals("Two players, one game", robot.lookup("#lesson-title").queryAs(Label.class).getText());
        assertEquals(1, robot.lookup(".md-image").queryAll().size(), "the image from lessons/images");
        assertEquals(1, robot.lookup(".md-table").queryAll().size());
        assertEquals(1, robot.lookup(".proof-card").queryAll().size());
        assertEquals(1, robot.lookup(".quiz-card").queryAll().size());
        assertEquals(1, robot.lookup(".simulator-card").queryAll().size());
        for (Node n : robot.lookup(".md-math").queryAll()) {
            assertFalse(((MathView) n).isError(), "formula " + ((MathView) n).latex());
        }
        Course course = new LoaderCourseSource(LessonSource.resolve(java.util.Optional.of(dir))).load();
        assertEquals(1, course.broken().size(), "the broken sample is broken");
        robot.interact(() -> page().viewModel().select("broken:" + course.broken().get(0).file()));
        String problems = robot.lookup(".error-problem").queryAll().stream().map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + b + "\n");
        assertTrue(problems.contains("02-broken.md:"), problems);
    }

    @Test
    void anEditedLessonFileReRendersThePage(FxRobot robot) throws Exception {
        Path file = dir.resolve("01-two-players.md");
        String text = Files.readString(file).replace("title: Two players, one game", "title: Two players, edited");
        Files.writeString(file, text);
        // while the page re-renders the title label is briefly absent: look again rather than fail on that frame
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#lesson-title").tryQuery()
                .map(n -> "Two players, edited".equals(((Label) n).getText())).orElse(false));
        page().viewModel().close();
    }
}
