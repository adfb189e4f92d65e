package org.ganclassroom.ui.shell;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.lesson.LessonBlock;
import org.ganclassroom.lesson.LessonLoader;
import org.ganclassroom.ui.AppArguments;
import org.ganclassroom.ui.settings.SettingsStore;
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
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quiz and speed-round text with maths shows it rendered, never as TeX source such as "D*_G(x)". */
@ExtendWith(ApplicationExtension.class)
class QuizMathRenderingTest {
    /** TeX that reads as broken when shown as plain text: X*_Y, _{…}, ^{…}, \command. */
    private static final Pattern TEX_SOURCE = Pattern.compile("[A-Za-zμσ]_[A-Za-z0-9{]|[A-Za-z]\\*[_(]|[_^]\\{|\\^\\(|\\\\[A-Za-z]+");
    @TempDir
    static Path configDir;

    @Start
    void start(Stage stage) throws Exception {
        ShellWindow.open(stage, AppArguments.parse("--open", "quiz", "--theme", "light"),
                new SettingsStore(configDir.resolve("s"), System.err), PageRegistry.standard());
    }

    @Test
    void noQuizOrSpeedRoundTextHasTexOutsideDollars() {
        Course course = LessonLoader.load(Path.of("lessons"));
        List<String> texts = new ArrayList<>();
        for (LessonBlock.Quiz q : course.blocks(LessonBlock.Quiz.class)) {
            texts.add(q.question());
            q.choices().forEach(c -> {
                texts.add(c.text());
                texts.add(c.explanation());
            });
        }
        for (LessonBlock.TrueFalse t : course.blocks(LessonBlock.TrueFalse.class)) {
            t.statements().forEach(s -> {
                texts.add(s.statement());
                texts.add(s.explanation());
            });
        }
        List<String> raw = texts.stream()
                .filter(t -> TEX_SOURCE.matcher(t.replaceAll("\\$\\$.*?\\$\\$|\\$[^$]*\\$", "")).find()).toList();
        assertEquals(List.of(), raw, "maths written outside $…$ shows as TeX source");
    }

    @Test
    void theOptimalDiscriminatorQuestionShowsRenderedMaths(FxRobot robot) {
        for (int i = 0; i < 40 && !questionText(robot).contains("three times as much density"); i++) {
            robot.type(KeyCode.DIGIT1);
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        String shown = questionText(robot);
        assertTrue(shown.contains("three times as much density"), shown);
        assertTrue(!TEX_SOURCE.matcher(shown).find() && !shown.contains("$"), "TeX source on screen: " + shown);
        Node question = robot.lookup("#quiz-question").query();
        assertTrue(question.lookupAll(".md-math").size() >= 2, "p_g(x) = 3 p_data(x) and D*_G(x) drawn as maths");
        assertTrue(question.lookupAll(".md-math-error").isEmpty(), "every formula renders");
    }

    private static String questionText(FxRobot robot) {
        Node question = robot.lookup("#quiz-question").query();
        StringBuilder sb = new StringBuilder();
        for (Node n : question.lookupAll("Text")) {
            if (n instanceof Text t) {
                sb.append(t.getText());
            }
        }
        return sb.toString();
    }
}
