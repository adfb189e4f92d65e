package org.ganclassroom.ui.quiz;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganclassroom.lesson.Course;
import org.ganclassroom.ui.practice.PracticeFixtures;
import org.ganclassroom.ui.practice.PracticeStage;
import org.ganclassroom.ui.practice.TextRenderers;
import org.ganclassroom.ui.progress.ProgressStore;
import org.ganclassroom.ui.progress.QuizScore;
import org.ganclassroom.ui.progress.ResetProgressAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quiz page headless: answer right and wrong (mouse and keys), feedback, score, summary, retry missed. */
@ExtendWith(ApplicationExtension.class)
class QuizViewTest {
    @TempDir
    static Path configDir;
    private final AtomicReference<Course> course = new AtomicReference<>(PracticeFixtures.sample());
    private ProgressStore store;
    private QuizView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = new ProgressStore(configDir.resolve("p" + System.nanoTime()), new PrintStream(new ByteArrayOutputStream()));
        view = QuizView.create(new QuizViewModel(course::get, store), TextRenderers.plainLabel(),
                new ResetProgressAction(store, node -> true));
        PracticeStage.show(stage, view.getView());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** All label text under a node, joined. */
    private static String allText(FxRobot robot, String id) {
        return robot.lookup(id).query() == null ? "" : robot.from(robot.lookup(id).<Node>query()).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).collect(Collectors.joining(" | "));
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    void answerRightAndWrongThenRetryTheMissedOnes(FxRobot robot) throws Exception {
        assertTrue(allText(robot, "#quiz-question").contains("discriminator"));
        assertEquals("Question 1 of 3", text(robot, "#quiz-progress-text"));
        assertEquals(4, robot.lookup(".quiz-choice").queryAll().size());
        assertFalse(shown(robot, "#quiz-feedback"));

        // Q1 right, with the key 1
        robot.type(KeyCode.DIGIT1);
        assertTrue(shown(robot, "#quiz-feedback"));
        assertEquals("Correct!", text(robot, "#quiz-feedback-title"));
        assertEquals("Score 1 / 1", text(robot, "#quiz-score"));
        assertTrue(allText(robot, "#quiz-picked-explanation").contains("$D$ is a classifier"));
        assertTrue(robot.lookup("#quiz-choice-1").query().getPseudoClassStates().toString().contains("correct"));
        robot.clickOn("#quiz-next");

        // Q2 wrong, with the mouse: the picked one's and the correct one's explanations
        assertEquals("Question 2 of 3", text(robot, "#quiz-progress-text"));
        robot.clickOn("#quiz-choice-1");
        assertEquals("Not quite.", text(robot, "#quiz-feedback-title"));
        assertEquals("Score 1 / 2", text(robot, "#quiz-score"));
        assertTrue(allText(robot, "#quiz-picked-explanation").contains("Only when"), allText(robot, "#quiz-picked-explanation"));
        assertTrue(allText(robot, "#quiz-correct-explanation").contains("Maximise"), allText(robot, "#quiz-correct-explanation"));
        assertTrue(robot.lookup("#quiz-choice-1").query().getPseudoClassStates().toString().contains("wrong"));
        assertTrue(robot.lookup("#quiz-choice-2").query().getPseudoClassStates().toString().contains("missed"));
        robot.type(KeyCode.DIGIT3); // answered already: ignored
        assertEquals("Score 1 / 2", text(robot, "#quiz-score"));
        PracticeStage.shot(robot, stage, "quiz-feedback");
        PracticeStage.darkShot(robot, stage, "quiz-feedback");
        robot.type(KeyCode.ENTER); // the Next button is the default button

        // Q3 wrong with the key 2, then Enter to the summary
        assertEquals("Question 3 of 3", text(robot, "#quiz-progress-text"));
        robot.type(KeyCode.DIGIT2);
        assertEquals("See results", robot.lookup("#quiz-next").queryButton().getText());
        robot.type(KeyCode.ENTER);
        assertTrue(shown(robot, "#quiz-summary"));
        assertEquals("1 / 3", text(robot, "#quiz-summary-score"));
        assertTrue(text(robot, "#quiz-summary-text").contains("2 questions to look at again"));
        assertEquals("Best 1 / 3 · last 1 / 3", text(robot, "#quiz-record"));
        assertEquals(new QuizScore(1, 3), store.get().quizBest());
        assertEquals("Retry 2 missed questions", robot.lookup("#quiz-retry-missed").queryButton().getText());
        PracticeStage.shot(robot, stage, "quiz-summary");

        // retry: only Q2 and Q3
        robot.clickOn("#quiz-retry-missed");
        assertEquals("Question 1 of 2 (retry)", text(robot, "#quiz-progress-text"));
        assertTrue(allText(robot, "#quiz-question").contains("optimal discriminator"));
        robot.type(KeyCode.DIGIT2);
        assertEquals("Correct!", text(robot, "#quiz-feedback-title"));
        robot.type(KeyCode.ENTER);
        assertTrue(allText(robot, "#quiz-question").contains("non-saturating"));
        robot.clickOn("#quiz-choice-1");
        robot.type(KeyCode.ENTER);
        assertEquals("2 / 2", text(robot, "#quiz-summary-score"));
        assertTrue(robot.lookup("#quiz-retry-missed").queryButton().isDisabled(), "nothing left to retry");
        assertEquals(new QuizScore(1, 3), store.get().quizLast(), "retries are not full runs");

        robot.clickOn("#quiz-restart");
        assertEquals("Question 1 of 3", text(robot, "#quiz-progress-text"));
        assertEquals("Score 0 / 0", text(robot, "#quiz-score"));
    }

    @Test
    void resetProgressFromTheSummary(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.DIGIT1);
            robot.type(KeyCode.ENTER);
        }
        assertNotNull(store.get().quizLast());
        robot.clickOn(".reset-progress");
        assertEquals(null, store.get().quizLast());
        assertEquals("No full quiz run recorded yet", text(robot, "#quiz-record"));
    }

    @Test
    void emptyCourseShowsAFriendlyMessage(FxRobot robot) throws Exception {
        course.set(PracticeFixtures.course());
        robot.interact(view::onShow);
        assertTrue(shown(robot, "#quiz-empty"));
        assertTrue(allText(robot, "#quiz-empty").contains("No quiz questions found in the lessons folder"));
        assertFalse(shown(robot, "#quiz-question-card"));
        assertFalse(robot.lookup("#quiz-score").query().isVisible());
        PracticeStage.shot(robot, stage, "quiz-empty");
    }

    @Test
    void everyControlHasATooltip(FxRobot robot) {
        robot.type(KeyCode.DIGIT2);
        List<Button> buttons = List.copyOf(robot.lookup(".button").queryAllAs(Button.class));
        assertTrue(buttons.size() >= 4);
        for (Button b : buttons) {
            assertNotNull(b.getTooltip(), b.getId() + " " + b.getText());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
